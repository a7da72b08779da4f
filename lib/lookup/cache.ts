/**
 * Search previews cached per normalised identifier in `storage.local`, with an expiry, so
 * showing a person again costs nothing. Each entry is its own storage key, so reading a page's
 * worth of people is one `getItems` call and no entry is rewritten when another changes.
 */
import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';

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
   * Rewrites the entries `change` returns a new value for (keeping their expiry); returns how
   * many changed.
   */
  updateWhere(change: (value: V) => V | null): Promise<number>;
  /** Removes expired entries; returns how many. Run from an alarm. */
  prune(): Promise<number>;
  clear(): Promise<void>;
}

export interface PreviewCacheOptions {
  /** Storage key prefix, e.g. `preview:`. */
  prefix: string;
  ttlMs: number;
  now?: () => number;
}

/** A preview cache in `storage.local`. Keys must already be normalised identifiers. */
export function createPreviewCache<V>(options: PreviewCacheOptions): PreviewCache<V> {
  const { prefix, ttlMs, now = Date.now } = options;
  const storageKey = (key: string) => `local:${prefix}${key}` as const;

  async function ownKeys(): Promise<string[]> {
    const all = await browser.storage.local.get(null);
    return Object.keys(all).filter((k) => k.startsWith(prefix));
  }

  return {
    async getMany(keys) {
      const found = new Map<string, CacheEntry<V>>();
      if (keys.length === 0) return found;
      const items = await storage.getItems(keys.map(storageKey));
      const time = now();
      items.forEach((item, i) => {
        const entry = item.value as CacheEntry<V> | null;
        if (entry && entry.expiresAt > time) found.set(keys[i]!, entry);
      });
      return found;
    },
    async setMany(values) {
      const time = now();
      await storage.setItems(
        [...values].map(([key, value]) => ({
          key: storageKey(key),
          value: { value, storedAt: time, expiresAt: time + ttlMs } satisfies CacheEntry<V>,
        })),
      );
    },
    async updateWhere(change) {
      const all = await browser.storage.local.get(await ownKeys());
      const updates: Record<string, CacheEntry<V>> = {};
      for (const [key, stored] of Object.entries(all)) {
        const entry = stored as CacheEntry<V> | undefined;
        const next = entry ? change(entry.value) : null;
        if (entry && next !== null) updates[key] = { ...entry, value: next };
      }
      if (Object.keys(updates).length) await browser.storage.local.set(updates);
      return Object.keys(updates).length;
    },
    async prune() {
      const time = now();
      const all = await browser.storage.local.get(await ownKeys());
      const stale = Object.entries(all)
        .filter(([, entry]) => ((entry as CacheEntry<V> | undefined)?.expiresAt ?? 0) <= time)
        .map(([key]) => key);
      await browser.storage.local.remove(stale);
      return stale.length;
    },
    async clear() {
      await browser.storage.local.remove(await ownKeys());
    },
  };
}
