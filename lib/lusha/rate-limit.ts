/** Lusha's rate-limit headers, parsed. */

/** One window's counters; a header that did not come is `null`. */
export interface RateLimitWindow {
  limit: number | null;
  left: number | null;
  usage: number | null;
}

/** Daily, hourly and per-minute counters from `x-rate-limit-*`, `x-*-requests-left`, `x-*-usage`. */
export interface RateLimit {
  daily: RateLimitWindow;
  hourly: RateLimitWindow;
  minute: RateLimitWindow;
}

const windows = ['daily', 'hourly', 'minute'] as const;

function numberHeader(headers: Headers, name: string): number | null {
  const raw = headers.get(name);
  if (raw === null || raw.trim() === '') return null;
  const value = Number(raw);
  return Number.isFinite(value) ? value : null;
}

/** Reads the nine rate-limit headers; each missing or non-numeric one is `null`. */
export function parseRateLimit(headers: Headers): RateLimit {
  const read = (w: (typeof windows)[number]): RateLimitWindow => ({
    limit: numberHeader(headers, `x-rate-limit-${w}`),
    left: numberHeader(headers, `x-${w}-requests-left`),
    usage: numberHeader(headers, `x-${w}-usage`),
  });
  return { daily: read('daily'), hourly: read('hourly'), minute: read('minute') };
}

/** True when at least one rate-limit header came. */
export function hasRateLimit(rateLimit: RateLimit): boolean {
  return windows.some((w) => Object.values(rateLimit[w]).some((v) => v !== null));
}

/** A rate limit with every counter unknown. */
export function emptyRateLimit(): RateLimit {
  const none = (): RateLimitWindow => ({ limit: null, left: null, usage: null });
  return { daily: none(), hourly: none(), minute: none() };
}
