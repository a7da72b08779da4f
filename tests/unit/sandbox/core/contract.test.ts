/**
 * The enrichment and account operations answer what the spec's own schemas describe: happy
 * paths, the spec's request examples, and every declared error status.
 */
import { describe, expect, it } from 'vitest';
import { SANDBOX_KEYS, SHOWCASE } from '@/lib/sandbox';
import { specAvailable, specOperation } from '../../../support/spec';
import { expectSpec, fixture, type Reply } from './support';

const maya = SHOWCASE.contacts[0]!;
const theo = SHOWCASE.contacts[1]!;
const quill = SHOWCASE.companies[0]!;

const OPERATIONS = {
  searchContacts: {
    path: '/v3/contacts/search',
    body: { contacts: [{ clientReferenceId: 'r1', linkedinUrl: maya.linkedinUrl }, { id: '1' }] },
  },
  enrichContacts: { path: '/v3/contacts/enrich', body: { ids: [maya.id, '1'] } },
  searchAndEnrichContacts: {
    path: '/v3/contacts/search-and-enrich',
    body: { contacts: [{ email: theo.email }], reveal: ['emails'] },
  },
  searchCompanies: {
    path: '/v3/companies/search',
    body: { companies: [{ domain: quill.domain }, { name: 'No Such Company Ltd' }] },
  },
  enrichCompanies: {
    path: '/v3/companies/enrich',
    body: { ids: [quill.id], reveal: ['employeesByDepartment', 'competitors', 'intent'] },
  },
  searchAndEnrichCompanies: {
    path: '/v3/companies/search-and-enrich',
    body: { companies: [{ clientReferenceId: 'c1', name: quill.name }] },
  },
} as const;

/**
 * The spec declares company `canReveal[].field` as `emails|phones`, yet its own company examples
 * reveal `employeesByDepartment`, `competitors`, ...: check those entries apart, then validate
 * the rest of the body against the schema.
 */
function withoutCompanyCanReveal(reply: Reply): Reply {
  const results = (
    reply.body.results as { canReveal?: { field: string; credits: number }[] }[]
  ).map((r) => {
    for (const item of r.canReveal ?? []) {
      expect(typeof item.field).toBe('string');
      expect(Number.isInteger(item.credits)).toBe(true);
    }
    return { ...r, canReveal: r.canReveal?.filter((c) => ['emails', 'phones'].includes(c.field)) };
  });
  return { ...reply, body: { ...reply.body, results } };
}

describe.runIf(specAvailable())('sandbox core contract', () => {
  describe.each(Object.entries(OPERATIONS))('%s', (operationId, { path, body }) => {
    it('answers a happy call with the spec schema (200), billing included', async () => {
      const { call } = fixture();
      const reply = await call('POST', path, body);
      const checked = operationId === 'searchCompanies' ? withoutCompanyCanReveal(reply) : reply;
      expectSpec(operationId, checked, 200);
      const billing = reply.body.billing as { creditsCharged: number; resultsReturned: number };
      expect(billing.creditsCharged).toBeGreaterThan(0);
      expect(billing.resultsReturned).toBeGreaterThan(0);
    });

    it('accepts the spec request examples', async () => {
      const { call } = fixture();
      for (const example of specOperation(operationId).requestExamples) {
        const reply = await call('POST', path, example.value);
        const checked = operationId === 'searchCompanies' ? withoutCompanyCanReveal(reply) : reply;
        expectSpec(operationId, checked, 200);
      }
    });

    it('answers 400, 401, 402, 403 and 429 in the spec error shape', async () => {
      const { call } = fixture();
      const key = Object.keys(body)[0] as string;
      const tooMany = {
        [key]: Array.from({ length: 101 }, () => (key === 'ids' ? '1' : { id: '1' })),
      };
      const bad = await call('POST', path, tooMany);
      expectSpec(operationId, bad, 400);
      expect(bad.body.errors).toEqual(expect.arrayContaining([expect.stringContaining(key)]));
      expectSpec(operationId, await call('POST', path, body, 'not-a-key'), 401);
      expectSpec(operationId, await call('POST', path, body, SANDBOX_KEYS.noCredits), 402);
      const inactive = await call('POST', path, body, SANDBOX_KEYS.inactive);
      expectSpec(operationId, inactive, 403);
      expect(inactive.body.message).toMatch(/account is not active/);
      const throttled = [];
      for (let i = 0; i < 4; i++)
        throttled.push(await call('POST', path, body, SANDBOX_KEYS.throttled));
      expect(throttled.slice(0, 3).map((r) => r.status)).toEqual([200, 200, 200]);
      expectSpec(operationId, throttled[3]!, 429);
    });
  });

  describe('getAccountUsage', () => {
    it('reports credits, rate limits, plan and pricing in the spec schema', async () => {
      const { call } = fixture();
      const reply = await call('GET', '/v3/account/usage');
      expectSpec('getAccountUsage', reply, 200);
      expect(reply.body.credits).toEqual({ total: 10_000, used: 0, remaining: 10_000 });
      expect(Object.keys(reply.body.pricing as object)).toEqual(
        expect.arrayContaining(['api_search', 'revealEmail', 'revealPhone', 'reveal_company']),
      );
    });

    it('is free for accounts without credits, 401/403 otherwise, 429 after 5 a minute', async () => {
      const { call } = fixture();
      expectSpec(
        'getAccountUsage',
        await call('GET', '/v3/account/usage', undefined, SANDBOX_KEYS.noCredits),
        200,
      );
      expectSpec('getAccountUsage', await call('GET', '/v3/account/usage', undefined, 'nope'), 401);
      expectSpec(
        'getAccountUsage',
        await call('GET', '/v3/account/usage', undefined, SANDBOX_KEYS.inactive),
        403,
      );
      for (let i = 0; i < 5; i++) expect((await call('GET', '/v3/account/usage')).status).toBe(200);
      expectSpec('getAccountUsage', await call('GET', '/v3/account/usage'), 429);
    });
  });

  it('answers 404 for unknown paths and 400 for bad JSON', async () => {
    const { call } = fixture();
    const missing = await call('GET', '/v3/nothing-here');
    expect(missing.status).toBe(404);
    expect(missing.body).toMatchObject({ statusCode: 404, message: expect.any(String) });
    const badJson = await call('POST', '/v3/contacts/search', '{"contacts": [');
    expect(badJson.status).toBe(400);
    expect(badJson.body).toMatchObject({ statusCode: 400 });
  });

  it('refuses items without an identifier and bad enums with 400', async () => {
    const { call } = fixture();
    const noId = await call('POST', '/v3/contacts/search', { contacts: [{ firstName: 'Maya' }] });
    expectSpec('searchContacts', noId, 400);
    const badReveal = await call('POST', '/v3/contacts/enrich', {
      ids: [maya.id],
      reveal: ['fax'],
    });
    expectSpec('enrichContacts', badReveal, 400);
    const badCompanyReveal = await call('POST', '/v3/companies/enrich', {
      ids: [quill.id],
      reveal: ['x'],
    });
    expectSpec('enrichCompanies', badCompanyReveal, 400);
    const badSignal = await call('POST', '/v3/contacts/search', {
      contacts: [{ id: maya.id }],
      signals: { types: ['headcountIncrease3m'] },
    });
    expectSpec('searchContacts', badSignal, 400);
    expect((await call('POST', '/v3/contacts/enrich', { ids: [] })).status).toBe(400);
  });

  it('refuses signal start dates that do not exist and maxResultsPerSignal outside 1-100', async () => {
    const { call } = fixture();
    const search = (signals: object) =>
      call('POST', '/v3/companies/search', { companies: [{ id: quill.id }], signals });
    const types = ['allSignals'];
    for (const startDate of ['2026-02-30', '2026-13-01', '2026-6-1']) {
      expectSpec('searchCompanies', await search({ types, startDate }), 400);
    }
    for (const maxResultsPerSignal of [0, 101, 1.5]) {
      expectSpec('searchCompanies', await search({ types, maxResultsPerSignal }), 400);
    }
    const fine = await search({ types, startDate: '2024-02-29', maxResultsPerSignal: 100 });
    expect(fine.status).toBe(200);
  });
});
