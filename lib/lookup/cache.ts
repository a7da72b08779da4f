/**
 * Search previews cached per normalised identifier in the indexed database (lib/db), with an
 * expiry, so showing a person again costs nothing. Reading a page's worth of people is one
 * `bulkGet`; marking a revealed person's fields free is one index lookup by Lusha id.
 */
import type { DataScope, LensDb, PreviewRow } from '@/lib/db';

/** One cached value and when it stops being trusted. */
export interface CacheEntry<V> {
  value: V;
  storedAt: number;
  expiresAt: number;
}

export interface PreviewCache<V> {
  /** Fresh entries for the keys that have one; expired and missing keys are left out. */
  getMany(keys: string[]): Promise<Map<string, CacheEntry<V>>>;
  setMany(values: Map<string, V>): Promise<void>;
  /**
   * Rewrites the entries of these Lusha ids that `change` returns a new value for (keeping
   * their expiry); returns how many changed.
   */
  updateByLushaIds(ids: string[], change: (value: V) => V | null): Promise<number>;
  /** Removes expired entries; returns how many. */
  prune(): Promise<number>;
  clear(): Promise<void>;
}

export interface PreviewCacheOptions<V> {
  db: LensDb;
  scope: DataScope;
  ttlMs: number;
  /** The Lusha id a value is about, if any (indexed). */
  lushaIdOf?: (value: V) => string | undefined;
  now?: () => number;
}

/** A preview cache in the indexed database. Keys must already be normalised identifiers. */
export function createPreviewCache<V>(options: PreviewCacheOptions<V>): PreviewCache<V> {
  const { db, scope, ttlMs, lushaIdOf = () => undefined, now = Date.now } = options;
  const rowId = (key: string) => `${scope}|${key}`;
  const own = () => db.previews.where('id').startsWith(`${scope}|`);

  return {
    async getMany(keys) {
      const found = new Map<string, CacheEntry<V>>();
      if (!keys.length) return found;
      const rows = await db.previews.bulkGet(keys.map(rowId));
      const time = now();
      rows.forEach((row, i) => {
        if (row && row.expiresAt > time)
          found.set(keys[i]!, { value: row.value as V, storedAt: row.storedAt, expiresAt: row.expiresAt });
      });
      return found;
    },
    async setMany(values) {
      const time = now();
      const rows: PreviewRow[] = [...values].map(([key, value]) => ({
        id: rowId(key),
        scope,
        key,
        lushaId: lushaIdOf(value),
        value,
        storedAt: time,
        expiresAt: time + ttlMs,
      }));
      await db.previews.bulkPut(rows);
    },
    async updateByLushaIds(ids, change) {
      if (!ids.length) return 0;
      return db.transaction('rw', db.previews, async () => {
        const rows = await db.previews.where('lushaId').anyOf(ids).toArray();
        const updates = rows
          .filter((row) => row.scope === scope)
          .map((row) => ({ row, next: change(row.value as V) }))
          .filter((u) => u.next !== null)
          .map(({ row, next }) => ({ ...row, value: next }));
        await db.previews.bulkPut(updates);
        return updates.length;
      });
    },
    prune: () => db.previews.where('expiresAt').belowOrEqual(now()).delete(),
    clear: async () => {
      await own().delete();
    },
  };
}
