/**
 * The team's rate limits, kept in one place (the Durable Object) for every rep: Lusha allows
 * 25 general requests a second, 5 usage calls and 100 webhook-API calls a minute per account.
 * Each call books the earliest send time at which no window of `windowMs` holds more than
 * `limit` sends, so bursts queue instead of drawing a 429 from Lusha.
 */

/** Lusha's rate classes. */
export type RateClass = 'general' | 'usage' | 'webhooks';

/**
 * Extra room per window for jitter on the way to Lusha (its windows count arrivals): 25 calls
 * per 1.1 s at most, about 23 a second sustained, so a late or bunched arrival cannot make 26.
 */
export const WINDOW_MARGIN_MS = 100;

/**
 * A first-in, first-out queue for one rate class: a call may start when fewer than `limit`
 * calls started in the last `windowMs` (plus a margin) and `windowMs / limit` after the last
 * one. Start times are taken when a call is let through, right before it is sent, so a late
 * start never lets two windows overlap.
 */
export class RateGate {
  private starts: number[] = [];
  private waiting: (() => void)[] = [];
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** No start before this (set when Lusha answers 429). */
  pausedUntil = 0;

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
  ) {}

  /** Milliseconds until the next call could start, 0 when one can start now. */
  private waitAt(now: number): number {
    const anchor =
      this.starts.length >= this.limit ? this.starts[this.starts.length - this.limit]! : -Infinity;
    // Starts are also spread evenly, so that no burst reaches Lusha bunched up.
    const last = this.starts[this.starts.length - 1] ?? -Infinity;
    const gap = last + this.windowMs / this.limit - now;
    return Math.max(
      0,
      this.pausedUntil - now,
      anchor + this.windowMs + WINDOW_MARGIN_MS - now,
      gap,
    );
  }

  /** A rough wait for a call joining the queue now (whole windows for those ahead of it). */
  estimate(now: number): number {
    const recent = this.starts.filter((t) => t > now - this.windowMs).length;
    const ahead = this.waiting.length - (this.limit - recent);
    const windows = ahead < 0 ? 0 : Math.floor(ahead / this.limit) + 1;
    return Math.max(
      this.waitAt(now),
      windows * (this.windowMs + WINDOW_MARGIN_MS),
      this.pausedUntil - now,
    );
  }

  /** Resolves true when the caller may send now; false at once when the wait would pass `maxWaitMs`. */
  acquire(maxWaitMs: number): Promise<boolean> {
    if (this.estimate(Date.now()) > maxWaitMs) return Promise.resolve(false);
    return new Promise((resolve) => {
      this.waiting.push(() => resolve(true));
      this.pump();
    });
  }

  private pump(): void {
    if (this.timer !== undefined) return;
    while (this.waiting.length) {
      const now = Date.now();
      const wait = this.waitAt(now);
      if (wait > 0) {
        this.timer = setTimeout(() => {
          this.timer = undefined;
          this.pump();
        }, wait);
        return;
      }
      this.starts.push(now);
      if (this.starts.length > this.limit) this.starts.splice(0, this.starts.length - this.limit);
      this.waiting.shift()!();
    }
  }

  /** Seconds until a call could start (for `retry-after`), at least 1. */
  retryAfter(now: number): number {
    return Math.max(1, Math.ceil(this.estimate(now) / 1000));
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
