/**
 * The extension's one indexed database (Dexie over IndexedDB of the extension's own origin):
 * the reveal history, the preview cache, the reveal journal, lists and the watchlist. Only the
 * background opens it; pages ask through messages. Content scripts run in the page's origin
 * and cannot reach it.
 *
 * Every schema change is a new numbered `version(n)` below, never an edit of an old one, and
 * has an upgrade test (tests/unit/db).
 */
import Dexie, { type EntityTable } from 'dexie';
import type {
  HistoryRow,
  HistorySearchRow,
  JournalRow,
  ListItemRow,
  ListRow,
  PreviewRow,
  StatRow,
  WatchRow,
} from './rows';
import type {
  CatalogRow,
  LookalikeSessionRow,
  RunRow,
  RunRowRow,
  SavedSearchRow,
} from './workspace-rows';

export type * from './rows';
export type * from './workspace-rows';

/** The database's name in the extension origin's IndexedDB. */
export const DB_NAME = 'prospect-lens';

/** The typed database. */
export type LensDb = Dexie & {
  history: EntityTable<HistoryRow, 'key'>;
  historySearch: EntityTable<HistorySearchRow, 'key'>;
  stats: EntityTable<StatRow, 'id'>;
  previews: EntityTable<PreviewRow, 'id'>;
  journal: EntityTable<JournalRow, 'requestId'>;
  lists: EntityTable<ListRow, 'id'>;
  listItems: EntityTable<ListItemRow, 'id'>;
  watchlist: EntityTable<WatchRow, 'key'>;
  runs: EntityTable<RunRow, 'id'>;
  runRows: EntityTable<RunRowRow, 'id'>;
  savedSearches: EntityTable<SavedSearchRow, 'id'>;
  lookalikeSessions: EntityTable<LookalikeSessionRow, 'id'>;
  catalog: EntityTable<CatalogRow, 'id'>;
};

/**
 * Opens (or creates) the database. `name` is for tests, which give each case its own.
 *
 * Indexes: history by LinkedIn URL, email and domain (`ids`, multi-entry), Lusha id and the
 * words of its text (`words`, multi-entry prefix search). Beside each entry, a small
 * `historySearch` row (its words in one string, newest first by `[scope+order+key]`, `order`
 * being -revealedAt): pages and searches read those small rows forward in bulk, never whole
 * entries one by one. Counts live in `stats` (counting 50,000 rows in IndexedDB takes longer
 * than a rep should wait). Previews by expiry and Lusha id (to mark revealed fields free); the
 * journal by status; list items by list and entity; the watchlist by scope, newest added first
 * or least recently checked first (a daily refresh within a budget takes the oldest first). The
 * workspace's result runs by scope and last use, their rows in order (`[runId+order]`), saved
 * searches by scope, lookalike dedupe sessions and cached filter values by expiry.
 */
export function openLensDb(name: string = DB_NAME): LensDb {
  const db = new Dexie(name) as LensDb;
  db.version(1).stores({
    history: '&key, *ids, *words, lushaId',
    historySearch: '&key, [scope+order+key]',
    stats: '&id',
    previews: '&id, expiresAt, lushaId',
    journal: '&requestId, status, createdAt',
    lists: '&id, name, updatedAt',
    listItems: '&id, listId, entityKey, [listId+addedAt]',
    watchlist: '&key, [scope+addedAt], [scope+checkedAt]',
    runs: '&id, [scope+updatedAt]',
    runRows: '&id, [runId+order]',
    savedSearches: '&id, scope',
    lookalikeSessions: '&id, lastUsedAt',
    catalog: '&id, expiresAt',
  });
  return db;
}

let shared: LensDb | null = null;

/** The background's database, opened once per worker. */
export function lensDb(): LensDb {
  return (shared ??= openLensDb());
}
