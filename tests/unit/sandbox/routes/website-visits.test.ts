import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { specAvailable, specOperation } from '../../../support/spec';
import { expectSpec, sandboxFixture } from './helpers';

type Visit = {
  id: string;
  score: number;
  scoreBand: string;
  totalSessions: number;
  daysVisited: number;
  visitorCountry?: string;
  lastVisit: string;
};
const PATH = '/v3/companies/website-visits';
const base = {
  domains: ['lusha.com'],
  startDate: '2026-04-01',
  endDate: '2026-06-15',
  pagination: { page: 0, size: 150 },
};

describe.runIf(specAvailable())('sandbox website visits', () => {
  // One sandbox per file (these operations keep no state a later test could trip over); the
  // clock moves past the rate-limit windows before each test.
  let fx: ReturnType<typeof sandboxFixture>;
  beforeAll(() => {
    fx = sandboxFixture();
  });
  beforeEach(() => fx.tick());

  async function visits(body: object) {
    const reply = await fx.call('POST', PATH, { ...base, ...body });
    expectSpec('getWebsiteVisits', reply, 200);
    return reply.body as unknown as {
      results: Visit[];
      pagination: { total: number; page: number; size: number };
    };
  }

  it('accepts the spec example and ranks visitors by score by default', async () => {
    for (const example of specOperation('getWebsiteVisits').requestExamples) {
      expectSpec('getWebsiteVisits', await fx.call('POST', PATH, example.value), 200);
    }
    const all = await visits({});
    expect(all.pagination.total).toBeGreaterThan(0);
    const scores = all.results.map((r) => r.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    for (const r of all.results)
      expect(r.lastVisit <= '2026-06-15' && r.lastVisit >= '2026-04-01').toBe(true);
    const again = await visits({});
    expect(again.results).toEqual(all.results);
  });

  it('applies band, range and country filters, sort and pagination', async () => {
    const hot = await visits({ filters: { scoreBands: ['hot'] } });
    for (const r of hot.results) expect(r.scoreBand).toBe('hot');
    const busy = await visits({
      filters: { totalSessions: { min: 10 }, daysVisited: { max: 20 } },
    });
    for (const r of busy.results) expect(r.totalSessions >= 10 && r.daysVisited <= 20).toBe(true);
    const all = await visits({});
    const country = all.results.find((r) => r.visitorCountry)!.visitorCountry!;
    const only = await visits({ filters: { visitorCountries: { include: [country] } } });
    const without = await visits({ filters: { visitorCountries: { exclude: [country] } } });
    expect(only.pagination.total).toBeGreaterThan(0);
    expect(only.pagination.total + without.pagination.total).toBe(all.pagination.total);
    const asc = await visits({ sort: { by: 'totalSessions', order: 'asc' } });
    const sessions = asc.results.map((r) => r.totalSessions);
    expect(sessions).toEqual([...sessions].sort((a, b) => a - b));
    const page1 = await visits({ pagination: { page: 1, size: 5 } });
    expect(page1.results.map((r) => r.id)).toEqual(all.results.slice(5, 10).map((r) => r.id));
    const wider = await visits({ startDate: '2026-03-15' });
    expect(wider.pagination.total).toBeGreaterThanOrEqual(all.pagination.total);
  });

  it('refuses windows over 3 months, untracked domains and bad fields with 400', async () => {
    const bad = [
      { ...base, startDate: '2026-03-14' },
      { ...base, startDate: '2026-06-16', endDate: '2026-06-15' },
      { ...base, domains: [] },
      { ...base, domains: ['not a domain'] },
      { ...base, pagination: { page: 0, size: 151 } },
      { ...base, filters: { scoreBands: ['boiling'] } },
      { ...base, sort: { by: 'score', order: 'up' } },
      { ...base, filters: { totalSessions: { min: -1 } } },
      // "Score range (1–100)".
      { ...base, filters: { score: { min: 0 } } },
      { ...base, filters: { score: { max: 101 } } },
      { ...base, startDate: '2026-02-30' },
    ];
    for (const body of bad) expectSpec('getWebsiteVisits', await fx.call('POST', PATH, body), 400);
    expectSpec(
      'getWebsiteVisits',
      await fx.call('POST', PATH, { ...base, startDate: '2026-03-15' }),
      200,
    );
    const scored = await visits({ filters: { score: { min: 1, max: 100 } } });
    expect(scored.pagination.total).toBe((await visits({})).pagination.total);
  });
});
