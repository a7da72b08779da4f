/**
 * The team's rate limits, kept in one place (the Durable Object) for every rep: Lusha allows
 * 25 general requests a second, 5 usage calls and 100 webhook-API calls a minute per account.
 * Each call books the earliest send time at which no window of `windowMs` holds more than
 * `limit` sends, so bursts queue instead of drawing a 429 from Lusha.
 */

/** Lusha's rate classes. */
export type RateClass = 'general' | 'usage' | 'webhooks';

/** Extra room per window for jitter between our clock and Lusha's arrival times. */
export const WINDOW_MARGIN_MS = 25;

/** A sliding-window scheduler for one rate class. */
export class RateGate {
  private sends: number[] = [];
  /** No send before this (set when Lusha answers 429). */
  pausedUntil = 0;

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
  ) {}

  /**
   * Books a send: returns the time it may go, or null when that is more than `maxWaitMs`
   * away (nothing is booked then).
   */
  book(now: number, maxWaitMs: number): number | null {
    const anchor = this.sends.length >= this.limit ? this.sends[this.sends.length - this.limit] : 0;
    const at = Math.max(now, this.pausedUntil, (anchor ?? 0) + this.windowMs + WINDOW_MARGIN_MS);
    if (at - now > maxWaitMs) return null;
    this.sends.push(at);
    if (this.sends.length > this.limit) this.sends.splice(0, this.sends.length - this.limit);
    return at;
  }

  /** Seconds until a send could be booked (for `retry-after`), at least 1. */
  retryAfter(now: number): number {
    const anchor = this.sends.length >= this.limit ? this.sends[this.sends.length - this.limit] : 0;
    const at = Math.max(now, this.pausedUntil, (anchor ?? 0) + this.windowMs);
    return Math.max(1, Math.ceil((at - now) / 1000));
  }
}

/** The three gates of a team. */
export function teamGates(perSecond: number): Record<RateClass, RateGate> {
  return {
    general: new RateGate(perSecond, 1000),
    usage: new RateGate(5, 60_000),
    webhooks: new RateGate(100, 60_000),
  };
}

/** Lusha's rate class of a path. */
export function rateClassOf(path: string): RateClass {
  if (path.startsWith('/api/')) return 'webhooks';
  if (path === '/v3/account/usage') return 'usage';
  return 'general';
}

/**
 * Seconds to wait after a 429: Lusha's `retry-after` if it sent one, else until the spent
 * window (the one whose `requests-left` header is 0) turns over, else 1.
 */
export function retryAfterOf(headers: Headers, now: number): number {
  const given = Number(headers.get('retry-after'));
  if (Number.isFinite(given) && given > 0) return Math.ceil(given);
  const spans: [string, number][] = [
    ['daily', 86_400_000],
    ['hourly', 3_600_000],
    ['minute', 60_000],
  ];
  for (const [name, span] of spans) {
    if (headers.get(`x-${name}-requests-left`) === '0') {
      return Math.max(1, Math.ceil((Math.floor(now / span) * span + span - now) / 1000));
    }
  }
  return 1;
}
