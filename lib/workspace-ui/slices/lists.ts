/**
 * The lists slice: the rep's lists, the one open (or the history as a read-only list), adding
 * rows from any table (each person once per list), removing, and exports as CSV files.
 */
import type { UserError } from '@/lib/lookup';
import { sendMessage } from '@/lib/messaging/client';
import type { ExportFile } from '@/lib/messaging/workspace';
import { exportCsv } from '@/lib/workspace/export';
import type { ExportLayout, ListSummary, ResultRow } from '@/lib/workspace/types';
import { unreachable } from '../errors';
import { historyRow } from '../history-rows';
import type { WsSlice } from './types';

/** The pseudo-list that shows the history. */
export const HISTORY_LIST = 'history';

export interface ListsSlice {
  lists: ListSummary[];
  /** The open list's id, HISTORY_LIST, or null. */
  openList: string | null;
  listError: UserError | null;
  loadLists(): Promise<void>;
  createList(name: string): Promise<ListSummary | null>;
  addToList(listId: string, rows: ResultRow[]): Promise<void>;
  openListById(id: string): Promise<void>;
  removeFromOpenList(keys: string[]): Promise<void>;
  deleteList(id: string): Promise<void>;
  /** A CSV of the open list (or of `rows`). */
  exportRows(layout: ExportLayout, rows?: ResultRow[]): Promise<ExportFile | null>;
}

/** Creates the lists slice. */
export const createListsSlice: WsSlice<ListsSlice> = (set, get) => {
  const fail = (error: UserError | undefined) => {
    get().showNotice({ tone: 'error', text: (error ?? unreachable()).message });
  };
  return {
    lists: [],
    openList: null,
    listError: null,
    loadLists: async () => {
      const lists = await sendMessage('getLists', {}).catch(() => null);
      if (lists) set({ lists });
    },
    createList: async (name) => {
      const outcome = await sendMessage('createList', { name }).catch(() => null);
      if (!outcome?.ok) {
        fail(outcome?.error);
        return null;
      }
      await get().loadLists();
      return outcome.value;
    },
    addToList: async (listId, rows) => {
      const clean = rows.map(({ isNew: _new, ...row }) => row);
      let added = 0;
      let already = 0;
      for (let i = 0; i < clean.length; i += 2000) {
        const outcome = await sendMessage('addToList', {
          listId,
          rows: clean.slice(i, i + 2000),
        }).catch(() => null);
        if (!outcome?.ok) return fail(outcome?.error);
        added += outcome.value.added;
        already += outcome.value.already;
        set({ lists: outcome.value.lists });
      }
      const name = get().lists.find((l) => l.id === listId)?.name ?? 'the list';
      const text = `Added ${added} to ${name}${already ? ` (${already} already on it)` : ''}.`;
      get().showNotice({ tone: 'ok', text });
      if (get().openList === listId) await get().openListById(listId);
    },
    openListById: async (id) => {
      set({ openList: id, listError: null });
      if (id === HISTORY_LIST) {
        const page = await sendMessage('getHistory', { limit: 500 }).catch(() => null);
        if (get().openList !== id) return;
        const rows = (page?.entries ?? []).map(historyRow);
        get().setRows('lists', rows);
        void get().findRevealed(rows.map((r) => r.key));
        return;
      }
      const outcome = await sendMessage('getListItems', { listId: id }).catch(() => null);
      if (get().openList !== id) return;
      if (!outcome?.ok) {
        set({ listError: outcome?.error ?? unreachable() });
        get().setRows('lists', []);
        return;
      }
      get().setRows('lists', outcome.value);
      void get().findRevealed(outcome.value.map((r) => r.key));
    },
    removeFromOpenList: async (keys) => {
      const listId = get().openList;
      if (!listId || listId === HISTORY_LIST) return;
      const outcome = await sendMessage('removeFromList', { listId, keys }).catch(() => null);
      if (!outcome?.ok) return fail(outcome?.error);
      set({ lists: outcome.value });
      await get().openListById(listId);
    },
    deleteList: async (id) => {
      const outcome = await sendMessage('deleteList', { id }).catch(() => null);
      if (!outcome?.ok) return fail(outcome?.error);
      set({ lists: outcome.value, ...(get().openList === id ? { openList: null } : {}) });
      if (get().openList === null) get().setRows('lists', []);
    },
    exportRows: async (layout, rows) => {
      const listId = get().openList;
      const fromList = !rows && listId && listId !== HISTORY_LIST;
      const chosen = rows ?? get().tables.lists.rows;
      const data = fromList
        ? { layout, listId }
        : {
            layout,
            rows: chosen.slice(0, 2000).map(({ isNew: _new, ...row }) => row),
            name: listId === HISTORY_LIST ? 'history' : 'selection',
          };
      const outcome = await sendMessage('exportRows', data).catch(() => null);
      if (!outcome?.ok) {
        fail(outcome?.error);
        return null;
      }
      const { rows: exported, entries, filename } = outcome.value;
      const revealed = new Map(entries.map((e) => [`${e.kind}:${e.id}`, e]));
      return { ...exportCsv(layout, exported, revealed), filename };
    },
  };
};
