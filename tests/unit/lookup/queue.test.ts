import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { backoffDelay, createApiQueue, spentWindowEnd, type QueueWait } from '@/lib/lookup/queue';

class FakeLushaError extends Error {
  constructor(readonly kind: string) {
    super(kind);
  }
}

describe('the API queue', () => {
  beforeEach(() => {
    vi.useFakeTimers({ now: 1_000_000 });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('starts at most 25 calls a second, whatever the callers do', async () => {
    const queue = createApiQueue();
    const starts: number[] = [];
    const all = Promise.all(
      Array.from({ length: 60 }, () => queue.run(async () => void starts.push(Date.now()))),
    );
    await vi.advanceTimersByTimeAsync(5_000);
    await all;
    expect(starts).toHaveLength(60);
    for (let i = 25; i < starts.length; i++) {
      // Any 25 consecutive starts span at least a second.
      expect(starts[i]! - starts[i - 25]!).toBeGreaterThanOrEqual(1000);
    }
    expect(starts.at(-1)! - starts[0]!).toBeLessThan(2_500);
  });

  it('doubles the wait on each 429, from 1 s, and tells the UI until when', async () => {
    const waits: (QueueWait | null)[] = [];
    const queue = createApiQueue({ onWait: (w) => waits.push(w) });
    const tries: number[] = [];
    const result = queue.run(async () => {
      tries.push(Date.now());
      if (tries.length < 4) throw new FakeLushaError('rateLimited');
      return 'ok';
    });
    await vi.advanceTimersByTimeAsync(10_000);
    await expect(result).resolves.toBe('ok');
    const gaps = tries.slice(1).map((t, i) => t - tries[i]!);
    expect(gaps).toEqual([1000, 2000, 4000]);
    expect(waits.filter(Boolean).map((w) => [w!.reason, w!.attempt])).toEqual([
      ['rateLimited', 1],
      ['rateLimited', 2],
      ['rateLimited', 3],
    ]);
    expect(waits.at(-1)).toBeNull();
    expect(queue.wait).toBeNull();
  });

  it('holds every other call back while a rate limit lasts', async () => {
    const queue = createApiQueue();
    let first = true;
    const starts: number[] = [];
    const a = queue.run(async () => {
      if (first) {
        first = false;
        throw new FakeLushaError('rateLimited');
      }
      return 'a';
    });
    await vi.advanceTimersByTimeAsync(10);
    const b = queue.run(async () => void starts.push(Date.now()));
    await vi.advanceTimersByTimeAsync(3000);
    await Promise.all([a, b]);
    expect(starts[0]! - 1_000_000).toBeGreaterThanOrEqual(1000);
  });

  it('caps the backoff at 60 s and gives up after the last try', async () => {
    expect([1, 2, 3, 6, 7, 12].map((n) => backoffDelay(n))).toEqual([
      1000, 2000, 4000, 32_000, 60_000, 60_000,
    ]);
    const queue = createApiQueue({ maxAttempts: 3 });
    let tries = 0;
    const result = queue.run(async () => {
      tries++;
      throw new FakeLushaError('server');
    });
    const settled = result.catch((e: unknown) => e);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(await settled).toBeInstanceOf(FakeLushaError);
    expect(tries).toBe(3);
  });

  it('does not retry what a retry cannot fix (a wrong key, no credits)', async () => {
    const queue = createApiQueue();
    for (const kind of ['unauthorized', 'noCredits', 'forbidden', 'badRequest', 'gdprBlocked']) {
      let tries = 0;
      const result = queue
        .run(async () => {
          tries++;
          throw new FakeLushaError(kind);
        })
        .catch((e: unknown) => e);
      await vi.advanceTimersByTimeAsync(5000);
      expect(await result).toEqual(new FakeLushaError(kind));
      expect(tries).toBe(1);
    }
  });

  it('stops waiting when the caller aborts', async () => {
    const queue = createApiQueue();
    const controller = new AbortController();
    const result = queue
      .run(
        async () => {
          throw new FakeLushaError('network');
        },
        { signal: controller.signal },
      )
      .catch((e: unknown) => e);
    await vi.advanceTimersByTimeAsync(100);
    controller.abort(new Error('closed'));
    expect(await result).toEqual(new Error('closed'));
  });
});

describe('the API queue and Lusha rate-limit headers', () => {
  beforeEach(() => {
    vi.useFakeTimers({ now: Date.UTC(2026, 10, 24, 10, 15, 30) });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  const windows = (
    minute: number | null,
    hourly: number | null = 100,
    daily: number | null = 1000,
  ) => ({
    rateLimit: { minute: { left: minute }, hourly: { left: hourly }, daily: { left: daily } },
  });

  it('holds calls until the next minute once the minute window is spent', async () => {
    const waits: (QueueWait | null)[] = [];
    const queue = createApiQueue({ onWait: (w) => waits.push(w) });
    const first = queue.run(async () => windows(0));
    await vi.advanceTimersByTimeAsync(10);
    await first;
    let secondAt = 0;
    const second = queue.run(async () => {
      secondAt = Date.now();
      return windows(10);
    });
    await vi.advanceTimersByTimeAsync(31_000);
    await second;
    expect(new Date(secondAt).toISOString()).toBe('2026-11-24T10:16:00.000Z');
    expect(waits[0]).toEqual({
      until: Date.UTC(2026, 10, 24, 10, 16),
      reason: 'rateLimited',
      attempt: 0,
    });
  });

  it('reads the headers of errors too, and the hourly and daily windows', () => {
    const now = Date.UTC(2026, 10, 24, 10, 15, 30);
    expect(spentWindowEnd(windows(5, 0).rateLimit, now)).toBe(Date.UTC(2026, 10, 24, 11));
    expect(spentWindowEnd(windows(5, 5, 0).rateLimit, now)).toBe(Date.UTC(2026, 10, 25));
    expect(spentWindowEnd(windows(null, null, null).rateLimit, now)).toBe(0);
    expect(spentWindowEnd(undefined, now)).toBe(0);
  });
});

describe('the account usage bucket', () => {
  it('does not hold general calls back when its own 5-a-minute window is spent', async () => {
    const queue = createApiQueue();
    const spent = { rateLimit: { minute: { left: 0 }, hourly: { left: 9 }, daily: { left: 9 } } };
    await queue.run(async () => spent, { bucket: 'usage' });
    expect(queue.wait).toBeNull();
    await queue.run(async () => spent);
    expect(queue.wait).toMatchObject({ reason: 'rateLimited' });
  });
});
