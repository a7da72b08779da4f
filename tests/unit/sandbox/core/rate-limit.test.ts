/**
 * Rate limits: the nine headers count real requests per account and window on the sandbox's
 * clock; a spent window answers 429 until the clock moves past it.
 */
import { describe, expect, it } from 'vitest';
import { SANDBOX_KEYS, SHOWCASE } from '@/lib/sandbox';
import { fixture, rateHeaders } from './support';

const search = { contacts: [{ id: SHOWCASE.contacts[0]!.id }] };

describe('sandbox rate limits', () => {
  it('counts down the nine headers per request', async () => {
    const { call } = fixture();
    const first = rateHeaders(await call('POST', '/v3/contacts/search', search));
    const second = rateHeaders(await call('POST', '/v3/contacts/search', search));
    expect(first['x-minute-usage']).toBe(1);
    expect(second['x-minute-usage']).toBe(2);
    for (const w of ['daily', 'hourly', 'minute']) {
      expect(second[`x-${w}-requests-left`]).toBe(first[`x-${w}-requests-left`]! - 1);
      expect(second[`x-${w}-requests-left`]! + second[`x-${w}-usage`]!).toBe(
        second[`x-rate-limit-${w}`],
      );
    }
  });

  it('puts the headers on errors that passed authentication, not on 401', async () => {
    const { call } = fixture();
    const bad = await call('POST', '/v3/contacts/search', { contacts: [] });
    expect(bad.status).toBe(400);
    expect(rateHeaders(bad)['x-minute-usage']).toBe(1);
    const unauthorised = await call('POST', '/v3/contacts/search', search, 'wrong');
    expect(unauthorised.status).toBe(401);
    expect(unauthorised.headers.get('x-rate-limit-minute')).toBeNull();
  });

  it('throttles the throttled key to 3 a minute, then recovers when the clock moves', async () => {
    const { call } = fixture();
    const key = SANDBOX_KEYS.throttled;
    const replies = [];
    for (let i = 0; i < 4; i++)
      replies.push(await call('POST', '/v3/contacts/search', search, key));
    expect(replies.map((r) => r.status)).toEqual([200, 200, 200, 429]);
    expect(rateHeaders(replies[3]!)).toMatchObject({
      'x-rate-limit-minute': 3,
      'x-minute-requests-left': 0,
      'x-minute-usage': 3,
    });
    expect(replies[3]!.body).toMatchObject({ statusCode: 429, message: expect.any(String) });
    const moved = await call('POST', '/__sandbox/clock', { advanceMs: 60_000 }, null);
    expect(moved.status).toBe(200);
    const again = await call('POST', '/v3/contacts/search', search, key);
    expect(again.status).toBe(200);
    expect(rateHeaders(again)['x-minute-usage']).toBe(1);
    expect(rateHeaders(again)['x-hourly-usage']).toBe(4);
  });

  it('allows 25 general requests a second', async () => {
    const { call, clock } = fixture();
    const statuses = [];
    for (let i = 0; i < 26; i++)
      statuses.push((await call('POST', '/v3/contacts/search', search)).status);
    expect(statuses.filter((s) => s === 200)).toHaveLength(25);
    expect(statuses[25]).toBe(429);
    clock.advance(1000);
    expect((await call('POST', '/v3/contacts/search', search)).status).toBe(200);
  });

  it('counts each class apart: account usage 5/min, webhooks 100/min', async () => {
    const { call } = fixture();
    await call('POST', '/v3/contacts/search', search);
    const usage = await call('GET', '/v3/account/usage');
    expect(rateHeaders(usage)).toMatchObject({ 'x-rate-limit-minute': 5, 'x-minute-usage': 1 });
    const hooks = await call('GET', '/api/subscriptions');
    expect(rateHeaders(hooks)).toMatchObject({ 'x-rate-limit-minute': 100, 'x-minute-usage': 1 });
  });

  it('reports the general windows in account usage, with reset times', async () => {
    const { call } = fixture();
    await call('POST', '/v3/contacts/search', search);
    const usage = await call('GET', '/v3/account/usage');
    const minute = (usage.body.rateLimits as Record<string, Record<string, unknown>>).minute!;
    expect(minute).toMatchObject({ used: 1, resetsAt: '2026-06-15T12:01:00.000Z' });
    expect(minute.remaining).toBe((minute.limit as number) - 1);
  });
});
