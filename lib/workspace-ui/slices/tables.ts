/**
 * The tables slice: the rows of each workspace table (prospecting, lookalikes, lists) and the
 * rows the rep selected in each (one by one, all, none, or a range).
 */
import type { ResultRow } from '@/lib/workspace/types';
import type { WsSlice } from './types';

/** The workspace's tables. */
export type TableId = 'prospecting' | 'lookalikes' | 'lists';

export interface TableState {
  rows: ResultRow[];
  /** Selected row keys. */
  selected: Record<string, true>;
}

export interface TablesSlice {
  tables: Record<TableId, TableState>;
  setRows(table: TableId, rows: ResultRow[]): void;
  /** Adds rows after those shown (a key already shown is left as it is). */
  appendRows(table: TableId, rows: ResultRow[]): void;
  /** Replaces shown rows by key (new reveal costs). */
  updateRows(table: TableId, rows: ResultRow[]): void;
  /** Selects (or unselects) these keys. */
  select(table: TableId, keys: string[], on: boolean): void;
  clearSelection(table: TableId): void;
  /** Replaces the selection (TanStack's row-selection updates). */
  setSelection(table: TableId, selected: Record<string, boolean>): void;
}

const EMPTY: TableState = { rows: [], selected: {} };

/** The selected rows of a table, in the table's order. */
export function selectedRows(table: TableState): ResultRow[] {
  return table.rows.filter((r) => table.selected[r.key]);
}

/** Creates the tables slice. */
export const createTablesSlice: WsSlice<TablesSlice> = (set) => {
  const change = (table: TableId, next: (t: TableState) => Partial<TableState>) =>
    set((s) => ({
      tables: { ...s.tables, [table]: { ...s.tables[table], ...next(s.tables[table]) } },
    }));
  return {
    tables: { prospecting: EMPTY, lookalikes: EMPTY, lists: EMPTY },
    setRows: (table, rows) => change(table, () => ({ rows, selected: {} })),
    appendRows: (table, rows) =>
      change(table, (t) => {
        const shown = new Set(t.rows.map((r) => r.key));
        return { rows: [...t.rows, ...rows.filter((r) => !shown.has(r.key))] };
      }),
    updateRows: (table, rows) =>
      change(table, (t) => {
        const next = new Map(rows.map((r) => [r.key, r]));
        return { rows: t.rows.map((r) => next.get(r.key) ?? r) };
      }),
    select: (table, keys, on) =>
      change(table, (t) => {
        const selected = { ...t.selected };
        for (const key of keys) {
          if (on) selected[key] = true;
          else delete selected[key];
        }
        return { selected };
      }),
    clearSelection: (table) => change(table, () => ({ selected: {} })),
    setSelection: (table, selected) =>
      change(table, () => ({
        selected: Object.fromEntries(
          Object.entries(selected).flatMap(([k, on]) => (on ? [[k, true as const]] : [])),
        ),
      })),
  };
};
