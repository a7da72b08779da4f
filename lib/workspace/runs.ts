/**
 * Runs: what a prospecting search or a lookalike seed set has brought, page by page, kept in
 * the database before the page sees it, so a closed tab or a stopped worker loses nothing paid
 * for and a page is never bought twice. A person is kept once per run.
 */
import type { DataScope, LensDb, RunRow, RunRowRow } from '@/lib/db';
import type { ResultRow, RunSummary } from './types';

/** Runs kept per scope (the oldest beyond are dropped with their rows). */
export const KEEP_RUNS = 50;

/** A run's summary for the page (its query stays in the background). */
export function summaryOf(run: RunRow): RunSummary {
  const { scope: _scope, query: _query, ...summary } = run;
  return summary;
}

export interface RunStore {
  get(id: string): Promise<RunRow | null>;
  create(run: RunRow): Promise<RunRow>;
  /**
   * Adds rows after those kept (those already in the run are left as they are) and applies
   * `patch` to the run, in one transaction. Returns the rows added, in order.
   */
  append(id: string, rows: ResultRow[], patch: Partial<RunRow>): Promise<ResultRow[]>;
  /** Rows `offset..offset+limit` in order. */
  rows(id: string, offset?: number, limit?: number): Promise<ResultRow[]>;
  /** Replaces kept rows by key (new reveal costs), leaving their order. */
  updateRows(id: string, rows: ResultRow[]): Promise<void>;
  /** The newest runs of a scope (optionally of one source). */
  recent(scope: DataScope, limit?: number): Promise<RunRow[]>;
  remove(id: string): Promise<void>;
  /** Keeps the newest KEEP_RUNS runs of each scope. */
  prune(): Promise<number>;
}

/** The run store over the indexed database. */
export function createRunStore(db: LensDb): RunStore {
  const rowId = (runId: string, key: string) => `${runId}|${key}`;
  const ordered = (id: string) =>
    db.runRows.where('[runId+order]').between([id, -Infinity], [id, Infinity]);

  const store: RunStore = {
    get: async (id) => (await db.runs.get(id)) ?? null,
    create: (run) =>
      db.transaction('rw', db.runs, async () => {
        const existing = await db.runs.get(run.id);
        if (existing) return existing;
        await db.runs.add(run);
        return run;
      }),
    append: (id, rows, patch) =>
      db.transaction('rw', [db.runs, db.runRows], async () => {
        const run = await db.runs.get(id);
        if (!run) throw new Error(`no run ${id}`);
        const ids = rows.map((r) => rowId(id, r.key));
        const kept = await db.runRows.bulkGet(ids);
        const fresh = rows.filter((_, i) => !kept[i]);
        const unique = [...new Map(fresh.map((r) => [r.key, r])).values()];
        const records: RunRowRow[] = unique.map((row, i) => ({
          id: rowId(id, row.key),
          runId: id,
          order: run.loaded + i,
          row,
        }));
        await db.runRows.bulkAdd(records);
        await db.runs.update(id, { ...patch, loaded: run.loaded + records.length });
        return unique;
      }),
    rows: async (id, offset = 0, limit = 0) => {
      const query = ordered(id).offset(offset);
      const records = await (limit ? query.limit(limit) : query).toArray();
      return records.map((r) => r.row);
    },
    updateRows: async (id, rows) => {
      await db.transaction('rw', db.runRows, async () => {
        const kept = await db.runRows.bulkGet(rows.map((r) => rowId(id, r.key)));
        const next = kept.flatMap((record, i) => (record ? [{ ...record, row: rows[i]! }] : []));
        await db.runRows.bulkPut(next);
      });
    },
    recent: (scope, limit = 20) =>
      db.runs
        .where('[scope+updatedAt]')
        .between([scope, -Infinity], [scope, Infinity])
        .reverse()
        .limit(limit)
        .toArray(),
    remove: (id) =>
      db.transaction('rw', [db.runs, db.runRows], async () => {
        await ordered(id).delete();
        await db.runs.delete(id);
      }),
    async prune() {
      let removed = 0;
      for (const scope of ['live', 'demo'] as const) {
        const old = await db.runs
          .where('[scope+updatedAt]')
          .between([scope, -Infinity], [scope, Infinity])
          .reverse()
          .offset(KEEP_RUNS)
          .primaryKeys();
        for (const id of old) await store.remove(id);
        removed += old.length;
      }
      return removed;
    },
  };
  return store;
}
