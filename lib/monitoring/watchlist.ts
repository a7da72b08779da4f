/**
 * The watchlist: revealed people and companies the rep follows, in the indexed database beside
 * the history, each with its latest signals. Live and demo entries never mix (the row key
 * starts with the scope). A refresh's events are saved here before anyone sees them.
 */
import type { DataScope, LensDb, WatchRow, WatchSnapshot } from '@/lib/db';
import type { HistoryEntry } from '@/lib/history/types';
import { mergeEvents, MAX_EVENTS, type SignalEvent } from './events';

/** A watched person or company as pages see it; `key` is the history's (`person:<id>`). */
export interface WatchItem {
  key: string;
  kind: 'person' | 'company';
  lushaId: string;
  addedAt: number;
  snapshot: WatchSnapshot;
  signals: SignalEvent[];
  /** 0: never refreshed. */
  checkedAt: number;
}

/** A signal first seen by a refresh (after the entity's first check), with who it is about. */
export interface NewSignal {
  key: string;
  kind: 'person' | 'company';
  lushaId: string;
  snapshot: WatchSnapshot;
  event: SignalEvent;
}

/** One entity's events from a refresh. */
export interface Checked {
  key: string;
  events: SignalEvent[];
}

const rowKey = (scope: DataScope, key: string) => `${scope}|${key}`;
const ENTITY_KEY = /^(person|company):([^|/\s]{1,64})$/;

/** `person:<id>` / `company:<id>` split, or null when it is not one. */
export function parseEntityKey(key: string): { kind: 'person' | 'company'; id: string } | null {
  const m = ENTITY_KEY.exec(key);
  return m ? { kind: m[1] as 'person' | 'company', id: m[2]! } : null;
}

/** What the watchlist keeps of a history entry to show without asking Lusha. */
export function snapshotOf(entry: HistoryEntry): WatchSnapshot {
  const keep = (o: Record<string, string | undefined>) =>
    Object.fromEntries(Object.entries(o).filter(([, v]) => typeof v === 'string' && v)) as never;
  return entry.kind === 'person'
    ? keep({
        name: entry.name,
        title: entry.title,
        companyName: entry.companyName,
        companyDomain: entry.companyDomain,
        linkedinUrl: entry.linkedinUrl,
      })
    : keep({
        name: entry.name,
        domain: entry.domain,
        industry: entry.industry,
        linkedinUrl: entry.linkedinUrl,
      });
}

const toItem = (row: WatchRow): WatchItem => ({
  key: `${row.kind}:${row.lushaId}`,
  kind: row.kind,
  lushaId: row.lushaId,
  addedAt: row.addedAt,
  snapshot: row.snapshot,
  signals: row.signals ?? [],
  checkedAt: row.checkedAt,
});

/** The events of `fresh` a rep has not been told of: see `record`. */
function newOnes(row: WatchRow, fresh: SignalEvent[]): SignalEvent[] {
  // The first check only sets what is known: old news is not news.
  if (!row.checkedAt) return [];
  const kept = row.signals ?? [];
  const seen = new Set(kept.map((e) => e.id));
  // A wider window than last time brings older events: they are not new either.
  const since = row.windowStart ?? '';
  const oldestKept = kept.length >= MAX_EVENTS ? (kept[kept.length - 1]?.date ?? '') : '';
  return fresh.filter((e) => !seen.has(e.id) && e.date && e.date >= since && e.date > oldestKept);
}

/** The watchlist over the indexed database. */
export function createWatchlist(db: LensDb, now: () => number = Date.now) {
  return {
    /** Watches revealed entries (again: keeps their signals, refreshes the snapshot). */
    add: (scope: DataScope, entries: HistoryEntry[]) =>
      db.transaction('rw', db.watchlist, async () => {
        const keys = entries.map((e) => rowKey(scope, `${e.kind}:${e.id}`));
        const old = await db.watchlist.bulkGet(keys);
        const rows: WatchRow[] = entries.map((e, i) => ({
          ...(old[i] ?? { addedAt: now(), checkedAt: 0 }),
          key: keys[i]!,
          scope,
          kind: e.kind,
          lushaId: e.id,
          snapshot: snapshotOf(e),
        }));
        await db.watchlist.bulkPut(rows);
        return old.filter((r) => !r).length;
      }),
    /** Stops watching `keys` (`person:<id>` / `company:<id>`). */
    async remove(scope: DataScope, keys: string[]): Promise<void> {
      await db.watchlist.bulkDelete(keys.map((k) => rowKey(scope, k)));
    },
    /** Everything watched in `scope`, newest added first. */
    async list(scope: DataScope): Promise<WatchItem[]> {
      const rows = await db.watchlist
        .where('[scope+addedAt]')
        .between([scope, -Infinity], [scope, Infinity])
        .reverse()
        .toArray();
      return rows.map(toItem);
    },
    /** The watched ones among `keys`, in their order. */
    async get(scope: DataScope, keys: string[]): Promise<WatchItem[]> {
      const rows = await db.watchlist.bulkGet(keys.map((k) => rowKey(scope, k)));
      return rows.filter((r): r is WatchRow => !!r).map(toItem);
    },
    /** Everything watched, least recently refreshed first (never refreshed ones first). */
    async due(scope: DataScope): Promise<WatchItem[]> {
      const rows = await db.watchlist
        .where('[scope+checkedAt]')
        .between([scope, -Infinity], [scope, Infinity])
        .toArray();
      return rows.map(toItem);
    },
    /**
     * Saves what a refresh found and returns the signals new to the rep: not seen before for
     * that entity, dated inside the window it was last checked with, and never on its first
     * check. Entities unwatched meanwhile are left out.
     */
    record: (scope: DataScope, checked: Checked[], windowStart: string) =>
      db.transaction('rw', db.watchlist, async () => {
        const rows = await db.watchlist.bulkGet(checked.map((c) => rowKey(scope, c.key)));
        const found: NewSignal[] = [];
        const next: WatchRow[] = [];
        checked.forEach(({ events }, i) => {
          const row = rows[i];
          if (!row) return;
          for (const event of newOnes(row, events)) {
            const key = `${row.kind}:${row.lushaId}`;
            found.push({
              key,
              kind: row.kind,
              lushaId: row.lushaId,
              snapshot: row.snapshot,
              event,
            });
          }
          const signals = mergeEvents(row.signals ?? [], events);
          next.push({ ...row, signals, checkedAt: now(), windowStart });
        });
        await db.watchlist.bulkPut(next);
        return found;
      }),
  };
}

export type Watchlist = ReturnType<typeof createWatchlist>;
