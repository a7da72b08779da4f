/**
 * One queue for every Lusha call: keeps under the general rate limit (25 requests a second),
 * and backs off on rate limits and transient failures (1 s, doubling, capped at 60 s), as the
 * Lusha docs ask since no `Retry-After` is sent. While it waits, everyone can see until when.
 */

/** Why the queue is holding calls back. */
export type WaitReason = 'rateLimited' | 'server' | 'network' | 'timeout';

/** What the UI shows while the queue waits: a countdown to `until`. */
export interface QueueWait {
  until: number;
  reason: WaitReason;
  attempt: number;
}

export interface ApiQueueOptions {
  /** Calls allowed to start per second. Lusha's general limit is 25. */
  maxPerSecond?: number;
  baseDelayMs?: number;
  maxDelayMs?: number;
  /** Tries per call, the first included, before the error is handed back. */
  maxAttempts?: number;
  now?: () => number;
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  /** Which failures are worth another try, and under what name. Default: Lusha error kinds. */
  classify?: (error: unknown) => WaitReason | null;
  /** Told when a wait starts (with its end) and when it is over (null). */
  onWait?: (wait: QueueWait | null) => void;
  /** The rate-limit counters a result or error carries. Default: its `rateLimit` field. */
  rateLimitOf?: (resultOrError: unknown) => WindowsLeft | null | undefined;
}

/** Requests left in each of Lusha's windows, as its rate-limit headers say (null: not sent). */
export interface WindowsLeft {
  daily: { left: number | null };
  hourly: { left: number | null };
  minute: { left: number | null };
}

const defaultRateLimitOf = (value: unknown) =>
  (value as { rateLimit?: WindowsLeft } | null)?.rateLimit;

/**
 * When a window is spent (its `requests-left` header says 0), no call can succeed before the
 * window turns over: the next minute, hour or UTC day. Returns that time, or 0.
 */
export function spentWindowEnd(windows: WindowsLeft | null | undefined, now: number): number {
  if (!windows) return 0;
  const next = (size: number) => Math.floor(now / size) * size + size;
  if (windows.daily.left === 0) return next(86_400_000);
  if (windows.hourly.left === 0) return next(3_600_000);
  if (windows.minute.left === 0) return next(60_000);
  return 0;
}

export interface ApiQueue {
  /** Runs `task` when the queue allows, retrying transient failures with backoff. */
  run<T>(task: () => Promise<T>, options?: RunOptions): Promise<T>;
  /** The current wait, if the queue is backing off. */
  readonly wait: QueueWait | null;
}

/** Retry reasons for Lusha client errors, by their `kind` (see lib/lusha errors). */
export function classifyLushaError(error: unknown): WaitReason | null {
  const kind = (error as { kind?: unknown } | null)?.kind;
  switch (kind) {
    case 'rateLimited':
      return 'rateLimited';
    case 'server':
      return 'server';
    case 'network':
      return 'network';
    case 'timeout':
      return 'timeout';
    default:
      return null;
  }
}

export interface RunOptions {
  signal?: AbortSignal;
  /**
   * `usage` for `GET /v3/account/usage`, which Lusha limits apart (5 a minute): its counters
   * say nothing of the general windows, so they hold nothing else back.
   */
  bucket?: 'general' | 'usage';
  /** Tries for this call (default: the queue's). 1 when someone waits for a quick answer. */
  maxAttempts?: number;
  /**
   * The failures this call may be tried again after (default: every transient one). A billed
   * call that a repeat would bill again leaves out `network` and `timeout`: the request may
   * have reached Lusha, so the caller checks what was charged before anything is sent again.
   */
  retryOn?: readonly WaitReason[];
}

/** Resolves after `ms`, or rejects with the signal's reason when it aborts first. */
export function abortableSleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/** Backoff before try number `attempt + 1`: base, doubling, capped. */
export function backoffDelay(attempt: number, baseDelayMs = 1000, maxDelayMs = 60_000): number {
  return Math.min(maxDelayMs, baseDelayMs * 2 ** Math.max(0, attempt - 1));
}

/** Creates the queue. One per service worker: every API call goes through it. */
export function createApiQueue(options: ApiQueueOptions = {}): ApiQueue {
  const {
    maxPerSecond = 25,
    baseDelayMs = 1000,
    maxDelayMs = 60_000,
    maxAttempts = 6,
    now = Date.now,
    sleep = abortableSleep,
    classify = classifyLushaError,
    onWait,
    rateLimitOf = defaultRateLimitOf,
  } = options;
  const spacing = 1000 / maxPerSecond;
  let nextSlot = 0;
  let blockedUntil = 0;
  let currentWait: QueueWait | null = null;

  const setWait = (wait: QueueWait | null) => {
    currentWait = wait;
    onWait?.(wait);
  };

  /** Reserves the next start time synchronously, so concurrent callers never share a slot. */
  async function takeSlot(signal?: AbortSignal) {
    for (;;) {
      const start = Math.max(now(), nextSlot, blockedUntil);
      nextSlot = start + spacing;
      const delay = start - now();
      if (delay > 0) await sleep(delay, signal);
      if (now() >= blockedUntil) return;
    }
  }

  /** Holds every later call back while Lusha's headers say a window is spent. */
  function holdUntilWindowTurns(windows: WindowsLeft | null | undefined) {
    const end = spentWindowEnd(windows, now());
    if (end > blockedUntil) {
      blockedUntil = end;
      setWait({ until: end, reason: 'rateLimited', attempt: 0 });
    }
  }

  async function run<T>(task: () => Promise<T>, runOptions: RunOptions = {}) {
    const general = runOptions.bucket !== 'usage';
    for (let attempt = 1; ; attempt++) {
      await takeSlot(runOptions.signal);
      try {
        const result = await task();
        if (general) holdUntilWindowTurns(rateLimitOf(result));
        if (currentWait && now() >= currentWait.until) setWait(null);
        return result;
      } catch (error) {
        if (general) holdUntilWindowTurns(rateLimitOf(error));
        const reason = classify(error);
        const attempts = runOptions.maxAttempts ?? maxAttempts;
        const allowed = !runOptions.retryOn || (reason && runOptions.retryOn.includes(reason));
        if (!reason || !allowed || attempt >= attempts || runOptions.signal?.aborted) {
          if (currentWait && now() >= currentWait.until) setWait(null);
          throw error;
        }
        const until = now() + backoffDelay(attempt, baseDelayMs, maxDelayMs);
        // A rate limit holds every call back; other failures only this one.
        if (reason === 'rateLimited') blockedUntil = Math.max(blockedUntil, until);
        setWait({ until, reason, attempt });
        await sleep(until - now(), runOptions.signal);
      }
    }
  }

  return {
    run,
    get wait() {
      return currentWait;
    },
  };
}
