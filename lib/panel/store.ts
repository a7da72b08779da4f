/**
 * The side panel's one store, made of typed slices (zustand slices pattern); middleware only
 * here at the root. Components select one field at a time, `useShallow` for derived arrays.
 */
import { useStore } from 'zustand';
import { subscribeWithSelector } from 'zustand/middleware';
import { createStore } from 'zustand/vanilla';
import { createAccountSlice } from './slices/account';
import { createHistorySlice } from './slices/history';
import { createPreviewsSlice } from './slices/previews';
import { createSelectionSlice } from './slices/selection';
import { createTabSlice } from './slices/tab';
import type { PanelState } from './slices/types';
import { createUiSlice } from './slices/ui';

/** A fresh panel store (one per page; tests make their own). */
export function createPanelStore() {
  return createStore<PanelState>()(
    subscribeWithSelector((...a) => ({
      ...createTabSlice(...a),
      ...createPreviewsSlice(...a),
      ...createSelectionSlice(...a),
      ...createAccountSlice(...a),
      ...createHistorySlice(...a),
      ...createUiSlice(...a),
    })),
  );
}

export type PanelStore = ReturnType<typeof createPanelStore>;

/** The page's store. */
export const panelStore: PanelStore = createPanelStore();

/** Selects from the page's store: `usePanel((s) => s.account)`. */
export function usePanel<T>(selector: (state: PanelState) => T): T {
  return useStore(panelStore, selector);
}
