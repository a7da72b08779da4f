import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { batchMax, fitInBudget, type SignalQuery } from '@/lib/monitoring/cost';
import { passesFeedFilters, valueLabels } from '@/lib/monitoring/filter-values';
import { parseSectionHash, sectionUrl } from '@/lib/monitoring/links';
import { jobChangeNotices, MAX_NOTICES, noticeTarget } from '@/lib/monitoring/notify';
import { priceLines } from '@/lib/monitoring/pricing-words';
import { DEFAULT_MONITOR_SETTINGS, readMonitorSettings } from '@/lib/monitoring/settings';
import type { NewSignal } from '@/lib/monitoring/watchlist';
import { PRICING } from '@/lib/sandbox';

const NOW = Date.parse('2026-12-02T10:00:00Z');

const signal = (i: number, type = 'companyChange', kind: 'person' | 'company' = 'person') =>
  ({
    key: `${kind}:${i}`,
    kind,
    lushaId: String(i),
    snapshot: { name: `Person ${i}` },
    event: {
      id: `${type}|2026-11-27|x`,
      type,
      date: '2026-11-27',
      details: {
        previousCompany: 'Maple',
        newCompany: 'Driftwood',
        newTitle: 'VP Sales',
        companyName: 'Quill',
      },
    },
  }) satisfies NewSignal;

describe('job-change notifications', () => {
  beforeEach(() => fakeBrowser.reset());

  it('one per person, job changes and promotions only, in words', () => {
    const notices = jobChangeNotices(
      [
        signal(1),
        signal(2, 'promotion'),
        signal(3, 'riskNews', 'company'),
        signal(4, 'headcountIncrease3m'),
      ],
      NOW,
    );
    expect(notices).toEqual([
      {
        id: 'pl-signal|person:1',
        title: 'Person 1 changed company',
        message: 'Now at Driftwood, before at Maple (5 days ago).',
      },
      {
        id: 'pl-signal|person:2',
        title: 'Person 2 was promoted',
        message: 'Now VP Sales at Quill (5 days ago).',
      },
    ]);
  });

  it('never more than a few at once: the last one says how many more', () => {
    const notices = jobChangeNotices(
      Array.from({ length: 9 }, (_, i) => signal(i)),
      NOW,
    );
    expect(notices).toHaveLength(MAX_NOTICES);
    expect(notices.at(-1)).toMatchObject({
      id: 'pl-signal|more',
      title: '6 more watched people changed jobs',
    });
  });

  it('a click opens the person in Signals; other notifications are not ours', () => {
    expect(noticeTarget('pl-signal|person:44')).toBe(sectionUrl('signals', 'person:44'));
    expect(noticeTarget('pl-signal|more')).toMatch(/\/workspace\.html#signals$/);
    expect(noticeTarget('someone-else')).toBeNull();
    expect(parseSectionHash(new URL(noticeTarget('pl-signal|person:44')!).hash)).toEqual({
      section: 'signals',
      focus: 'person:44',
    });
    expect(parseSectionHash('#visits/%E0%A4')).toEqual({ section: 'visits' });
    expect(parseSectionHash('#signals/javascript:alert(1)')).toEqual({ section: 'signals' });
  });
});

describe('settings, budgets, prices and filters', () => {
  it('reads stored settings field by field; a bad one falls back alone', () => {
    const read = readMonitorSettings({
      personTypes: ['promotion', 'allSignals'],
      maxResultsPerSignal: 3,
      daily: { enabled: true, budget: -5 },
      notify: 'yes',
    });
    expect(read).toEqual({ ...DEFAULT_MONITOR_SETTINGS, maxResultsPerSignal: 3 });
    expect(readMonitorSettings(null)).toEqual(DEFAULT_MONITOR_SETTINGS);
  });

  it('fits the most entities a budget allows a request', () => {
    const q: SignalQuery = {
      personTypes: ['companyChange', 'promotion'],
      companyTypes: [],
      maxResultsPerSignal: 5,
      startDate: '2026-06-01',
    };
    const pricing = { showSignalsContact: { credits: 1, perQuantity: 1 } };
    expect(fitInBudget(pricing, 'person', 300, 1_000, q)).toBe(100);
    expect(fitInBudget(pricing, 'person', 300, 95, q)).toBe(9);
    expect(batchMax(pricing, 'person', 9, q)).toBeLessThanOrEqual(95);
    expect(batchMax(pricing, 'person', 10, q)).toBeGreaterThan(95);
    expect(fitInBudget(pricing, 'person', 300, 9, q)).toBe(0);
    // LinkedIn activity is capped at 50 posts whatever is asked.
    expect(
      batchMax({}, 'company', 1, {
        ...q,
        companyTypes: ['linkedinActivityIntent'],
        maxResultsPerSignal: 100,
      }),
    ).toBe(50);
  });

  it('says what one search, email, phone, company, signal and lookalike result costs', () => {
    const lines = priceLines({ ...PRICING, somethingNew: { credits: 2, perQuantity: 1 } });
    expect(lines.slice(0, 8).map((l) => `${l.what}: ${l.cost}`)).toEqual([
      'Search (a preview of a person or company): 1 credit per 25 results',
      'Email: 1 credit per email revealed',
      'Phone number: 5 credits per phone revealed',
      'Company profile: 1 credit per company',
      'Signals of a person (job change, promotion): 1 credit per matched signal',
      'Signals of a company: 1 credit per matched signal',
      'Lookalike person: 1 credit per result',
      'Lookalike company: 1 credit per result',
    ]);
    expect(lines.find((l) => l.action === 'intent')?.cost).toBe('Free');
    expect(lines.find((l) => l.action === 'estimatedAnnualItSpend')?.what).toBe(
      'Company: Annual IT spend',
    );
    expect(lines.find((l) => l.action === 'somethingNew')).toMatchObject({
      cost: '2 credits per use',
    });
  });

  it('labels filter values of any shape, and narrows what the feed shows', () => {
    expect(
      valueLabels([
        'Funding',
        { city: 'Berlin', country: 'Germany' },
        { country: 'France' },
        3,
        null,
        'Funding',
      ]),
    ).toEqual(['Funding', 'Berlin, Germany', 'France']);
    expect(valueLabels({ values: 'x' })).toEqual([]);
    const event = (type: string, details: Record<string, string>) => ({
      id: 'x',
      type,
      date: '',
      details,
    });
    const filters = {
      newsEventTypes: ['product update'],
      hiringDepartments: [],
      hiringLocations: ['Germany'],
    };
    expect(
      passesFeedFilters(event('productActivityNews', { eventType: 'product_update' }), filters),
    ).toBe(true);
    expect(passesFeedFilters(event('riskNews', { eventType: 'lawsuit' }), filters)).toBe(false);
    expect(
      passesFeedFilters(
        event('surgeInHiringByLocation', { city: 'Berlin', country: 'Germany' }),
        filters,
      ),
    ).toBe(true);
    expect(
      passesFeedFilters(
        event('surgeInHiringByLocation', { city: 'Paris', country: 'France' }),
        filters,
      ),
    ).toBe(false);
    expect(
      passesFeedFilters(event('surgeInHiringByDepartment', { department: 'Sales' }), filters),
    ).toBe(true);
  });
});
