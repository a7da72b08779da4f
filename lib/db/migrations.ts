/**
 * Numbered data migrations, run once each at worker start, in order. The number of the last
 * one applied is kept in `storage.local` (`dataVersion`), so each runs once per profile, and a
 * failed one is tried again at the next start without the later ones running.
 *
 * 1: the history (one `storage.local` item, ~650 bytes per reveal, full at ~15,400 reveals)
 *    and the preview cache (`preview:<scope>:<key>` items) move into the indexed database.
 */
import { browser } from 'wxt/browser';
import { mergeEntries, toRow, historyKey } from '@/lib/history/store';
import type { HistoryEntry, LegacyHistoryData } from '@/lib/history/types';
import { dataVersionItem } from '@/lib/storage/items';
import type { LensDb, PreviewRow } from './index';

/** One migration: what it does, given the database. */
export interface Migration {
  version: number;
  run(db: LensDb): Promise<void>;
}

const LEGACY_PREVIEW = /^preview:(live|demo):(.+)$/;

async function moveHistory(db: LensDb, stored: Record<string, unknown>): Promise<void> {
  const legacy = stored.history as LegacyHistoryData | undefined;
  const entries = Object.values(legacy?.entries ?? {}).filter(
    (e): e is HistoryEntry => !!e && typeof e === 'object' && typeof e.id === 'string',
  );
  await db.transaction('rw', db.history, async () => {
    const old = await db.history.bulkGet(entries.map(historyKey));
    await db.history.bulkPut(entries.map((e, i) => toRow(mergeEntries(old[i]?.entry, e))));
  });
}

async function movePreviews(db: LensDb, stored: Record<string, unknown>): Promise<string[]> {
  const rows: PreviewRow[] = [];
  for (const [name, raw] of Object.entries(stored)) {
    const match = LEGACY_PREVIEW.exec(name);
    const entry = raw as { value?: { data?: { id?: unknown } }; storedAt?: number; expiresAt?: number };
    if (!match || !entry?.value || typeof entry.expiresAt !== 'number') continue;
    const id = entry.value.data?.id;
    rows.push({
      id: `${match[1]}|${match[2]}`,
      scope: match[1] as 'live' | 'demo',
      key: match[2]!,
      lushaId: typeof id === 'string' ? id : undefined,
      value: entry.value,
      storedAt: entry.storedAt ?? 0,
      expiresAt: entry.expiresAt,
    });
  }
  await db.previews.bulkPut(rows);
  return Object.keys(stored).filter((k) => LEGACY_PREVIEW.test(k));
}

export const MIGRATIONS: Migration[] = [
  {
    version: 1,
    async run(db) {
      const stored = await browser.storage.local.get(null);
      await moveHistory(db, stored);
      const previews = await movePreviews(db, stored);
      // Removed only once both are safely in the database.
      await browser.storage.local.remove(['history', ...previews]);
    },
  },
];

/** Applies every migration newer than the stored version; returns the version reached. */
export async function migrate(db: LensDb, migrations: Migration[] = MIGRATIONS): Promise<number> {
  let version = await dataVersionItem.getValue();
  for (const migration of [...migrations].sort((a, b) => a.version - b.version)) {
    if (migration.version <= version) continue;
    await migration.run(db);
    version = migration.version;
    await dataVersionItem.setValue(version);
  }
  return version;
}
