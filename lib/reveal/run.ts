/**
 * Sending a confirmed reveal: its requests one after the other, each with its own request id
 * (journaled by the background, retried with the same id if the worker stopped), with progress
 * after each and a Stop that lets the request under way finish, so what it reveals is kept.
 */
import type { EnrichOutcome } from '@/lib/lookup/enrich';
import type { UserError } from '@/lib/lookup/user-error';
import type { Enrich, Outcome } from '@/lib/messaging/lookup';
import { sendReveal } from '@/lib/panel/reveal';
import type { PlannedReveal } from './plan';

export interface RevealHooks {
  /** Told after each request: how many ids are done of all. */
  onProgress?(done: number, total: number): void;
  /** Asked before each request: true stops before it. */
  shouldStop?(): boolean;
  /** Sends one request (default: the panel's `sendReveal`, retrying after a worker stop). */
  send?(request: Enrich): Promise<Outcome<EnrichOutcome>>;
}

/** What a reveal gave in all, and the error that ended it early, if any. */
export interface RevealRun {
  result: EnrichOutcome | null;
  error: UserError | null;
  stopped: boolean;
}

/** Two outcomes as one. */
export function mergeOutcomes(a: EnrichOutcome | null, b: EnrichOutcome): EnrichOutcome {
  if (!a) return b;
  return {
    ...b,
    entries: [...a.entries, ...b.entries],
    failures: [...a.failures, ...b.failures],
    creditsCharged: a.creditsCharged + b.creditsCharged,
    saved: a.saved && b.saved,
    recovered: a.recovered || b.recovered,
  };
}

/** Sends `requests` in order; stops at the first error or when asked to. */
export async function runReveal(
  requests: PlannedReveal[],
  hooks: RevealHooks = {},
): Promise<RevealRun> {
  const send = hooks.send ?? sendReveal;
  const total = requests.reduce((n, r) => n + r.ids.length, 0);
  let result: EnrichOutcome | null = null;
  let done = 0;
  for (const request of requests) {
    if (hooks.shouldStop?.()) return { result, error: null, stopped: true };
    const outcome = await send({ ...request, requestId: crypto.randomUUID() } as Enrich);
    if (!outcome.ok) return { result, error: outcome.error, stopped: false };
    result = mergeOutcomes(result, outcome.value);
    done += request.ids.length;
    hooks.onProgress?.(done, total);
  }
  return { result, error: null, stopped: false };
}
