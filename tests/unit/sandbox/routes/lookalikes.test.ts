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

  async function seedContacts(count: number) {
    const reply = await fx.call('POST', '/v3/contacts/prospecting', {
      pagination: { page: 0, size: 10 },
      filters: {},
    });
    return (reply.body.results as Preview[]).slice(0, count);
  }

  it('accepts the spec examples', async () => {
    for (const op of ['getContactLookalikes', 'getCompanyLookalikes']) {
      const path =
        op === 'getContactLookalikes' ? '/v3/contacts/lookalike' : '/v3/companies/lookalike';
      const [first, second] = specOperation(op).requestExamples;
      const reply = await fx.call('POST', path, first!.value);
      expectSpec(op, reply, 200);
      // The second example carries a session id that this sandbox never issued.
      expectSpec(op, await fx.call('POST', path, second!.value), 410);
      const reuse = { ...(second!.value as object), dedupeSessionId: reply.body.dedupeSessionId };
      expectSpec(op, await fx.call('POST', path, reuse), 200);
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

  it('ranks contacts alike in seniority first', async () => {
    const seeds = await seedContacts(5);
    const reply = await fx.call('POST', '/v3/contacts/lookalike', {
      seeds: { ids: [seeds[0]!.id] },
      limit: 5,
    });
    for (const r of reply.body.results as Preview[]) {
      expect(r.jobTitle?.seniority).toBe(seeds[0]!.jobTitle?.seniority);
    }
  });

  it('finds companies in the seeds industry and honours exclusions', async () => {
    const page = await fx.call('POST', '/v3/companies/prospecting', {
      pagination: { page: 0, size: 10 },
      filters: { companies: {} },
    });
    const seeds = page.body.results as Preview[];
    const domains = seeds.slice(0, 5).map((s) => s.domain!);
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
    const page = await fx.call('POST', '/v3/companies/prospecting', {
      pagination: { page: 0, size: 10 },
      filters: { companies: {} },
    });
    const seed = (page.body.results as Preview[])[3]!;
    const reply = await fx.call('POST', '/v3/companies/lookalike', {
      seeds: { domains: [seed.domain!] },
      limit: 10,
    });
    expectSpec('getCompanyLookalikes', reply, 200);
    for (const r of reply.body.results as Preview[]) expect(r.industry).toBe(seed.industry);
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
    const bad = [
      { seeds: {} },
      { seeds: null },
      { seeds: { ids: ['1'] }, limit: 101 },
      { seeds: { ids: ['1'] }, dedupeSessionId: 'not-a-uuid' },
      { seeds: { ids: ['1'], phones: ['1'] } },
      {
        seeds: {
          ids: Array.from({ length: 60 }, String),
          emails: Array.from({ length: 41 }, (_, i) => `a${i}@x.io`),
        },
      },
    ];
    for (const body of bad)
      expectSpec(
        'getContactLookalikes',
        await fx.call('POST', '/v3/contacts/lookalike', body),
        400,
      );
    expectSpec(
      'getCompanyLookalikes',
      await fx.call('POST', '/v3/companies/lookalike', { seeds: {} }),
      400,
    );
  });
});
