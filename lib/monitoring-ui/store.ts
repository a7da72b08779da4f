/**
 * The monitoring sections' store (Signals, Website visits, Account), one per page, made of
 * typed slices (zustand slices pattern). The sections are self-contained: they work in the
 * workspace's tab bar and on their own page; the side panel uses only the watchlist part.
 */
import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';
import { createAccountSlice } from './slices/account';
import { createFocusSlice } from './slices/focus';
import { createSignalsSlice } from './slices/signals';
import type { MonState } from './slices/types';
import { createVisitsSlice } from './slices/visits';

/** A fresh monitoring store (tests make their own). */
export function createMonitoringStore() {
  return createStore<MonState>()((...a) => ({
    ...createSignalsSlice(...a),
    ...createFocusSlice(...a),
    ...createVisitsSlice(...a),
    ...createAccountSlice(...a),
  }));
}

export type MonitoringStore = ReturnType<typeof createMonitoringStore>;

/** The page's store. */
export const monitoringStore: MonitoringStore = createMonitoringStore();

/** Selects from the page's store: `useMon((s) => s.watchlist)`. */
export function useMon<T>(selector: (state: MonState) => T): T {
  return useStore(monitoringStore, selector);
}
