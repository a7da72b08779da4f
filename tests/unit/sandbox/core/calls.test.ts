/**
 * `GET /__sandbox/calls`: API calls by operationId with the credits each billed, so that tests
 * can assert "Lusha was searched once" and "that cost 2 credits".
 */
import { describe, expect, it } from 'vitest';
import { SANDBOX_KEYS, SHOWCASE } from '@/lib/sandbox';
import { fixture, KEY } from './support';

const [maya, theo] = SHOWCASE.contacts;
const search = { contacts: [{ id: maya!.id }] };

interface Calls {
  key?: string;
  total: { calls: number; creditsCharged: number };
  operations: Record<
    string,
    {
      calls: number;
      creditsCharged: number;
      statuses: Record<string, number>;
      faults: Record<string, number>;
    }
  >;
}

function withCalls() {
  const fx = fixture();
  const calls = async (query = '') => {
    const reply = await fx.call('GET', `/__sandbox/calls${query}`, undefined, null);
    expect(reply.status).toBe(200);
    return reply.body as unknown as Calls;
  };
  return { ...fx, calls };
}

describe('GET /__sandbox/calls', () => {
  it('counts calls and the credits they billed by operationId', async () => {
    const { call, calls, used } = withCalls();
    expect(await calls()).toEqual({ total: { calls: 0, creditsCharged: 0 }, operations: {} });
    await call('POST', '/v3/contacts/search', search);
    await call('POST', '/v3/contacts/search', { contacts: [{ id: theo!.id }] });
    await call('POST', '/v3/contacts/enrich', { ids: [maya!.id] });
    await call('POST', '/v3/contacts/enrich', { ids: [maya!.id] });
    await call('POST', '/v3/contacts/enrich', { ids: [] });
    await call('GET', '/v3/account/usage');
    const report = await calls();
    expect(report.operations).toEqual({
      searchContacts: { calls: 2, creditsCharged: 2, statuses: { 200: 2 }, faults: {} },
      enrichContacts: {
        calls: 3,
        creditsCharged: 6,
        statuses: { 200: 2, 400: 1 },
        faults: {},
      },
      getAccountUsage: { calls: 1, creditsCharged: 0, statuses: { 200: 1 }, faults: {} },
    });
    expect(report.total).toEqual({ calls: 6, creditsCharged: 8 });
    expect(await used()).toBe(8);
  });

  it('counts refused calls too, and splits by key on request', async () => {
    const { call, calls } = withCalls();
    await call('POST', '/v3/contacts/search', search, 'not-a-key');
    await call('POST', '/v3/contacts/search', search, null);
    await call('POST', '/v3/contacts/search', search, SANDBOX_KEYS.inactive);
    await call('POST', '/v3/contacts/search', search, SANDBOX_KEYS.noCredits);
    for (let i = 0; i < 4; i++)
      await call('POST', '/v3/contacts/search', search, SANDBOX_KEYS.throttled);
    await call('POST', '/v3/contacts/search', search);
    expect((await calls()).operations.searchContacts).toEqual({
      calls: 9,
      creditsCharged: 4,
      statuses: { 200: 4, 401: 2, 402: 1, 403: 1, 429: 1 },
      faults: {},
    });
    const throttled = await calls(`?key=${SANDBOX_KEYS.throttled}`);
    expect(throttled.key).toBe(SANDBOX_KEYS.throttled);
    expect(throttled.operations.searchContacts).toMatchObject({
      calls: 4,
      creditsCharged: 3,
      statuses: { 200: 3, 429: 1 },
    });
    expect((await calls(`?key=${KEY}`)).total).toEqual({ calls: 1, creditsCharged: 1 });
    const unknown = await call('GET', '/__sandbox/calls?key=nope', undefined, null);
    expect(unknown.status).toBe(404);
  });

  it('records faults, answers that never came, and forgets on DELETE and reset', async () => {
    const { sandbox, call, calls } = withCalls();
    const send = () =>
      sandbox.handle(
        new Request('https://api.lusha.com/v3/contacts/search', {
          method: 'POST',
          headers: { api_key: KEY },
          body: JSON.stringify(search),
        }),
      );
    await call('POST', '/__sandbox/faults', { kind: 'drop' }, null);
    await expect(send()).rejects.toBeInstanceOf(TypeError);
    await call('POST', '/__sandbox/faults', { kind: 'drop', phase: 'after' }, null);
    await expect(send()).rejects.toBeInstanceOf(TypeError);
    await call('POST', '/__sandbox/faults', { kind: 'truncate' }, null);
    await expect((await send()).text()).rejects.toThrow(/terminated/);
    expect((await calls()).operations.searchContacts).toEqual({
      calls: 3,
      creditsCharged: 2,
      statuses: { none: 2, 200: 1 },
      faults: { drop: 2, truncate: 1 },
    });
    const cleared = await call('DELETE', '/__sandbox/calls', undefined, null);
    expect(cleared.body).toEqual({ total: { calls: 0, creditsCharged: 0 }, operations: {} });
    await call('POST', '/v3/contacts/search', search);
    expect((await calls()).total.calls).toBe(1);
    await call('POST', '/__sandbox/reset', undefined, null);
    expect((await calls()).total.calls).toBe(0);
  });

  it('does not count control routes or unknown paths', async () => {
    const { call, calls } = withCalls();
    await call('GET', `/__sandbox/state?key=${KEY}`, undefined, null);
    await call('GET', '/v3/nothing-here');
    expect((await calls()).total.calls).toBe(0);
  });
});
