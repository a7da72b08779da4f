import { describe, expect, it } from 'vitest';
import {
  LushaApiError,
  chunk,
  hasRateLimit,
  isLushaApiError,
  kindOfStatus,
  parseRateLimit,
} from '@/lib/lusha';
import { addBilling, inChunks, mergeBatch, orderByIds } from '@/lib/lusha/bulk';

describe('parseRateLimit', () => {
  it('reads all nine headers', () => {
    const headers = new Headers({
      'x-rate-limit-daily': '10000',
      'x-daily-requests-left': '9990',
      'x-daily-usage': '10',
      'x-rate-limit-hourly': '1000',
      'x-hourly-requests-left': '995',
      'x-hourly-usage': '5',
      'x-rate-limit-minute': '60',
      'x-minute-requests-left': '59',
      'x-minute-usage': '1',
    });
    expect(parseRateLimit(headers)).toEqual({
      daily: { limit: 10000, left: 9990, usage: 10 },
      hourly: { limit: 1000, left: 995, usage: 5 },
      minute: { limit: 60, left: 59, usage: 1 },
    });
  });

  it('gives null for a missing or non-numeric header', () => {
    const parsed = parseRateLimit(
      new Headers({ 'x-rate-limit-minute': '60', 'x-minute-usage': 'lots' }),
    );
    expect(parsed.minute).toEqual({ limit: 60, left: null, usage: null });
    expect(parsed.daily).toEqual({ limit: null, left: null, usage: null });
    expect(hasRateLimit(parsed)).toBe(true);
    expect(hasRateLimit(parseRateLimit(new Headers()))).toBe(false);
  });
});

describe('error kinds', () => {
  it.each([
    [400, 'badRequest', false],
    [401, 'unauthorized', false],
    [402, 'noCredits', false],
    [403, 'forbidden', false],
    [404, 'notFound', false],
    [409, 'badRequest', false],
    [410, 'sessionExpired', false],
    [429, 'rateLimited', true],
    [451, 'gdprBlocked', false],
    [499, 'clientClosed', true],
    [500, 'server', true],
    [503, 'server', true],
  ] as const)('%i is %s (retryable %s)', (status, kind, retryable) => {
    expect(kindOfStatus(status)).toBe(kind);
    const error = new LushaApiError({ kind, status, apiMessage: 'x' });
    expect(error.retryable).toBe(retryable);
    expect(error.userMessage).toMatch(/^[A-Z].+\.$/);
    expect(isLushaApiError(error)).toBe(true);
    expect(error).toBeInstanceOf(Error);
  });

  it('says what to do in the sentences the rep sees', () => {
    const say = (kind: LushaApiError['kind']) => new LushaApiError({ kind }).userMessage;
    expect(say('unauthorized')).toBe(
      'Lusha rejected the API key. Check it in Settings, or paste a new one.',
    );
    expect(say('noCredits')).toBe(
      'Your Lusha account is out of credits. Add credits in Lusha, then try again.',
    );
    expect(say('rateLimited')).toBe(
      "Lusha's rate limit was reached. Prospect Lens will retry shortly.",
    );
    expect(say('network')).toBe("Can't reach Lusha. Check your connection.");
    expect(say('gdprBlocked')).toMatch(/GDPR/);
    expect(say('forbidden')).toMatch(/plan/);
    expect(isLushaApiError(new Error('x'))).toBe(false);
  });
});

describe('bulk helpers', () => {
  it('chunks 250 items into 100, 100, 50 and an empty list into one empty chunk', () => {
    const items = Array.from({ length: 250 }, (_, i) => i);
    expect(chunk(items, 100).map((c) => c.length)).toEqual([100, 100, 50]);
    expect(chunk(items, 100).flat()).toEqual(items);
    expect(chunk([], 25)).toEqual([[]]);
  });

  it('sums billing, keeping null only when neither side has one', () => {
    expect(addBilling(null, null)).toBeNull();
    expect(addBilling({ creditsCharged: 2 }, null)).toEqual({ creditsCharged: 2 });
    expect(
      addBilling(
        { creditsCharged: 2, resultsReturned: 1 },
        { creditsCharged: 3, resultsReturned: 4 },
      ),
    ).toEqual({ creditsCharged: 5, resultsReturned: 5 });
  });

  it('shifts batch indexes to the whole input list', () => {
    const a = { total: 2, successful: 2, failed: 0, results: [{ index: 0 }, { index: 1 }] };
    const b = { total: 1, successful: 0, failed: 1, results: [{ index: 0 }] };
    expect(mergeBatch(a, b, 25)).toEqual({
      total: 3,
      successful: 2,
      failed: 1,
      results: [{ index: 0 }, { index: 1 }, { index: 25 }],
    });
  });

  it('orders results by the ids asked for, unknown ids last', () => {
    const results = [{ id: 'c' }, { id: 'x' }, { id: 'a' }, {}, { id: 'b' }];
    expect(orderByIds(results, ['a', 'b', 'c'])).toEqual([
      { id: 'a' },
      { id: 'b' },
      { id: 'c' },
      { id: 'x' },
      {},
    ]);
  });

  it('keeps the billed chunks on the error when a later chunk fails', async () => {
    const rateLimit = parseRateLimit(new Headers());
    const failure = new LushaApiError({ kind: 'noCredits', status: 402 });
    const calls: number[][] = [];
    const run = inChunks(
      [1, 2, 3, 4, 5],
      2,
      async (part) => {
        calls.push(part);
        if (calls.length === 3) throw failure;
        const data = { results: part, billing: { creditsCharged: part.length } };
        return { data, billing: data.billing, rateLimit };
      },
      (acc, next) => ({ results: [...acc.results, ...next.results], billing: next.billing }),
    );
    await expect(run).rejects.toBe(failure);
    expect(calls).toEqual([[1, 2], [3, 4], [5]]);
    expect(failure.partial).toEqual({
      data: { results: [1, 2, 3, 4], billing: { creditsCharged: 2 } },
      billing: { creditsCharged: 4 },
      itemsDone: 4,
    });
  });
});
