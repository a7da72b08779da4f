import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createBatcher } from '@/lib/lookup/batcher';

describe('the look-up batcher', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  const echo = () => {
    const calls: string[][] = [];
    const batcher = createBatcher<string, string>({
      run: async (keys) => {
        calls.push(keys);
        return new Map(
          keys.map((k) => [k, k.startsWith('bad') ? new Error(`no ${k}`) : k.toUpperCase()]),
        );
      },
    });
    return { calls, batcher };
  };

  it('sends what is asked within the window as one request', async () => {
    const { calls, batcher } = echo();
    const results = Promise.all(['a', 'b', 'c'].map((k) => batcher.load(k)));
    await vi.advanceTimersByTimeAsync(50);
    expect(await results).toEqual(['A', 'B', 'C']);
    expect(calls).toEqual([['a', 'b', 'c']]);
  });

  it('never runs the same key twice at once', async () => {
    const { calls, batcher } = echo();
    const first = batcher.load('a');
    const again = batcher.load('a');
    expect(again).toBe(first);
    expect(batcher.pending).toBe(1);
    await vi.advanceTimersByTimeAsync(50);
    await first;
    expect(calls).toEqual([['a']]);
    expect(batcher.pending).toBe(0);
  });

  it('splits more than 100 keys into requests of at most 100', async () => {
    const { calls, batcher } = echo();
    const keys = Array.from({ length: 250 }, (_, i) => `k${i}`);
    const results = Promise.all(keys.map((k) => batcher.load(k)));
    await vi.advanceTimersByTimeAsync(50);
    expect((await results).length).toBe(250);
    expect(calls.map((c) => c.length)).toEqual([100, 100, 50]);
    expect(calls.flat()).toEqual(keys);
  });

  it('fails only the keys that failed, and all of them when the request fails', async () => {
    const { batcher } = echo();
    const good = batcher.load('a');
    const bad = batcher.load('bad-1').catch((e: Error) => e.message);
    await vi.advanceTimersByTimeAsync(50);
    expect(await good).toBe('A');
    expect(await bad).toBe('no bad-1');

    const failing = createBatcher<string, string>({
      run: async () => {
        throw new Error('offline');
      },
    });
    const both = Promise.allSettled([failing.load('x'), failing.load('y')]);
    await vi.advanceTimersByTimeAsync(50);
    expect((await both).map((r) => r.status)).toEqual(['rejected', 'rejected']);
    expect(failing.pending).toBe(0);
  });
});
