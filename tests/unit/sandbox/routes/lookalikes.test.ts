import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  componentValidator,
  describeErrors,
  specAvailable,
  specOperation,
} from '../../../support/spec';
import { creditsUsed, expectSpec, sandboxFixture } from './helpers';

const DAY = 86_400_000;
type Preview = {
  id: string;
  jobTitle?: { seniority?: string };
  industry?: string;
  domain?: string;
};

describe.runIf(specAvailable())('sandbox lookalikes', () => {
  // One sandbox for the file: every test opens its own sessions; the clock moves past the
  // rate-limit windows before each test.
  let fx: ReturnType<typeof sandboxFixture>;
  beforeAll(() => {
    fx = sandboxFixture();
  });
  beforeEach(() => fx.tick());

  async function seedContacts(count: number, include?: object) {
    const reply = await fx.call('POST', '/v3/contacts/prospecting', {
      pagination: { page: 0, size: 10 },
      filters: include ? { contacts: { include } } : {},
    });
    return (reply.body.results as Preview[]).slice(0, count);
  }

  async function seedCompanies(count: number, include: object = {}) {
    const reply = await fx.call('POST', '/v3/companies/prospecting', {
      pagination: { page: 0, size: 10 },
      filters: { companies: { include } },
    });
    return (reply.body.results as Preview[]).slice(0, count);
  }

  it('refuses the spec examples, which carry fewer than the 5 seeds its descriptions require', async () => {
    for (const op of ['getContactLookalikes', 'getCompanyLookalikes']) {
      const path =
        op === 'getContactLookalikes' ? '/v3/contacts/lookalike' : '/v3/companies/lookalike';
      for (const example of specOperation(op).requestExamples) {
        const reply = await fx.call('POST', path, example.value);
        expectSpec(op, reply, 400);
        expect(reply.body.errors, example.name).toEqual([expect.stringMatching(/5-100/)]);
      }
    }
  });

  it('accepts the spec examples once they carry 5 seeds, and reuses the session they open', async () => {
    const extra = (await seedContacts(5)).map((s) => s.id);
    const domains = (await seedCompanies(5)).map((c) => c.domain!);
    for (const op of ['getContactLookalikes', 'getCompanyLookalikes']) {
      const contacts = op === 'getContactLookalikes';
      const path = contacts ? '/v3/contacts/lookalike' : '/v3/companies/lookalike';
      const pad = (value: unknown) => {
        const body = structuredClone(value) as { seeds: Record<string, string[]> };
        if (contacts) body.seeds.ids = [...(body.seeds.ids ?? []), ...extra];
        else body.seeds.domains = [...(body.seeds.domains ?? []), ...domains];
        return body;
      };
      const [first, second] = specOperation(op).requestExamples;
      const reply = await fx.call('POST', path, pad(first!.value));
      expectSpec(op, reply, 200);
      // The second example carries a session id that this sandbox never issued.
      expectSpec(op, await fx.call('POST', path, pad(second!.value)), 410);
      const reuse = { ...pad(second!.value), dedupeSessionId: reply.body.dedupeSessionId };
      expectSpec(op, await fx.call('POST', path, reuse), 200);
    }
  });

  it('takes 5 to 100 distinct seeds, over all identifier kinds together', async () => {
    const people = await seedContacts(10);
    const ids = people.map((p) => p.id);
    const contactsWith = async (seeds: object) => {
      const reply = await fx.call('POST', '/v3/contacts/lookalike', { seeds, limit: 1 });
      expect([200, 400]).toContain(reply.status);
      if (reply.status === 400) expectSpec('getContactLookalikes', reply, 400);
      return reply.status;
    };
    expect(await contactsWith({ ids: ids.slice(0, 4) })).toBe(400);
    expect(await contactsWith({ ids: ids.slice(0, 5) })).toBe(200);
    // Kinds add up: 3 ids and 2 LinkedIn URLs are 5 seeds.
    expect(
      await contactsWith({
        ids: ids.slice(0, 3),
        linkedinUrls: ['https://linkedin.com/in/a', 'https://linkedin.com/in/b'],
      }),
    ).toBe(200);
    // The same seed twice is one seed, also as a legacy numeric contactId.
    expect(await contactsWith({ ids: [...ids.slice(0, 4), ids[0]!] })).toBe(400);
    expect(await contactsWith({ ids: ids.slice(0, 4), contactIds: [Number(ids[0])] })).toBe(400);
    const hundred = Array.from({ length: 100 }, (_, i) => `seed${i}@example.com`);
    expect(await contactsWith({ emails: hundred })).toBe(200);
    expect(await contactsWith({ emails: hundred.slice(0, 95), ids: ids.slice(0, 6) })).toBe(400);

    const domains = Array.from({ length: 101 }, (_, i) => `seed${i}.example`);
    const companiesWith = async (seeds: object) =>
      (await fx.call('POST', '/v3/companies/lookalike', { seeds, limit: 1 })).status;
    expect(await companiesWith({ domains: domains.slice(0, 4) })).toBe(400);
    expect(await companiesWith({ domains: domains.slice(0, 5) })).toBe(200);
    expect(
      await companiesWith({
        domains: domains.slice(0, 4),
        linkedinUrls: ['https://linkedin.com/company/x'],
      }),
    ).toBe(200);
    expect(await companiesWith({ domains: domains.slice(0, 100) })).toBe(200);
    expect(
      await companiesWith({ domains: domains.slice(0, 60), linkedinUrls: domains.slice(60) }),
    ).toBe(400);
    const refused = await fx.call('POST', '/v3/companies/lookalike', {
      seeds: { domains: domains.slice(0, 4) },
    });
    expectSpec('getCompanyLookalikes', refused, 400);
    expect(refused.body.errors).toEqual([
      'seeds must contain 5-100 distinct seed companies (got 4)',
    ]);
  });

  it('requires a company name or domain with a name seed', async () => {
    const people = (await seedContacts(5)).map((p) => p.id);
    const named = (company: object) => ({
      seeds: { ids: people, contacts: [{ firstName: 'Ada', lastName: 'Lovelace', ...company }] },
      limit: 1,
    });
    const without = await fx.call('POST', '/v3/contacts/lookalike', named({}));
    expectSpec('getContactLookalikes', without, 400);
    expect(without.body.errors).toEqual([expect.stringMatching(/companyDomain or companyName/)]);
    for (const company of [{ companyName: 'Acme' }, { companyDomain: 'acme.example' }]) {
      expectSpec(
        'getContactLookalikes',
        await fx.call('POST', '/v3/contacts/lookalike', named(company)),
        200,
      );
    }
  });

  it('never repeats a contact within a session, bills per result and expires after 30 idle days', async () => {
    const seeds = await seedContacts(5);
    const seedIds = seeds.map((s) => s.id);
    const before = await creditsUsed(fx.call);
    const first = await fx.call('POST', '/v3/contacts/lookalike', {
      seeds: { ids: seedIds },
      limit: 10,
    });
    expectSpec('getContactLookalikes', first, 200);
    const sessionId = first.body.dedupeSessionId as string;
    expect(sessionId).toMatch(/^[0-9a-f-]{36}$/);
    const firstIds = (first.body.results as Preview[]).map((r) => r.id);
    expect(firstIds).toHaveLength(10);
    for (const id of firstIds) expect(seedIds).not.toContain(id);
    expect(first.body.meta).toEqual({ returned: 10, hasMore: true });
    const charged = (first.body.billing as { creditsCharged: number }).creditsCharged;
    expect(charged).toBeGreaterThanOrEqual(10);
    expect(await creditsUsed(fx.call)).toBe(before + charged);

    fx.clock.time += 29 * DAY;
    const second = await fx.call('POST', '/v3/contacts/lookalike', {
      dedupeSessionId: sessionId,
      seeds: { ids: seedIds },
      limit: 10,
    });
    expectSpec('getContactLookalikes', second, 200);
    const secondIds = (second.body.results as Preview[]).map((r) => r.id);
    expect(secondIds.filter((id) => firstIds.includes(id))).toEqual([]);

    const fresh = await fx.call('POST', '/v3/contacts/lookalike', {
      seeds: { ids: seedIds },
      limit: 10,
    });
    expect((fresh.body.results as Preview[]).map((r) => r.id)).toEqual(firstIds);

    fx.clock.time += 30 * DAY + 1;
    const expired = await fx.call('POST', '/v3/contacts/lookalike', {
      dedupeSessionId: sessionId,
      seeds: { ids: seedIds },
    });
    expectSpec('getContactLookalikes', expired, 410);
    expect(expired.body.code).toBe('DEDUPE_SESSION_INVALID');
  });

  it('bills at least one credit per request, even once the session has nothing new', async () => {
    const seeds = { ids: (await seedContacts(5)).map((s) => s.id) };
    const everyone = await fx.call('POST', '/v3/contacts/prospecting', {
      pagination: { page: 0, size: 10 },
      filters: {},
    });
    const total = (everyone.body.pagination as { total: number }).total;
    let dedupeSessionId: string | undefined;
    let last: Awaited<ReturnType<typeof fx.call>> | undefined;
    // Page through the whole session: 100 a call, until Lusha has nothing new.
    for (let i = 0; i <= Math.ceil(total / 100); i++) {
      fx.tick();
      last = await fx.call('POST', '/v3/contacts/lookalike', {
        seeds,
        limit: 100,
        ...(dedupeSessionId ? { dedupeSessionId } : {}),
      });
      dedupeSessionId = last.body.dedupeSessionId as string;
      if ((last.body.results as unknown[]).length === 0) break;
    }
    expect(last!.body.results).toEqual([]);
    expect(last!.body.billing).toEqual({ creditsCharged: 1, resultsReturned: 0 });
  });

  it('ranks contacts alike in seniority first', async () => {
    const seeds = await seedContacts(5, { seniorityIds: [4] });
    const seniority = seeds[0]!.jobTitle?.seniority;
    for (const s of seeds) expect(s.jobTitle?.seniority).toBe(seniority);
    const reply = await fx.call('POST', '/v3/contacts/lookalike', {
      seeds: { ids: seeds.map((s) => s.id) },
      limit: 5,
    });
    expect(reply.body.results).toHaveLength(5);
    for (const r of reply.body.results as Preview[]) expect(r.jobTitle?.seniority).toBe(seniority);
  });

  it('finds companies in the seeds industry and honours exclusions', async () => {
    const domains = (await seedCompanies(5)).map((s) => s.domain!);
    const first = await fx.call('POST', '/v3/companies/lookalike', {
      seeds: { domains },
      limit: 5,
    });
    expectSpec('getCompanyLookalikes', first, 200);
    const results = first.body.results as Preview[];
    expect(results).toHaveLength(5);
    const excluded = await fx.call('POST', '/v3/companies/lookalike', {
      seeds: { domains },
      exclude: { domains: [results[0]!.domain!] },
      limit: 5,
    });
    expect((excluded.body.results as Preview[]).map((r) => r.id)).not.toContain(results[0]!.id);

    const dedupeSessionId = first.body.dedupeSessionId;
    const more = await fx.call('POST', '/v3/companies/lookalike', {
      dedupeSessionId,
      seeds: { domains },
      limit: 5,
    });
    const moreIds = (more.body.results as Preview[]).map((r) => r.id);
    expect(moreIds.filter((id) => results.some((r) => r.id === id))).toEqual([]);
    fx.clock.time += 31 * DAY;
    const gone = await fx.call('POST', '/v3/companies/lookalike', {
      dedupeSessionId,
      seeds: { domains },
    });
    expectSpec('getCompanyLookalikes', gone, 410);
    expect(gone.body.errors).toEqual(['DEDUPE_SESSION_INVALID']);
  });

  it('ranks companies in the seed industry first', async () => {
    const [first] = await seedCompanies(1);
    const seeds = await seedCompanies(5, { industriesLabels: [first!.industry!] });
    expect(seeds).toHaveLength(5);
    const reply = await fx.call('POST', '/v3/companies/lookalike', {
      seeds: { domains: seeds.map((s) => s.domain!) },
      limit: 10,
    });
    expectSpec('getCompanyLookalikes', reply, 200);
    for (const r of reply.body.results as Preview[]) expect(r.industry).toBe(first!.industry);
  });

  it('answers 402 to an account without credits', async () => {
    const seeds = await seedContacts(5);
    const body = { seeds: { ids: seeds.map((s) => s.id) }, limit: 5 };
    const broke = await fx.call('POST', '/v3/contacts/lookalike', body, 'sandbox-no-credits');
    // The spec declares this 402 without a body schema: check Lusha's common error shape.
    expect(broke.status).toBe(402);
    const validate = componentValidator('ErrorResponse');
    expect(validate(broke.body), describeErrors(validate)).toBe(true);
    const prospect = await fx.call(
      'POST',
      '/v3/contacts/prospecting',
      { pagination: { page: 0, size: 10 }, filters: {} },
      'sandbox-no-credits',
    );
    expectSpec('prospectingContacts', prospect, 402);
  });

  it('refuses malformed requests with 400', async () => {
    const ids = ['1', '2', '3', '4', '5'];
    const bad = [
      { seeds: {} },
      { seeds: null },
      { seeds: { ids }, limit: 101 },
      { seeds: { ids }, dedupeSessionId: 'not-a-uuid' },
      { seeds: { ids, phones: ['1'] } },
      { seeds: { ids: Array.from({ length: 101 }, String) } },
    ];
    for (const body of bad) {
      const reply = await fx.call('POST', '/v3/contacts/lookalike', body);
      expectSpec('getContactLookalikes', reply, 400);
      expect((reply.body.errors as string[]).length, JSON.stringify(body)).toBeGreaterThan(0);
    }
    expectSpec(
      'getCompanyLookalikes',
      await fx.call('POST', '/v3/companies/lookalike', { seeds: {} }),
      400,
    );
  });
});
