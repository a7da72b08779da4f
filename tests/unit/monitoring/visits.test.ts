import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createVisitsService, VisitsQueryError } from '@/lib/monitoring/visits';
import { normalizeTrackedDomain, RANGE_PRESETS, rangeProblem } from '@/lib/monitoring/visits-range';
import { sandboxPipeline } from '../lookup/support';

const TODAY = new Date().toISOString().slice(0, 10);
const lastMonth = RANGE_PRESETS.find((p) => p.id === 'lastMonth')!.range(TODAY);

function service(domains: string[] = ['acme-analytics.com']) {
  const p = sandboxPipeline();
  return {
    p,
    visits: createVisitsService({
      ...p,
      client: async () => p.client,
      trackedDomains: async () => domains,
    }),
  };
}

describe('website visits', () => {
  beforeEach(() => fakeBrowser.reset());

  it.each([
    ['2026-01-01', '2026-04-01', '2026-12-01', null],
    ['2026-01-01', '2026-04-02', '2026-12-01', 'Start on 2026-01-02 or later'],
    ['2026-05-01', '2026-04-01', '2026-12-01', 'after the end date'],
    ['2026-12-05', '2026-12-06', '2026-12-01', 'in the future'],
    ['2026-02-30', '2026-03-01', '2026-12-01', 'Pick a start and an end date'],
  ])('window %s to %s (today %s): %s', (start, end, today, problem) => {
    const said = rangeProblem(start, end, today);
    if (problem === null) expect(said).toBeNull();
    else expect(said).toContain(problem);
  });

  it('has presets within Lusha’s limit; last month is the previous calendar month', () => {
    expect(RANGE_PRESETS.find((p) => p.id === 'lastMonth')!.range('2026-03-15')).toEqual({
      startDate: '2026-02-01',
      endDate: '2026-02-28',
    });
    for (const preset of RANGE_PRESETS) {
      const { startDate, endDate } = preset.range(TODAY);
      expect(rangeProblem(startDate, endDate, TODAY)).toBeNull();
    }
  });

  it.each([
    ['https://www.Acme.com/pricing?x=1', 'acme.com'],
    ['shop.acme.co.uk:8443', 'shop.acme.co.uk'],
    ['acme', null],
    ['-bad.com', null],
    ['<script>.com', null],
  ])('tracked domain %s is %s', (typed, domain) =>
    expect(normalizeTrackedDomain(typed)).toBe(domain),
  );

  it('lists last month’s hot visitors, sorted and paged as asked, at no charge', async () => {
    const { p, visits } = service();
    const page = await visits.visits(
      {
        ...lastMonth,
        page: 0,
        size: 5,
        sort: { by: 'totalSessions', order: 'desc' },
        filters: { scoreBands: ['hot'], visitorCountries: { include: [], exclude: ['CN'] } },
      },
      'visits-0001',
    );
    expect(page.rows.length).toBeGreaterThan(0);
    expect(page.rows.length).toBeLessThanOrEqual(5);
    expect(page.total).toBeGreaterThanOrEqual(page.rows.length);
    expect(page.rows.every((r) => r.scoreBand === 'hot' && r.visitorCountry !== 'CN')).toBe(true);
    const sessions = page.rows.map((r) => r.totalSessions!);
    expect(sessions).toEqual([...sessions].sort((a, b) => b - a));
    expect(page.charged).toBe(0);
    // Empty filters are left out: Lusha gets only what the rep set.
    expect(p.requests.at(-1)!.body).toMatchObject({
      domains: ['acme-analytics.com'],
      filters: { scoreBands: ['hot'], visitorCountries: { exclude: ['CN'] } },
    });
    expect(p.requests.at(-1)!.body).not.toHaveProperty('filters.visitorCountries.include');
  });

  it('refuses a window over 3 months and no tracked domain before asking Lusha', async () => {
    const { p, visits } = service([]);
    await expect(
      visits.visits(
        { startDate: '2026-01-01', endDate: '2026-06-01', page: 0, size: 25 },
        'v-0002',
      ),
    ).rejects.toMatchObject({ userMessage: expect.stringContaining('at most 3 months') });
    await expect(
      visits.visits({ ...lastMonth, page: 0, size: 25 }, 'v-0003'),
    ).rejects.toBeInstanceOf(VisitsQueryError);
    expect(p.requests).toEqual([]);
  });

  it('says what Lusha said of an untracked domain', async () => {
    const { visits } = service(['not a domain']);
    await expect(
      visits.visits({ ...lastMonth, page: 0, size: 25 }, 'v-0004'),
    ).rejects.toMatchObject({
      kind: 'badRequest',
    });
  });
});
