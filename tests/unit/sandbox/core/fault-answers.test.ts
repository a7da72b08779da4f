/**
 * Faults that let the real operation run and then change or lose its answer (`mutate`,
 * `replace`, `truncate`, and the `after` phase of the others), and what each one bills: the
 * extension's tests use them for odd-but-valid and broken answers after Lusha billed.
 */
import { describe, expect, it } from 'vitest';
import { SHOWCASE } from '@/lib/sandbox';
import { fixture, KEY, rateHeaders } from './support';

const [maya, theo] = SHOWCASE.contacts;
const [quill] = SHOWCASE.companies;
const enrich = { ids: [maya!.id, theo!.id] };

/** A fixture with helpers to queue faults and read reveals. */
function faulty() {
  const fx = fixture();
  const fault = async (spec: object) => {
    const reply = await fx.call('POST', '/__sandbox/faults', spec, null);
    expect(reply.status, JSON.stringify(reply.body)).toBe(201);
  };
  const revealed = async () => {
    const state = await fx.call('GET', `/__sandbox/state?key=${KEY}`, undefined, null);
    return state.body.revealed as { contacts: number; contactFields: Record<string, number> };
  };
  const send = (path: string, body: unknown) =>
    fx.sandbox.handle(
      new Request(`https://api.lusha.com${path}`, {
        method: 'POST',
        headers: { api_key: KEY, 'content-type': 'application/json' },
        body: JSON.stringify(body),
      }),
    );
  return { ...fx, fault, revealed, send };
}

/** What a clean enrich of `enrich` costs and answers, on a sandbox of its own. */
async function cleanEnrich() {
  const { call, used } = fixture();
  const reply = await call('POST', '/v3/contacts/enrich', enrich);
  return { body: reply.body, credits: await used() };
}

describe("the 'mutate' fault", () => {
  it('runs and bills the operation, then sets JSON pointers in its answer', async () => {
    const { call, used, fault, revealed } = faulty();
    const clean = await cleanEnrich();
    await fault({
      kind: 'mutate',
      path: '/v3/contacts/enrich',
      set: { '/results/0/emails/0/type': 'personal', '/billing/creditsCharged': 6.5 },
    });
    const odd = await call('POST', '/v3/contacts/enrich', enrich);
    expect(odd.status).toBe(200);
    const results = odd.body.results as { emails: { type: string; email: string }[] }[];
    expect(results[0]!.emails[0]!.type).toBe('personal');
    expect(odd.body.billing).toEqual({ creditsCharged: 6.5, resultsReturned: 2 });
    // Everything else is the operation's own answer, and the real charge was billed.
    expect({ ...odd.body, requestId: 0, results: 0, billing: 0 }).toEqual({
      ...clean.body,
      requestId: 0,
      results: 0,
      billing: 0,
    });
    expect(results[1]).toEqual((clean.body.results as unknown[])[1]);
    expect(await used()).toBe(clean.credits);
    expect(clean.credits).toBeGreaterThan(0);
    expect((await revealed()).contacts).toBe(2);
    // The reveal is remembered: enriching again is free and answers the real data.
    const again = await call('POST', '/v3/contacts/enrich', enrich);
    expect(again.body.billing).toEqual({ creditsCharged: 0, resultsReturned: 2 });
    expect(again.body.results).toEqual(clean.body.results);
  });

  it('sets array elements to null, adds fields, unsets and escapes ~0 ~1', async () => {
    const { call, fault } = faulty();
    const search = { contacts: [{ id: maya!.id }, { id: theo!.id }] };
    await fault({
      kind: 'mutate',
      set: {
        '/results/1': null,
        '/results/0/canReveal/0/newField': true,
        '/results/0/has/-': 'fax',
        '/results/0/a~1b~0c': 1,
        '/results/0/error/code': 'SOMETHING_NEW',
      },
      unset: ['/results/0/firstName', '/requestId'],
    });
    const reply = await call('POST', '/v3/contacts/search', search);
    expect(reply.status).toBe(200);
    const [first, second] = reply.body.results as Record<string, unknown>[];
    expect(second).toBeNull();
    expect((first!.canReveal as Record<string, unknown>[])[0]).toMatchObject({
      field: 'emails',
      newField: true,
    });
    expect((first!.has as string[]).at(-1)).toBe('fax');
    expect(first!['a/b~c']).toBe(1);
    expect(first!.error).toEqual({ code: 'SOMETHING_NEW' });
    expect(first!.firstName).toBeUndefined();
    expect(first!.lastName).toBe('Lindqvist');
    expect(reply.body.requestId).toBeUndefined();
    expect(reply.body.billing).toMatchObject({ creditsCharged: 1 });
  });

  it('replaces the whole answer with the empty pointer and changes error answers too', async () => {
    const { call, fault } = faulty();
    await fault({ kind: 'mutate', set: { '': { results: 'not an array' } } });
    expect(
      (await call('POST', '/v3/contacts/search', { contacts: [{ id: maya!.id }] })).body,
    ).toEqual({ results: 'not an array' });
    await fault({ kind: 'mutate', set: { '/statusCode': '400' } });
    const bad = await call('POST', '/v3/contacts/search', { contacts: [] });
    expect(bad.status).toBe(400);
    expect(bad.body).toMatchObject({ statusCode: '400', message: 'Invalid request parameters' });
  });

  it('answers a loud 500 when an edit does not fit the answer (the call still billed)', async () => {
    const { call, used, fault } = faulty();
    await fault({ kind: 'mutate', set: { '/billing/creditsCharged/x': 1 } });
    const reply = await call('POST', '/v3/contacts/search', { contacts: [{ id: maya!.id }] });
    expect(reply.status).toBe(500);
    expect(reply.headers.get('x-sandbox-fault-error')).toBe('mutate');
    expect(reply.body.message).toMatch(/Sandbox mutate fault failed.*creditsCharged/);
    expect(await used()).toBe(1);
  });

  it('refuses specs without edits or with pointers it cannot follow', async () => {
    const { call } = faulty();
    const fine = { kind: 'mutate', set: { '/results/0': null }, unset: ['/billing'] };
    expect((await call('POST', '/__sandbox/faults', fine, null)).body.queued).toEqual({
      ...fine,
      count: 1,
    });
    const bad = [
      { kind: 'mutate' },
      { kind: 'mutate', set: {} },
      { kind: 'mutate', set: { 'results/0': 1 } },
      { kind: 'mutate', set: { '/__proto__/polluted': true } },
      { kind: 'mutate', unset: ['/constructor/prototype'] },
    ];
    for (const spec of bad) {
      const reply = await call('POST', '/__sandbox/faults', spec, null);
      expect(reply.status, JSON.stringify(spec)).toBe(400);
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe("the 'replace' fault", () => {
  it('runs and bills the operation, then answers the given status and JSON body', async () => {
    const { call, used, fault, revealed } = faulty();
    const clean = await cleanEnrich();
    await fault({ kind: 'replace', body: { statusCode: 500, message: 'x' } });
    const reply = await call('POST', '/v3/contacts/enrich', enrich);
    expect(reply.status).toBe(200);
    expect(reply.body).toEqual({ statusCode: 500, message: 'x' });
    expect(rateHeaders(reply)['x-minute-usage']).toBe(1);
    expect(await used()).toBe(clean.credits);
    expect((await revealed()).contacts).toBe(2);
    await fault({ kind: 'replace', status: 200, body: {} });
    const empty = await call('POST', '/v3/companies/search', { companies: [{ id: quill!.id }] });
    expect(empty.status).toBe(200);
    expect(empty.body).toEqual({});
    expect(await used()).toBe(clean.credits + 1);
  });

  it('answers an empty body without one, and no body for 204', async () => {
    const { send, fault } = faulty();
    await fault({ kind: 'replace', status: 502, count: 2 });
    const nothing = await send('/v3/contacts/search', { contacts: [{ id: maya!.id }] });
    expect(nothing.status).toBe(502);
    expect(await nothing.text()).toBe('');
    await fault({ kind: 'replace', status: 204, body: { ignored: true } });
    await send('/v3/contacts/search', { contacts: [{ id: maya!.id }] });
    const noContent = await send('/v3/contacts/search', { contacts: [{ id: maya!.id }] });
    expect(noContent.status).toBe(204);
    expect(await noContent.text()).toBe('');
  });
});

describe("the 'truncate' fault", () => {
  it('runs and bills the operation, remembers its reveals, then cuts the body', async () => {
    const { send, used, fault, revealed } = faulty();
    const clean = await cleanEnrich();
    await fault({ kind: 'truncate', path: '/v3/contacts/enrich' });
    const response = await send('/v3/contacts/enrich', enrich);
    expect(response.status).toBe(200);
    await expect(response.text()).rejects.toThrow(/terminated/);
    expect(await used()).toBe(clean.credits);
    expect((await revealed()).contactFields).toEqual({ emails: 2, phones: 2 });
  });

  it("keeps the operation's own status", async () => {
    const { send, used, fault } = faulty();
    await fault({ kind: 'truncate' });
    const response = await send('/v3/contacts/enrich', { ids: [] });
    expect(response.status).toBe(400);
    await expect(response.text()).rejects.toThrow(/terminated/);
    expect(await used()).toBe(0);
  });
});

describe('fault phases', () => {
  it('bills nothing and reveals nothing for faults that strike before the operation', async () => {
    const { sandbox, send, used, fault, revealed } = faulty();
    for (const spec of [
      { kind: 'status', status: 503 },
      { kind: 'malformed' },
      { kind: 'drop' },
      { kind: 'hang', hangMs: 5_000 },
    ]) {
      await fault({ ...spec, phase: 'before' });
      const request = new Request('https://api.lusha.com/v3/contacts/enrich', {
        method: 'POST',
        headers: { api_key: KEY },
        body: JSON.stringify(enrich),
        signal: AbortSignal.timeout(20),
      });
      await sandbox.handle(request).then(
        (r) => r.text(),
        () => undefined,
      );
    }
    expect(await used()).toBe(0);
    expect((await revealed()).contacts).toBe(0);
    // The status fault's default phase is 'before' too.
    await fault({ kind: 'status', status: 500 });
    expect((await send('/v3/contacts/enrich', enrich)).status).toBe(500);
    expect(await used()).toBe(0);
  });

  it("bills, then fails, for 'status', 'malformed', 'drop' and 'hang' after the operation", async () => {
    const { sandbox, send, used, fault, revealed } = faulty();
    const clean = await cleanEnrich();
    await fault({ kind: 'status', status: 503, phase: 'after' });
    expect((await send('/v3/contacts/enrich', enrich)).status).toBe(503);
    expect(await used()).toBe(clean.credits);
    expect((await revealed()).contacts).toBe(2);

    const searches = { contacts: [{ id: maya!.id }] };
    await fault({ kind: 'malformed', phase: 'after' });
    const malformed = await send('/v3/contacts/search', searches);
    await expect(malformed.json()).rejects.toBeInstanceOf(SyntaxError);
    expect(await used()).toBe(clean.credits + 1);

    await fault({ kind: 'drop', phase: 'after' });
    await expect(send('/v3/contacts/search', searches)).rejects.toBeInstanceOf(TypeError);
    expect(await used()).toBe(clean.credits + 2);

    await fault({ kind: 'hang', hangMs: 5_000, phase: 'after' });
    const hung = sandbox.handle(
      new Request('https://api.lusha.com/v3/contacts/search', {
        method: 'POST',
        headers: { api_key: KEY },
        body: JSON.stringify(searches),
        signal: AbortSignal.timeout(20),
      }),
    );
    await expect(hung).rejects.toMatchObject({ name: 'TimeoutError' });
    expect(await used()).toBe(clean.credits + 3);
  });

  it('refuses a phase for faults that need the answer, and 1xx statuses', async () => {
    const { call } = faulty();
    for (const spec of [
      { kind: 'status', status: 100 },
      { kind: 'replace', status: 199 },
      { kind: 'status', phase: 'during' },
      { kind: 'truncate', phase: 'before' },
      { kind: 'replace', phase: 'before' },
      { kind: 'drop', hangMs: 5 },
    ]) {
      expect((await call('POST', '/__sandbox/faults', spec, null)).status).toBe(400);
    }
    const queued = await call('POST', '/__sandbox/faults', { kind: 'drop', phase: 'after' }, null);
    expect(queued.body.queued).toEqual({ kind: 'drop', count: 1, phase: 'after' });
  });
});
