/**
 * One Lusha search for many reps' look-ups: misses of the team cache are collected until a
 * short quiet moment (at most `maxWaitMs`, or until 100), sent as one request, stored in the
 * team cache (D1 and memory) and handed to every rep waiting for them. A look-up already in
 * flight is never searched twice. The charge of each request is split over the reps whose
 * look-ups it carried, in proportion to their quotes (see apportion.ts).
 */
import type { Entity } from '../lusha/keys';
import { writePreviews, type PreviewRow } from '../lusha/store';
import { apportion } from './apportion';
import type { PreviewMemory } from './memory';
import { creditsCharged, type Upstream, type UpstreamAnswer } from './upstream';

/** One look-up: its cache key, identifier kind and the identifiers sent to Lusha. */
export interface SearchEntry {
  key: string;
  kind: string;
  item: Record<string, string>;
}

/** Which search a look-up belongs to: entity, and options that change the answer. */
export interface SearchGroup {
  entity: Entity;
  variant: string;
  options?: unknown;
  signals?: unknown;
}

/** A per-item error Lusha may send again, so it is not cached. */
const TRANSIENT = new Set(['ENRICH_FAILED']);
const MAX_BATCH = 100;
interface Deferred {
  entry: SearchEntry;
  holdId: string;
  resolve: (result: Record<string, unknown>) => void;
  reject: (failure: UpstreamAnswer) => void;
}

interface Batch {
  group: SearchGroup;
  items: Deferred[];
  weights: Map<string, number>;
  /** When the first look-up joined (the batch never waits past `maxWaitMs` from then). */
  openedAt: number;
  timer?: ReturnType<typeof setTimeout>;
}

/** Dependencies of {@link TeamSearch}. */
export interface TeamSearchDeps {
  upstream: Upstream;
  db: D1Database;
  /** Quiet time after the last look-up joined before the batch goes. */
  windowMs: number;
  /** Longest a batch waits for more look-ups, however busy it is. */
  maxWaitMs: number;
  memory: PreviewMemory;
}

/** The search coordinator of one team (lives in the Durable Object). */
export class TeamSearch {
  private readonly inflight = new Map<string, Promise<Record<string, unknown>>>();
  private readonly batches = new Map<string, Batch>();
  private readonly shares = new Map<string, number>();
  /** Search requests sent to Lusha (for the figures). */
  sent = 0;

  constructor(private readonly deps: TeamSearchDeps) {}

  /** The pending search of a key, if one is in flight. */
  pending(key: string): Promise<Record<string, unknown>> | undefined {
    return this.inflight.get(key);
  }

  /**
   * Queues `entries` (none in flight) for one hold, all in the same request, and marks them in
   * flight at once. `weight` is the hold's quote. Returns one promise per entry.
   */
  enqueue(group: SearchGroup, entries: SearchEntry[], holdId: string, weight: number) {
    if (!entries.length) return [];
    const id = `${group.entity}|${group.variant}`;
    let batch = this.batches.get(id);
    if (batch && batch.items.length + entries.length > MAX_BATCH) {
      this.flush(id);
      batch = undefined;
    }
    if (!batch) {
      batch = { group, items: [], weights: new Map(), openedAt: Date.now() };
      this.batches.set(id, batch);
    }
    // Waits for a quiet moment (more reps' look-ups join), but never past maxWaitMs.
    if (batch.timer !== undefined) clearTimeout(batch.timer);
    const left = batch.openedAt + this.deps.maxWaitMs - Date.now();
    batch.timer = setTimeout(() => this.flush(id), Math.max(0, Math.min(this.deps.windowMs, left)));
    batch.weights.set(holdId, weight);
    const target = batch;
    const promises = entries.map((entry) => {
      const promise = new Promise<Record<string, unknown>>((resolve, reject) => {
        target.items.push({ entry, holdId, resolve, reject });
      });
      this.inflight.set(entry.key, promise);
      // Waiters attach their own handlers; this one only keeps a failure from going unhandled.
      promise.catch(() => undefined);
      return promise;
    });
    if (batch.items.length >= MAX_BATCH) this.flush(id);
    return promises;
  }

  /** The credits apportioned to a hold so far (taken once). */
  takeShare(holdId: string): number {
    const share = this.shares.get(holdId) ?? 0;
    this.shares.delete(holdId);
    return share;
  }

  private flush(id: string): void {
    const batch = this.batches.get(id);
    if (!batch) return;
    this.batches.delete(id);
    if (batch.timer !== undefined) clearTimeout(batch.timer);
    void this.run(batch);
  }

  private async run(batch: Batch): Promise<void> {
    const field = batch.group.entity === 'contact' ? 'contacts' : 'companies';
    const list = batch.items.map((d, i) => ({ clientReferenceId: String(i), ...d.entry.item }));
    const body: Record<string, unknown> = { [field]: list };
    if (batch.group.options !== undefined) body.options = batch.group.options;
    if (batch.group.signals !== undefined) body.signals = batch.group.signals;
    this.sent += 1;
    const answer = await this.deps.upstream.send({
      method: 'POST',
      path: `/v3/${field}/search`,
      body: JSON.stringify(body),
    });
    if (!answer.ok) return this.fail(batch, answer);
    const results = (answer.json as { results?: unknown }).results;
    const byRef = new Map<string, Record<string, unknown>>();
    for (const r of Array.isArray(results) ? results : []) {
      const { clientReferenceId, ...rest } = r as Record<string, unknown>;
      if (typeof clientReferenceId === 'string') byRef.set(clientReferenceId, rest);
    }
    this.apportion(batch, creditsCharged(answer.json));
    const now = Date.now();
    const found = batch.items.map((d, i) => ({
      d,
      result: byRef.get(String(i)) ?? { error: { code: 'ENRICH_FAILED', message: 'No result' } },
    }));
    await this.keep(batch.group.entity, found, now);
    for (const { d, result } of found) {
      if (!TRANSIENT.has(errorCode(result) ?? ''))
        this.deps.memory.remember(d.entry.key, result, now);
      this.inflight.delete(d.entry.key);
      d.resolve(result);
    }
  }

  private apportion(batch: Batch, credits: number): void {
    const holds = [...batch.weights.keys()];
    const shares = apportion(credits, [...batch.weights.values()]);
    holds.forEach((hold, i) => this.shares.set(hold, (this.shares.get(hold) ?? 0) + shares[i]!));
  }

  private fail(batch: Batch, answer: UpstreamAnswer): void {
    for (const d of batch.items) {
      this.inflight.delete(d.entry.key);
      d.reject(answer);
    }
  }

  /** Stores cacheable results before anyone sees them (a failed write only loses the cache). */
  private async keep(
    entity: Entity,
    found: { d: Deferred; result: Record<string, unknown> }[],
    now: number,
  ): Promise<void> {
    const rows: PreviewRow[] = found
      .filter(({ result }) => !TRANSIENT.has(errorCode(result) ?? ''))
      .map(({ d, result }) => ({
        key: d.entry.key,
        entity,
        kind: d.entry.kind,
        lushaId: typeof result.id === 'string' ? result.id : null,
        result,
        fetchedAt: now,
      }));
    try {
      await writePreviews(this.deps.db, rows);
    } catch (error) {
      console.error('team cache: previews not stored', (error as Error).message);
    }
  }
}

function errorCode(result: Record<string, unknown>): string | undefined {
  const error = result.error as { code?: unknown } | undefined;
  return typeof error?.code === 'string' ? error.code : undefined;
}
