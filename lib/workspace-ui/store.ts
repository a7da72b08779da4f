/**
 * The workspace page's one store, made of typed slices (zustand slices pattern). Components
 * select one field at a time, `useShallow` for derived arrays.
 */
import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';
import { createAccountSlice } from './slices/account';
import { createListsSlice } from './slices/lists';
import { createLookalikesSlice } from './slices/lookalikes';
import { createProspectSlice } from './slices/prospect';
import { createRevealSlice } from './slices/reveal';
import { createTablesSlice } from './slices/tables';
import type { WsState } from './slices/types';

/** A fresh workspace store (one per page; tests make their own). */
export function createWorkspaceStore() {
  return createStore<WsState>()((...a) => ({
    ...createAccountSlice(...a),
    ...createTablesSlice(...a),
    ...createRevealSlice(...a),
    ...createProspectSlice(...a),
    ...createLookalikesSlice(...a),
    ...createListsSlice(...a),
  }));
}

export type WorkspaceStore = ReturnType<typeof createWorkspaceStore>;

/** The page's store. */
export const workspaceStore: WorkspaceStore = createWorkspaceStore();

/** Selects from the page's store: `useWs((s) => s.account)`. */
export function useWs<T>(selector: (state: WsState) => T): T {
  return useStore(workspaceStore, selector);
}
