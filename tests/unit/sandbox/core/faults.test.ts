/**
 * Fault injection and the other control routes, in process: each fault kind, its count and
 * path filter, reset, the manual clock and the state report.
 */
import { describe, expect, it } from 'vitest';
import { createSandbox, SHOWCASE } from '@/lib/sandbox';
import { fixture, KEY, rateHeaders } from './support';

const search = { contacts: [{ id: SHOWCASE.contacts[0]!.id }] };
const request = (signal?: AbortSignal) =>
  new Request('https://api.lusha.com/v3/contacts/search', {
    method: 'POST',
    headers: { api_key: KEY },
    body: JSON.stringify(search),
    signal,
  });

describe('sandbox faults', () => {
  it("answers 'status' faults N times with the error shape and rate-limit headers", async () => {
    const { call } = fixture();
    const queued = await call(
      'POST',
      '/__sandbox/faults',
      { kind: 'status', status: 503, count: 2 },
      null,
    );
    expect(queued.status).toBe(201);
    const a = await call('POST', '/v3/contacts/search', search);
    const b = await call('POST', '/v3/contacts/search', search);
    const c = await call('POST', '/v3/contacts/search', search);
    expect([a.status, b.status, c.status]).toEqual([503, 503, 200]);
    expect(a.body).toEqual({ statusCode: 503, message: expect.any(String) });
    expect(rateHeaders(b)['x-minute-usage']).toBe(2);
  });

  it('only hits calls whose path starts with the fault path', async () => {
    const { call } = fixture();
    await call(
      'POST',
      '/__sandbox/faults',
      { kind: 'status', status: 500, path: '/v3/companies' },
      null,
    );
    expect((await call('POST', '/v3/contacts/search', search)).status).toBe(200);
    const hit = await call('POST', '/v3/companies/search', {
      companies: [{ domain: 'quillfeather.io' }],
    });
    expect(hit.status).toBe(500);
  });

  it("rejects like fetch on 'drop'", async () => {
    const { sandbox, call } = fixture();
    await call('POST', '/__sandbox/faults', { kind: 'drop' }, null);
    await expect(sandbox.handle(request())).rejects.toBeInstanceOf(TypeError);
    expect((await sandbox.handle(request())).status).toBe(200);
  });

  it("cuts the body short on 'truncate' (after doing the work)", async () => {
    const { sandbox, call, used } = fixture();
    await call('POST', '/__sandbox/faults', { kind: 'truncate' }, null);
    const response = await sandbox.handle(request());
    expect(response.status).toBe(200);
    await expect(response.text()).rejects.toThrow(/terminated/);
    expect(await used()).toBe(1);
  });

  it("answers 200 with a body that is not JSON on 'malformed'", async () => {
    const { sandbox, call } = fixture();
    await call('POST', '/__sandbox/faults', { kind: 'malformed' }, null);
    const response = await sandbox.handle(request());
    expect(response.status).toBe(200);
    const text = await response.text();
    expect(() => JSON.parse(text)).toThrow(SyntaxError);
  });

  it("delays on 'hang' and gives up when the request is aborted", async () => {
    const { sandbox, call } = fixture();
    await call('POST', '/__sandbox/faults', { kind: 'hang', hangMs: 60, count: 2 }, null);
    const start = performance.now();
    expect((await sandbox.handle(request())).status).toBe(200);
    expect(performance.now() - start).toBeGreaterThanOrEqual(55);
    const aborted = sandbox.handle(request(AbortSignal.timeout(5)));
    await expect(aborted).rejects.toMatchObject({ name: 'TimeoutError' });
  });

  it('refuses malformed fault specs', async () => {
    const { call } = fixture();
    const reply = await call('POST', '/__sandbox/faults', { kind: 'explode' }, null);
    expect(reply.status).toBe(400);
    expect(reply.body.errors).toEqual([expect.stringContaining('kind')]);
  });
});

describe('sandbox control routes', () => {
  it('resets balances, reveals, counters and faults', async () => {
    const { call, used, clock } = fixture();
    await call('POST', '/v3/contacts/enrich', { ids: [SHOWCASE.contacts[0]!.id] });
    await call('POST', '/__sandbox/faults', { kind: 'status', status: 500 }, null);
    clock.advance(5000);
    expect(await used()).toBeGreaterThan(0);
    expect((await call('POST', '/__sandbox/reset', undefined, null)).status).toBe(200);
    const state = await call('GET', `/__sandbox/state?key=${KEY}`, undefined, null);
    expect(state.body).toMatchObject({
      credits: { total: 10_000, used: 0, remaining: 10_000 },
      revealed: { contacts: 0, companies: 0 },
      pendingFaults: 0,
      now: '2026-06-15T12:00:00.000Z',
    });
    expect(rateHeaders(await call('POST', '/v3/contacts/search', search))['x-daily-usage']).toBe(1);
  });

  it('reports revealed counts by field', async () => {
    const { call } = fixture();
    const [maya, , priya] = SHOWCASE.contacts;
    await call('POST', '/v3/contacts/enrich', { ids: [maya!.id, priya!.id] });
    const state = await call('GET', `/__sandbox/state?key=${KEY}`, undefined, null);
    expect(state.body.revealed).toMatchObject({
      contacts: 2,
      contactFields: { emails: 2, phones: 1 },
    });
    expect((await call('GET', '/__sandbox/state?key=who', undefined, null)).status).toBe(404);
  });

  it('moves only a manual clock', async () => {
    const real = createSandbox({ clock: { now: () => Date.now() } });
    const reply = await real.handle(
      new Request('http://sandbox/__sandbox/clock', { method: 'POST', body: '{"advanceMs":1000}' }),
    );
    expect(reply.status).toBe(409);
    const { call, clock } = fixture();
    const moved = await call('POST', '/__sandbox/clock', { advanceMs: 3_600_000 }, null);
    expect(moved.body).toEqual({ now: '2026-06-15T13:00:00.000Z' });
    expect(clock.now()).toBe(Date.parse('2026-06-15T13:00:00.000Z'));
  });
});
