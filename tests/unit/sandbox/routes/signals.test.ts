import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { specAvailable, specOperation } from '../../../support/spec';
import { creditsUsed, expectSpec, sandboxFixture, START, unitPrice } from './helpers';

type Events = { signalDate: string }[];
type SignalResult = { id: string } & Record<string, unknown>;

const SIX_MONTHS_AGO = '2025-12-15';

describe.runIf(specAvailable())('sandbox signals', () => {
  // One sandbox per file (these operations keep no state a later test could trip over); the
  // clock moves past the rate-limit windows before each test.
  let fx: ReturnType<typeof sandboxFixture>;
  beforeAll(() => {
    fx = sandboxFixture();
  });
  beforeEach(() => fx.tick());

  async function idsWithSignals(kind: 'contacts' | 'companies', startDate: string) {
    const filters =
      kind === 'contacts'
        ? { contacts: { include: { signals: { types: ['allSignals'], startDate } } } }
        : { companies: { include: { signals: { types: ['allSignals'], startDate } } } };
    const reply = await fx.call('POST', `/v3/${kind}/prospecting`, {
      pagination: { page: 0, size: 20 },
      filters,
    });
    return (reply.body.results as { id: string }[]).map((r) => r.id);
  }

  const events = (r: SignalResult, type: string) => (r[type] as Events | undefined) ?? [];

  it('returns contact signals since the default six months, capped per signal, billed per match', async () => {
    const ids = await idsWithSignals('contacts', '2020-01-01');
    expect(ids.length).toBeGreaterThan(0);
    const before = await creditsUsed(fx.call);
    const reply = await fx.call('POST', '/v3/contacts/signals', {
      ids,
      signalTypes: ['allSignals'],
    });
    expectSpec('getContactSignals', reply, 200);
    expect(reply.body.startDate).toBe(SIX_MONTHS_AGO);
    expect(reply.body.endDate).toBe(new Date(START).toISOString().slice(0, 10));
    const results = reply.body.results as SignalResult[];
    let matched = 0;
    for (const r of results) {
      for (const type of ['promotion', 'companyChange']) {
        for (const e of events(r, type)) expect(e.signalDate >= SIX_MONTHS_AGO).toBe(true);
        if (events(r, type).length) matched++;
      }
    }
    const billing = reply.body.billing as { creditsCharged: number; resultsReturned: number };
    expect(matched).toBeGreaterThan(0);
    expect(billing.creditsCharged).toBe(matched * (await unitPrice(fx.call, 'showSignalsContact')));
    expect(await creditsUsed(fx.call)).toBe(before + billing.creditsCharged);

    const older = await fx.call('POST', '/v3/contacts/signals', {
      ids,
      signalTypes: ['allSignals'],
      startDate: '2020-01-01',
    });
    const count = (body: Record<string, unknown>) =>
      (body.results as SignalResult[]).reduce(
        (n, r) => n + events(r, 'promotion').length + events(r, 'companyChange').length,
        0,
      );
    expect(count(older.body)).toBeGreaterThan(count(reply.body));
    const capped = await fx.call('POST', '/v3/contacts/signals', {
      ids,
      signalTypes: ['companyChange'],
      startDate: '2020-01-01',
      maxResultsPerSignal: 1,
    });
    expectSpec('getContactSignals', capped, 200);
    for (const r of capped.body.results as SignalResult[]) {
      expect(events(r, 'companyChange').length).toBeLessThanOrEqual(1);
      expect(r.promotion).toBeUndefined();
    }
  });

  it('bills at least one credit per request, even when nothing matched', async () => {
    for (const kind of ['contacts', 'companies'] as const) {
      const before = await creditsUsed(fx.call);
      const reply = await fx.call('POST', `/v3/${kind}/signals`, {
        ids: ['no-such-id'],
        signalTypes: ['allSignals'],
      });
      expect(reply.body.results).toEqual([]);
      expect(reply.body.billing).toEqual({ creditsCharged: 1, resultsReturned: 0 });
      expect(await creditsUsed(fx.call)).toBe(before + 1);
      const broke = await fx.call(
        'POST',
        `/v3/${kind}/signals`,
        { ids: ['no-such-id'], signalTypes: ['allSignals'] },
        'sandbox-no-credits',
      );
      expect(broke.status).toBe(402);
    }
  });

  it('accepts the spec examples and refuses bad bodies with 400', async () => {
    for (const op of ['getContactSignals', 'getCompanySignals']) {
      const path = op === 'getContactSignals' ? '/v3/contacts/signals' : '/v3/companies/signals';
      for (const example of specOperation(op).requestExamples) {
        expectSpec(op, await fx.call('POST', path, example.value), 200);
      }
      const bad = [
        { ids: [], signalTypes: ['allSignals'] },
        { ids: Array.from({ length: 101 }, (_, i) => String(i)), signalTypes: ['allSignals'] },
        { ids: ['1'], signalTypes: ['hired'] },
        { ids: ['1'], signalTypes: ['allSignals'], maxResultsPerSignal: 0 },
        { ids: ['1'], signalTypes: ['allSignals'], startDate: '2026-02-31' },
        { ids: ['1'] },
      ];
      for (const body of bad) expectSpec(op, await fx.call('POST', path, body), 400);
    }
  });

  it('returns company signals with intent posts limited to 90 days and filtered by category', async () => {
    const ids = await idsWithSignals('companies', '2020-01-01');
    expect(ids.length).toBeGreaterThan(0);
    const reply = await fx.call('POST', '/v3/companies/signals', {
      ids,
      signalTypes: ['allSignals'],
      startDate: '2020-01-01',
    });
    expectSpec('getCompanySignals', reply, 200);
    const results = reply.body.results as SignalResult[];
    expect(
      results.some((r) =>
        Object.entries(r).some(
          ([k, v]) => k !== 'linkedinActivityIntent' && Array.isArray(v) && v.length,
        ),
      ),
    ).toBe(true);
    const posts = results.flatMap(
      (r) =>
        (r.linkedinActivityIntent as {
          activityPublicationDate: string;
          intentTopics: { category: string }[];
        }[]) ?? [],
    );
    expect(posts.length).toBeGreaterThan(0);
    for (const p of posts) expect(p.activityPublicationDate >= '2026-03-17').toBe(true);
    const filtered = await fx.call('POST', '/v3/companies/signals', {
      ids,
      signalTypes: ['linkedinActivityIntent'],
      filters: { include: { intentCategories: ['Technology'] } },
    });
    expectSpec('getCompanySignals', filtered, 200);
    for (const r of filtered.body.results as SignalResult[]) {
      for (const p of (r.linkedinActivityIntent as { intentTopics: { category: string }[] }[]) ??
        []) {
        expect(p.intentTopics.map((t) => t.category)).toContain('Technology');
      }
    }
  });

  it('lists signal types and company signal filters', async () => {
    const contact = await fx.call('GET', '/v3/contacts/signals/types');
    expectSpec('getContactSignalTypes', contact, 200);
    expect(contact.body.signalTypes).toEqual(['allSignals', 'promotion', 'companyChange']);
    const company = await fx.call('GET', '/v3/companies/signals/types');
    expectSpec('getCompanySignalTypes', company, 200);
    expect(company.body.signalTypes).toHaveLength(24);
    const filters = await fx.call('GET', '/v3/companies/signals/filters');
    expectSpec('getCompanySignalFilters', filters, 200);
    for (const type of ['newsEventTypes', 'hiringByDepartments', 'intentCategories']) {
      const reply = await fx.call('GET', `/v3/companies/signals/filters/${type}`);
      expectSpec('getCompanySignalFilterValues', reply, 200);
      expect((reply.body.values as unknown[]).length, type).toBeGreaterThan(0);
    }
    const path = '/v3/companies/signals/filters';
    expectSpec(
      'getCompanySignalFilterValues',
      await fx.call('GET', `${path}/hiringByLocations`),
      400,
    );
    expectSpec(
      'getCompanySignalFilterValues',
      await fx.call('GET', `${path}/intentCategories?query=tech`),
      400,
    );
    expectSpec('getCompanySignalFilterValues', await fx.call('GET', `${path}/unknown`), 400);
  });
});
