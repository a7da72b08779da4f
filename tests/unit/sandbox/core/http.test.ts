/**
 * The sandbox over real HTTP on 127.0.0.1 (port 0): the search-then-enrich scenario as Lusha
 * would answer it, and faults a network shows (dropped connections, cut bodies, hangs).
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createSandbox, SHOWCASE } from '@/lib/sandbox';
import { startSandboxServer, type SandboxServer } from '@/lib/sandbox/node';
import { specAvailable } from '../../../support/spec';
import { expectSpec, KEY } from './support';

let server: SandboxServer;

beforeAll(async () => {
  server = await startSandboxServer({ sandbox: createSandbox({ clock: 'manual' }) });
});
afterAll(async () => {
  await server.close();
});
beforeEach(async () => {
  await fetch(`${server.url}/__sandbox/reset`, { method: 'POST' });
});

async function post(path: string, body: unknown, init: RequestInit = {}) {
  return fetch(`${server.url}${path}`, {
    method: 'POST',
    headers: { api_key: KEY, 'content-type': 'application/json' },
    body: JSON.stringify(body),
    ...init,
  });
}

const [maya, theo] = SHOWCASE.contacts;

describe('sandbox over HTTP', () => {
  it('listens on loopback with a free port', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(server.port).toBeGreaterThan(0);
  });

  it('searches by LinkedIn URL, then enriches two returned ids with emails and phones', async () => {
    const search = await post('/v3/contacts/search', {
      contacts: [
        { clientReferenceId: 'tab-1', linkedinUrl: 'https://uk.linkedin.com/in/Maya-Lindqvist/' },
        { clientReferenceId: 'tab-2', linkedinUrl: 'linkedin.com/in/theo-marchetti-qf' },
      ],
    });
    expect(search.status).toBe(200);
    expect(search.headers.get('x-minute-usage')).toBe('1');
    const found = (await search.json()) as {
      results: { clientReferenceId: string; id: string; canReveal: unknown[] }[];
      billing: { creditsCharged: number; resultsReturned: number };
    };
    expect(found.results.map((r) => [r.clientReferenceId, r.id])).toEqual([
      ['tab-1', maya!.id],
      ['tab-2', theo!.id],
    ]);
    expect(found.billing).toEqual({ creditsCharged: 1, resultsReturned: 2 });
    expect(found.results[0]!.canReveal).toEqual([
      { field: 'emails', credits: 1 },
      { field: 'phones', credits: 5 },
    ]);

    const enrich = await post('/v3/contacts/enrich', {
      ids: found.results.map((r) => r.id),
      reveal: ['emails', 'phones'],
    });
    const body = (await enrich.json()) as Record<string, unknown> & {
      results: {
        id: string;
        emails: { email: string; type: string }[];
        phones: { number: string }[];
      }[];
      billing: { creditsCharged: number };
    };
    if (specAvailable())
      expectSpec('enrichContacts', { status: enrich.status, body, headers: enrich.headers }, 200);
    expect(body.results.map((r) => r.emails[0]?.email)).toEqual([maya!.email, theo!.email]);
    expect(body.results[0]!.emails[0]!.type).toBe('work');
    expect(body.results[0]!.phones).toHaveLength(2);
    expect(body.results[1]!.phones).toHaveLength(1);
    // Two email fields at 1 credit each and two phone fields at 5 credits each.
    expect(body.billing).toEqual({ creditsCharged: 12, resultsReturned: 2 });

    const usage = await fetch(`${server.url}/v3/account/usage`, { headers: { api_key: KEY } });
    const credits = ((await usage.json()) as { credits: unknown }).credits;
    expect(credits).toEqual({ total: 10_000, used: 13, remaining: 9_987 });
  });

  it('answers 400 to a body that is not JSON', async () => {
    const reply = await fetch(`${server.url}/v3/contacts/search`, {
      method: 'POST',
      headers: { api_key: KEY },
      body: '{oops',
    });
    expect(reply.status).toBe(400);
    expect(await reply.json()).toMatchObject({ statusCode: 400 });
  });

  it("closes the connection without an answer on 'drop'", async () => {
    await post('/__sandbox/faults', { kind: 'drop' });
    await expect(
      post('/v3/contacts/search', { contacts: [{ id: maya!.id }] }),
    ).rejects.toBeInstanceOf(TypeError);
    expect((await post('/v3/contacts/search', { contacts: [{ id: maya!.id }] })).status).toBe(200);
  });

  it("sends part of the body, then cuts it, on 'truncate'", async () => {
    await post('/__sandbox/faults', { kind: 'truncate' });
    const reply = await post('/v3/contacts/search', { contacts: [{ id: maya!.id }] });
    expect(reply.status).toBe(200);
    await expect(reply.json()).rejects.toThrow();
  });

  it("bills before losing the answer on 'truncate' and on 'drop' after the operation", async () => {
    const enrich = { ids: [maya!.id] };
    await post('/__sandbox/faults', { kind: 'truncate', path: '/v3/contacts/enrich' });
    const cut = await post('/v3/contacts/enrich', enrich);
    await expect(cut.json()).rejects.toThrow();
    await post('/__sandbox/faults', { kind: 'drop', phase: 'after' });
    await expect(
      post('/v3/contacts/search', { contacts: [{ id: theo!.id }] }),
    ).rejects.toBeInstanceOf(TypeError);
    const calls = (await (await fetch(`${server.url}/__sandbox/calls?key=${KEY}`)).json()) as {
      total: { creditsCharged: number };
      operations: Record<string, { faults: Record<string, number>; creditsCharged: number }>;
    };
    expect(calls.operations.enrichContacts).toMatchObject({
      creditsCharged: 6,
      faults: { truncate: 1 },
    });
    expect(calls.operations.searchContacts).toMatchObject({
      creditsCharged: 1,
      faults: { drop: 1 },
    });
    const state = (await (await fetch(`${server.url}/__sandbox/state?key=${KEY}`)).json()) as {
      credits: { used: number };
    };
    expect(state.credits.used).toBe(7);
    // The reveal survived the cut: enriching again is free.
    const again = (await (await post('/v3/contacts/enrich', enrich)).json()) as {
      billing: { creditsCharged: number };
    };
    expect(again.billing.creditsCharged).toBe(0);
  });

  it("sends a non-JSON 200 on 'malformed' and an injected status on 'status'", async () => {
    await post('/__sandbox/faults', { kind: 'malformed', path: '/v3/contacts' });
    const malformed = await post('/v3/contacts/search', { contacts: [{ id: maya!.id }] });
    expect(malformed.status).toBe(200);
    await expect(malformed.json()).rejects.toBeInstanceOf(SyntaxError);
    await post('/__sandbox/faults', { kind: 'status', status: 429 });
    const limited = await post('/v3/contacts/search', { contacts: [{ id: maya!.id }] });
    expect(limited.status).toBe(429);
    expect(limited.headers.get('x-rate-limit-minute')).not.toBeNull();
  });

  it("holds the answer on 'hang' until the client gives up, and keeps serving", async () => {
    await post('/__sandbox/faults', { kind: 'hang', hangMs: 30_000 });
    const started = performance.now();
    await expect(
      post(
        '/v3/contacts/search',
        { contacts: [{ id: maya!.id }] },
        { signal: AbortSignal.timeout(150) },
      ),
    ).rejects.toMatchObject({ name: 'TimeoutError' });
    expect(performance.now() - started).toBeLessThan(5_000);
    expect((await post('/v3/contacts/search', { contacts: [{ id: maya!.id }] })).status).toBe(200);
  });
});
