/**
 * The team cache as the ledger serves it: previews in memory for the cache lifetime (bounded),
 * read from D1 in batches when they are not (many reps' look-ups in one query), with the fields
 * the team revealed since shown at `credits: 0`, as Lusha's next search would say.
 */
import type { Entity } from '../lusha/keys';
import { markRevealed, readPreviews } from '../lusha/store';

type Result = Record<string, unknown>;

/** Look-ups waiting this long share one D1 query. */
const LOOKUP_WINDOW_MS = 2;
/** Keys per D1 query (the SQL text stays well under D1's limits). */
const LOOKUP_CHUNK = 400;

interface Lookup {
  keys: Set<string>;
  waiters: (() => void)[];
}

/** Previews and reveals the ledger knows about. */
export class PreviewMemory {
  private readonly previews = new Map<string, { result: Result; at: number }>();
  private readonly revealed = new Map<string, Set<string>>();
  private queue: Lookup | null = null;
  /** D1 queries made for look-ups (for the figures). */
  reads = 0;

  constructor(
    private readonly db: D1Database,
    private readonly ttlMs: number,
    private readonly limit = 50_000,
  ) {}

  /** A fresh preview, patched with the team's reveals; undefined when not in memory. */
  get(key: string, now: number): Result | undefined {
    const kept = this.previews.get(key);
    if (!kept || now - kept.at >= this.ttlMs) return undefined;
    const entity = key.slice(0, key.indexOf('|'));
    const fields =
      typeof kept.result.id === 'string'
        ? this.revealed.get(`${entity}|${kept.result.id}`)
        : undefined;
    if (!fields) return kept.result;
    const copy = { ...kept.result };
    markRevealed(copy, fields);
    return copy;
  }

  /** Keeps a preview fetched at `at` (the oldest goes when the memory is full). */
  remember(key: string, result: Result, at: number): void {
    if (this.ttlMs <= 0) return;
    this.previews.delete(key);
    this.previews.set(key, { result, at });
    if (this.previews.size > this.limit) {
      const oldest = this.previews.keys().next().value;
      if (oldest !== undefined) this.previews.delete(oldest);
    }
  }

  /** Fields the team revealed of these ids. */
  noteReveals(entity: Entity, ids: readonly string[], fields: readonly string[]): void {
    for (const id of ids) {
      const known = this.revealed.get(`${entity}|${id}`) ?? new Set<string>();
      for (const field of fields) known.add(field);
      this.revealed.set(`${entity}|${id}`, known);
    }
  }

  /** Loads previews of `keys` from D1 into memory (queued look-ups share one query). */
  load(keys: readonly string[]): Promise<void> {
    if (this.ttlMs <= 0 || !keys.length) return Promise.resolve();
    if (!this.queue) {
      const queue: Lookup = { keys: new Set(), waiters: [] };
      this.queue = queue;
      setTimeout(() => void this.read(queue), LOOKUP_WINDOW_MS);
    }
    for (const key of keys) this.queue.keys.add(key);
    const queue = this.queue;
    return new Promise((resolve) => queue.waiters.push(resolve));
  }

  private async read(queue: Lookup): Promise<void> {
    this.queue = null;
    const keys = [...queue.keys];
    try {
      for (let i = 0; i < keys.length; i += LOOKUP_CHUNK) {
        this.reads += 1;
        const found = await readPreviews(
          this.db,
          keys.slice(i, i + LOOKUP_CHUNK),
          Date.now() - this.ttlMs,
        );
        for (const [key, kept] of found) {
          const entity = key.slice(0, key.indexOf('|')) as Entity;
          if (typeof kept.result.id === 'string')
            this.noteReveals(entity, [kept.result.id], kept.revealed);
          this.remember(key, kept.result, kept.fetchedAt);
        }
      }
    } catch (error) {
      // D1 unreachable: the look-ups count as misses (Lusha is asked), nothing is lost.
      console.error('team cache: D1 read failed', (error as Error).message);
    }
    for (const done of queue.waiters) done();
  }
}
