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
import type { HistoryRow, JournalRow, ListItemRow, ListRow, PreviewRow, WatchRow } from './rows';

export type * from './rows';

/** The database's name in the extension origin's IndexedDB. */
export const DB_NAME = 'prospect-lens';

/** The typed database. */
export type LensDb = Dexie & {
  history: EntityTable<HistoryRow, 'key'>;
  previews: EntityTable<PreviewRow, 'id'>;
  journal: EntityTable<JournalRow, 'requestId'>;
  lists: EntityTable<ListRow, 'id'>;
  listItems: EntityTable<ListItemRow, 'id'>;
  watchlist: EntityTable<WatchRow, 'key'>;
};

/**
 * Opens (or creates) the database. `name` is for tests, which give each case its own.
 *
 * Indexes: history by LinkedIn URL, email and domain (`ids`, multi-entry), Lusha id, the words
 * of its text (`words`, multi-entry prefix search) and time; previews by expiry and Lusha id
 * (to mark revealed fields free); the journal by status; list items by list and entity.
 */
export function openLensDb(name: string = DB_NAME): LensDb {
  const db = new Dexie(name) as LensDb;
  db.version(1).stores({
    history: '&key, revealedAt, *ids, *words, lushaId, [scope+revealedAt]',
    previews: '&id, expiresAt, lushaId',
    journal: '&requestId, status, createdAt',
    lists: '&id, name, updatedAt',
    listItems: '&id, listId, entityKey, [listId+addedAt]',
    watchlist: '&key, addedAt',
  });
  return db;
}

let shared: LensDb | null = null;

/** The background's database, opened once per worker. */
export function lensDb(): LensDb {
  return (shared ??= openLensDb());
}
