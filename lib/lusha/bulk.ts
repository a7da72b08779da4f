/**
 * Bulk calls: lists longer than one request allows are sent as sequential chunks and merged
 * back in input order. A failing chunk throws its LushaApiError with `partial` set to the merged
 * result of the chunks before it: those were billed, so the caller can still keep them.
 */
import { isLushaApiError } from './errors';
import type { Billing } from './schemas/common';
import type { LushaResult } from './transport';

/** Largest list per request for search, enrich and signals calls. */
export const LOOKUP_CHUNK_SIZE = 100;
/** Largest list per request for subscription create and delete. */
export const SUBSCRIPTION_CHUNK_SIZE = 25;

/** Splits `items` into lists of at most `size` (an empty list gives one empty chunk). */
export function chunk<T>(items: readonly T[], size: number): T[][] {
  if (items.length === 0) return [[]];
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** Sums two billing blocks; null stays null only when both are. */
export function addBilling(a: Billing | null, b: Billing | null): Billing | null {
  if (!a) return b;
  if (!b) return a;
  const sum = (x?: number, y?: number) =>
    x === undefined && y === undefined ? undefined : (x ?? 0) + (y ?? 0);
  const out: Billing = { ...b };
  const creditsCharged = sum(a.creditsCharged, b.creditsCharged);
  const resultsReturned = sum(a.resultsReturned, b.resultsReturned);
  if (creditsCharged !== undefined) out.creditsCharged = creditsCharged;
  if (resultsReturned !== undefined) out.resultsReturned = resultsReturned;
  return out;
}

/** Combines the data of a finished chunk (`next`) into what came before (`acc`). */
export type MergeData<D> = (acc: D, next: D, offset: number) => D;

/** Merge for `{ results, billing }` answers: results concatenated, billing summed. */
export function mergeResults<D extends { results?: unknown[]; billing?: Billing }>(
  acc: D,
  next: D,
): D {
  const billing = addBilling(acc.billing ?? null, next.billing ?? null);
  return {
    ...next,
    results: [...(acc.results ?? []), ...(next.results ?? [])],
    ...(billing ? { billing } : {}),
  };
}

/** Merge for webhook batch answers: counts summed, `index` shifted to the whole input list. */
export function mergeBatch<
  D extends {
    total: number;
    successful: number;
    failed: number;
    results: { index: number }[];
  },
>(acc: D, next: D, offset: number): D {
  return {
    ...next,
    total: acc.total + next.total,
    successful: acc.successful + next.successful,
    failed: acc.failed + next.failed,
    results: [...acc.results, ...next.results.map((r) => ({ ...r, index: r.index + offset }))],
  };
}

/**
 * Runs `call` once per chunk of `items`, sequentially, and merges the answers. The returned
 * `rateLimit` is the last chunk's; `billing` is summed over all chunks.
 */
export async function inChunks<I, D>(
  items: readonly I[],
  size: number,
  call: (chunk: I[]) => Promise<LushaResult<D>>,
  merge: MergeData<D>,
): Promise<LushaResult<D>> {
  let done: LushaResult<D> | null = null;
  let offset = 0;
  for (const part of chunk(items, size)) {
    let next: LushaResult<D>;
    try {
      next = await call(part);
    } catch (error) {
      if (done && isLushaApiError(error)) {
        error.partial = { data: done.data, billing: done.billing, itemsDone: offset };
      }
      throw error;
    }
    done = done
      ? {
          data: merge(done.data, next.data, offset),
          billing: addBilling(done.billing, next.billing),
          rateLimit: next.rateLimit,
        }
      : next;
    offset += part.length;
  }
  return done as LushaResult<D>;
}

/** Puts each result whose `id` is in `ids` at that id's position (others keep their order, last). */
export function orderByIds<R extends { id?: string }>(results: R[], ids: readonly string[]): R[] {
  const position = new Map(ids.map((id, i) => [id, i] as const));
  const rank = (r: R) =>
    r.id !== undefined && position.has(r.id) ? position.get(r.id)! : ids.length;
  return results
    .map((r, i) => ({ r, i }))
    .sort((a, b) => rank(a.r) - rank(b.r) || a.i - b.i)
    .map(({ r }) => r);
}
