/**
 * Saved searches: a named filter set the rep runs again later. Each one remembers every Lusha
 * id its runs have seen and which run saw it first, so a later run can say what is new since.
 */
import type { DataScope, LensDb, SavedSearchRow } from '@/lib/db';
import type { EntityKind, SavedSearch } from './types';

/** Saved searches kept per scope. */
export const MAX_SAVED = 200;

const summary = ({ scope: _s, seen: _seen, ...rest }: SavedSearchRow): SavedSearch => rest;

export interface SavedSearchStore {
  list(scope: DataScope): Promise<SavedSearch[]>;
  get(id: string): Promise<SavedSearchRow | null>;
  /** Saves a filter set under a name (the same name again replaces its filters). */
  save(
    scope: DataScope,
    input: { name: string; kind: EntityKind; filters: unknown },
  ): Promise<SavedSearch>;
  remove(id: string): Promise<void>;
  /** A new run of it starts: counted, dated. */
  startRun(id: string): Promise<void>;
  /**
   * Records the ids a run's page brought; returns those new since the last run (none on the
   * first run, which only sets what later runs compare with).
   */
  markSeen(id: string, runId: string, lushaIds: string[]): Promise<Set<string>>;
}

/** The saved-search store over the indexed database. */
export function createSavedSearchStore(db: LensDb, now: () => number = Date.now): SavedSearchStore {
  return {
    async list(scope) {
      const rows = await db.savedSearches.where('scope').equals(scope).toArray();
      return rows.map(summary).sort((a, b) => a.name.localeCompare(b.name));
    },
    get: async (id) => (await db.savedSearches.get(id)) ?? null,
    save: (scope, input) =>
      db.transaction('rw', db.savedSearches, async () => {
        const all = await db.savedSearches.where('scope').equals(scope).toArray();
        const same = all.find((s) => s.name.toLowerCase() === input.name.toLowerCase());
        if (!same && all.length >= MAX_SAVED) {
          throw Object.assign(new Error('too many saved searches'), {
            kind: 'storage',
            userMessage: `You have ${MAX_SAVED} saved searches. Delete one to save another.`,
          });
        }
        const row: SavedSearchRow = same
          ? { ...same, kind: input.kind, filters: input.filters, seen: {}, runs: 0, lastNew: 0 }
          : {
              id: crypto.randomUUID(),
              scope,
              name: input.name,
              kind: input.kind,
              filters: input.filters,
              createdAt: now(),
              lastRunAt: null,
              runs: 0,
              lastNew: 0,
              seen: {},
            };
        await db.savedSearches.put(row);
        return summary(row);
      }),
    remove: async (id) => {
      await db.savedSearches.delete(id);
    },
    startRun: async (id) => {
      await db.savedSearches
        .where('id')
        .equals(id)
        .modify((row) => {
          row.runs += 1;
          row.lastRunAt = now();
          row.lastNew = 0;
        });
    },
    markSeen: (id, runId, lushaIds) =>
      db.transaction('rw', db.savedSearches, async () => {
        const row = await db.savedSearches.get(id);
        const fresh = new Set<string>();
        if (!row) return fresh;
        for (const lushaId of lushaIds) {
          if (Object.hasOwn(row.seen, lushaId)) continue;
          row.seen[lushaId] = runId;
          // Seen for the first time, and an earlier run set what "before" was.
          if (row.runs > 1) fresh.add(lushaId);
        }
        row.lastNew += fresh.size;
        await db.savedSearches.put(row);
        return fresh;
      }),
  };
}
