/**
 * Lists: named sets of people and companies, kept in the same database as the history. A
 * person is on a list once however often added (the item's id is the list and the Lusha key);
 * what is known of them is kept beside, so a list shows and exports without any call.
 */
import type { DataScope, LensDb, ListItemRow, ListRow } from '@/lib/db';
import type { ListSummary, ResultRow } from './types';

/** Lists per scope and people per list, at most. */
export const MAX_LISTS = 500;
export const MAX_LIST_ITEMS = 50_000;

/** A refusal in words (a full list, an unknown one). */
export class ListError extends Error {
  readonly kind = 'itemFailed';
  constructor(readonly userMessage: string) {
    super(userMessage);
    this.name = 'ListError';
  }
}

export interface ListStore {
  all(scope: DataScope): Promise<ListSummary[]>;
  /** Creates a list; a list of that name already there is returned instead. */
  create(scope: DataScope, name: string): Promise<ListSummary>;
  rename(scope: DataScope, id: string, name: string): Promise<void>;
  remove(scope: DataScope, id: string): Promise<void>;
  /** Adds rows (each once); returns how many were new and how many were there already. */
  add(scope: DataScope, id: string, rows: ResultRow[]): Promise<{ added: number; already: number }>;
  removeItems(scope: DataScope, id: string, keys: string[]): Promise<void>;
  /** The list's rows, in the order they were added. */
  items(scope: DataScope, id: string): Promise<ResultRow[]>;
}

/** The list store over the indexed database. */
export function createListStore(db: LensDb, now: () => number = Date.now): ListStore {
  const itemId = (listId: string, key: string) => `${listId}|${key}`;
  const summary = async (row: ListRow): Promise<ListSummary> => ({
    id: row.id,
    name: row.name,
    count: await db.listItems.where('listId').equals(row.id).count(),
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  });
  const owned = async (scope: DataScope, id: string) => {
    const row = await db.lists.get(id);
    if (!row || row.scope !== scope) throw new ListError('That list no longer exists.');
    return row;
  };

  return {
    async all(scope) {
      const rows = (await db.lists.toArray()).filter((r) => r.scope === scope);
      rows.sort((a, b) => b.updatedAt - a.updatedAt);
      return Promise.all(rows.map(summary));
    },
    create: (scope, name) =>
      db.transaction('rw', [db.lists, db.listItems], async () => {
        const mine = (await db.lists.toArray()).filter((r) => r.scope === scope);
        const same = mine.find((r) => r.name.toLowerCase() === name.toLowerCase());
        if (same) return summary(same);
        if (mine.length >= MAX_LISTS) {
          throw new ListError(`You have ${MAX_LISTS} lists. Delete one to make another.`);
        }
        const row: ListRow = {
          id: crypto.randomUUID(),
          name,
          scope,
          createdAt: now(),
          updatedAt: now(),
        };
        await db.lists.add(row);
        return summary(row);
      }),
    rename: async (scope, id, name) => {
      await owned(scope, id);
      await db.lists.update(id, { name, updatedAt: now() });
    },
    remove: (scope, id) =>
      db.transaction('rw', [db.lists, db.listItems], async () => {
        await owned(scope, id);
        await db.listItems.where('listId').equals(id).delete();
        await db.lists.delete(id);
      }),
    add: (scope, id, rows) =>
      db.transaction('rw', [db.lists, db.listItems], async () => {
        await owned(scope, id);
        const unique = [...new Map(rows.map((r) => [r.key, r])).values()];
        const kept = await db.listItems.bulkGet(unique.map((r) => itemId(id, r.key)));
        const count = await db.listItems.where('listId').equals(id).count();
        const fresh = unique.filter((_, i) => !kept[i]);
        if (count + fresh.length > MAX_LIST_ITEMS) {
          throw new ListError(
            `A list holds up to ${MAX_LIST_ITEMS.toLocaleString('en-US')} people.`,
          );
        }
        const at = now();
        const items: ListItemRow[] = fresh.map((row, i) => ({
          id: itemId(id, row.key),
          listId: id,
          entityKey: row.key,
          addedAt: at + i / 1000,
          snapshot: { ...row, isNew: undefined } as unknown as Record<string, unknown>,
        }));
        await db.listItems.bulkAdd(items);
        await db.lists.update(id, { updatedAt: at });
        return { added: items.length, already: unique.length - items.length };
      }),
    removeItems: (scope, id, keys) =>
      db.transaction('rw', [db.lists, db.listItems], async () => {
        await owned(scope, id);
        await db.listItems.bulkDelete(keys.map((k) => itemId(id, k)));
        await db.lists.update(id, { updatedAt: now() });
      }),
    async items(scope, id) {
      await owned(scope, id);
      const rows = await db.listItems
        .where('[listId+addedAt]')
        .between([id, -Infinity], [id, Infinity])
        .toArray();
      return rows.map((r) => r.snapshot as unknown as ResultRow);
    },
  };
}
