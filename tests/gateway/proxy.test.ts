/**
 * Lusha-compatible for reps: the extension's own Lusha client, given the gateway's URL and a
 * rep token as its key, works unchanged on every V3 path the extension uses; every answer
 * validates against Lusha's spec and keeps its billing and rate-limit headers; the team key
 * never appears in any answer or log line.
 */
import type { ErrorObject } from 'ajv';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLushaClient, type LushaClient, type OperationId } from '@/lib/lusha';
import { responseValidator, specAvailable } from '../support/spec';
import { callsTo, startStack, TEAM_KEY, type RepClient, type Stack } from './support';

let stack: Stack;
let rep: RepClient;
let client: LushaClient;
const raw: { path: string; status: number; headers: Headers; text: string }[] = [];

beforeAll(async () => {
  stack = await startStack();
  rep = await stack.newRep('Client', { dailyCredits: 500 });
  const recording: typeof fetch = async (input, init) => {
    const response = await fetch(input, init);
    const text = await response.text();
    raw.push({
      path: new URL(String(input)).pathname,
      status: response.status,
      headers: response.headers,
      text,
    });
    stack.transcript.push(`${response.status} ${JSON.stringify([...response.headers])} ${text}`);
    return new Response(text, { status: response.status, headers: response.headers });
  };
  client = createLushaClient({
    baseUrl: stack.gateway.url,
    getApiKey: async () => rep.token,
    fetch: recording,
  });
});
afterAll(() => stack?.close());

/**
 * The spec's own company examples list `competitors` etc. in `canReveal[].field`, which its
 * schema declares as `emails|phones` (../shared/lusha/README.md): not a gateway bug.
 */
function knownBreak(error: ErrorObject): boolean {
  return (
    error.keyword === 'enum' && /^\/results\/\d+\/canReveal\/\d+\/field$/.test(error.instancePath)
  );
}

/** The V3 operations the extension calls, with a call each (later ones use earlier data). */
function calls(): [OperationId, () => Promise<unknown>][] {
  const { contacts, companies } = stack.sandbox.sandbox.dataset;
  const contactIds = contacts.slice(0, 3).map((c) => c.id);
  const companyIds = companies.slice(0, 3).map((c) => c.id);
  const domains = companies.slice(0, 2).map((c) => c.domain);
  const page = { page: 0, size: 10 };
  const five = (list: { id: string }[]) => list.slice(0, 5).map((c) => c.id);
  return [
    ['searchContacts', () => client.searchContacts({ contacts: [{ id: contactIds[0] }] })],
    ['enrichContacts', () => client.enrichContacts({ ids: contactIds })],
    [
      'searchAndEnrichContacts',
      () =>
        client.searchAndEnrichContacts({ contacts: [{ id: contactIds[1] }], reveal: ['emails'] }),
    ],
    ['searchCompanies', () => client.searchCompanies({ companies: [{ domain: domains[0] }] })],
    ['enrichCompanies', () => client.enrichCompanies({ ids: companyIds, reveal: ['competitors'] })],
    [
      'searchAndEnrichCompanies',
      () => client.searchAndEnrichCompanies({ companies: [{ domain: domains[1] }] }),
    ],
    [
      'prospectingContacts',
      () =>
        client.prospectingContacts({
          pagination: page,
          filters: { contacts: { include: { departments: ['Sales'] } } },
        }),
    ],
    [
      'prospectingCompanies',
      () =>
        client.prospectingCompanies({
          pagination: page,
          filters: { companies: { include: { sizes: [{ min: 1 }] } } },
        }),
    ],
    ['getContactFilterTypes', () => client.getContactFilterTypes()],
    ['getContactFilterValues', () => client.getContactFilterValues('seniority')],
    ['getCompanyFilterTypes', () => client.getCompanyFilterTypes()],
    ['getCompanyFilterValues', () => client.getCompanyFilterValues('industriesLabels')],
    [
      'getContactSignals',
      () => client.getContactSignals({ ids: contactIds, signalTypes: ['allSignals'] }),
    ],
    [
      'getCompanySignals',
      () => client.getCompanySignals({ ids: companyIds, signalTypes: ['allSignals'] }),
    ],
    ['getContactSignalTypes', () => client.getContactSignalTypes()],
    ['getCompanySignalTypes', () => client.getCompanySignalTypes()],
    ['getCompanySignalFilters', () => client.getCompanySignalFilters()],
    ['getCompanySignalFilterValues', () => client.getCompanySignalFilterValues('newsEventTypes')],
    // Lookalikes take 5-100 seeds.
    [
      'getContactLookalikes',
      () => client.getContactLookalikes({ seeds: { ids: five(contacts) }, limit: 5 }),
    ],
    [
      'getCompanyLookalikes',
      () =>
        client.getCompanyLookalikes({
          seeds: { domains: companies.slice(0, 5).map((c) => c.domain) },
          limit: 5,
        }),
    ],
    [
      'getWebsiteVisits',
      () =>
        client.getWebsiteVisits({
          domains: ['prospectlens.example'],
          startDate: '2026-10-01',
          endDate: '2026-10-31',
          pagination: page,
        }),
    ],
    ['getAccountUsage', () => client.getAccountUsage()],
  ];
}

describe('the extension client against the gateway', () => {
  it('every V3 operation the extension uses answers in Lusha shape, with its headers', async () => {
    const validate = specAvailable();
    for (const [operationId, call] of calls()) {
      const before = raw.length;
      await expect(call(), operationId).resolves.toBeDefined();
      const answer = raw[before]!;
      expect(answer.status, operationId).toBe(200);
      expect(answer.headers.get('x-rate-limit-minute'), operationId).toMatch(/^\d+$/);
      expect(answer.headers.get('x-gateway-rep'), operationId).toBe(rep.id);
      if (validate) {
        const check = responseValidator(operationId, 200);
        const valid = check(JSON.parse(answer.text));
        const errors = (check.errors ?? []).filter((e) => !knownBreak(e));
        expect(valid || errors.length === 0, `${operationId}: ${JSON.stringify(errors)}`).toBe(
          true,
        );
      }
    }
  });

  it('the usage call answers with the rep own budget and spend', async () => {
    const { data } = await client.getAccountUsage();
    const gateway = (
      data as { gateway: { spentToday: number; budgets: { daily: { limit: number } } } }
    ).gateway;
    expect(data.credits).toEqual({
      total: 500,
      used: gateway.spentToday,
      remaining: 500 - gateway.spentToday,
    });
    expect(gateway.budgets.daily.limit).toBe(500);
    expect(data.pricing?.revealEmail).toEqual({ credits: 1, perQuantity: 1 });
  });

  it('what search-and-enrich revealed is in the team store', async () => {
    const id = stack.sandbox.sandbox.dataset.contacts[1]!.id;
    const enrichCalls = callsTo(stack, '/v3/contacts/enrich').length;
    const { data, billing } = await client.enrichContacts({ ids: [id], reveal: ['emails'] });
    expect(billing?.creditsCharged).toBe(0);
    expect(data.results?.[0]?.id).toBe(id);
    expect(callsTo(stack, '/v3/contacts/enrich').length).toBe(enrichCalls);
  });

  it("passes Lusha's own 400 on for a request it cannot read", async () => {
    const response = await rep.post('/v3/contacts/search', { contacts: [] });
    expect(response.status).toBe(400);
    expect(((await response.json()) as { statusCode: number }).statusCode).toBe(400);
  });

  it('serves nothing beyond what the extension uses (404, Lusha not called)', async () => {
    const before = stack.seen.length;
    for (const [method, route] of [
      ['POST', '/v3/contacts/buying-group'],
      ['GET', '/v3/contacts/tables/list'],
      ['POST', '/api/subscriptions'],
    ]) {
      const response = await rep.call(method!, route!, method === 'POST' ? {} : undefined);
      expect(response.status, route).toBe(404);
    }
    expect((await rep.call('DELETE', '/v3/contacts/search')).status).toBe(405);
    expect(stack.seen.length).toBe(before);
  });

  it('never shows the team key: not in any answer, header or log line of this file', () => {
    expect(stack.transcript.length).toBeGreaterThan(25);
    expect(stack.transcript.filter((line) => line.includes(TEAM_KEY))).toEqual([]);
  });
});

describe('a team key Lusha refuses', () => {
  const WRONG = 'team-key-that-must-not-leak-42';
  let wrong: Stack;
  beforeAll(async () => {
    wrong = await startStack({ lushaKey: WRONG });
  });
  afterAll(() => wrong?.close());

  it("is reported to reps as the team admin's problem (502, not 401), and never shown", async () => {
    const someone = await wrong.newRep('Nia');
    const search = await someone.post('/v3/contacts/search', {
      contacts: [{ email: 'a@b.example' }],
    });
    expect(search.status).toBe(502);
    expect(((await search.json()) as { message: string }).message).toMatch(/team gateway's key/);
    expect((await someone.post('/v3/contacts/enrich', { ids: ['1'] })).status).toBe(502);
    expect((await someone.call('GET', '/v3/account/usage')).status).toBe(502);
    expect((await wrong.admin('GET', '/admin/team')).status).toBe(200);
    expect(wrong.transcript.length).toBeGreaterThan(4);
    expect(wrong.transcript.filter((line) => line.includes(WRONG))).toEqual([]);
  });
});
