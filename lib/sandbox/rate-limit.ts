/**
 * Lusha's rate limits, counted per account, per class and per fixed window (second, minute,
 * hour, day) on the sandbox's clock. Every answer that passed authentication carries the nine
 * `x-rate-limit-*`, `x-*-requests-left` and `x-*-usage` headers from these counters.
 */
import type { RateClass } from './types';

/** Requests allowed per window; `second` only where the spec sets one (general: 25/s). */
export interface WindowLimits {
  second?: number;
  minute: number;
  hourly: number;
  daily: number;
}

/** Default limits per class: general 25/s, account usage 5/min, webhooks 100/min. */
export const CLASS_LIMITS: Readonly<Record<RateClass, WindowLimits>> = {
  general: { second: 25, minute: 1500, hourly: 50_000, daily: 500_000 },
  usage: { minute: 5, hourly: 300, daily: 7200 },
  webhooks: { minute: 100, hourly: 6000, daily: 144_000 },
};

const SPANS = { second: 1000, minute: 60_000, hourly: 3_600_000, daily: 86_400_000 } as const;
type WindowName = keyof typeof SPANS;
const REPORTED = ['daily', 'hourly', 'minute'] as const;

/** One window's state for the usage endpoint's `rateLimits`. */
export interface WindowState {
  limit: number;
  used: number;
  remaining: number;
  resetsAt: string;
}

interface Counter {
  window: number;
  used: number;
}

/** Counters for every account and class. */
export class RateLimiter {
  private counters = new Map<string, Counter>();

  constructor(private readonly now: () => number) {}

  /** Forgets every count. */
  reset(): void {
    this.counters.clear();
  }

  private counter(key: string, rateClass: RateClass, name: WindowName): Counter {
    const id = `${key}\u0000${rateClass}\u0000${name}`;
    const window = Math.floor(this.now() / SPANS[name]);
    let counter = this.counters.get(id);
    if (!counter || counter.window !== window) {
      counter = { window, used: 0 };
      this.counters.set(id, counter);
    }
    return counter;
  }

  private windows(limits: WindowLimits): [WindowName, number][] {
    const list: [WindowName, number][] = [
      ['daily', limits.daily],
      ['hourly', limits.hourly],
      ['minute', limits.minute],
    ];
    if (limits.second !== undefined) list.push(['second', limits.second]);
    return list;
  }

  /** Counts one request unless a window is spent; returns whether it was allowed. */
  take(key: string, rateClass: RateClass, limits: WindowLimits): boolean {
    const windows = this.windows(limits).map(([name, limit]) => ({
      counter: this.counter(key, rateClass, name),
      limit,
    }));
    if (windows.some(({ counter, limit }) => counter.used >= limit)) return false;
    for (const { counter } of windows) counter.used += 1;
    return true;
  }

  /** The reported windows' state (daily, hourly, minute). */
  state(key: string, rateClass: RateClass, limits: WindowLimits): Record<string, WindowState> {
    const out: Record<string, WindowState> = {};
    for (const name of REPORTED) {
      const counter = this.counter(key, rateClass, name);
      const limit = limits[name];
      out[name] = {
        limit,
        used: counter.used,
        remaining: Math.max(0, limit - counter.used),
        resetsAt: new Date((counter.window + 1) * SPANS[name]).toISOString(),
      };
    }
    return out;
  }

  /** The nine rate-limit headers. */
  headers(key: string, rateClass: RateClass, limits: WindowLimits): Record<string, string> {
    const headers: Record<string, string> = {};
    for (const [name, s] of Object.entries(this.state(key, rateClass, limits))) {
      headers[`x-rate-limit-${name}`] = String(s.limit);
      headers[`x-${name}-requests-left`] = String(s.remaining);
      headers[`x-${name}-usage`] = String(s.used);
    }
    return headers;
  }
}

/** The limits that apply to an account for a class (the throttled key has a tiny minute cap). */
export function limitsFor(rateClass: RateClass, generalPerMinute?: number): WindowLimits {
  const base = CLASS_LIMITS[rateClass];
  if (rateClass !== 'general' || generalPerMinute === undefined) return base;
  return { ...base, minute: Math.min(base.minute, generalPerMinute) };
}
