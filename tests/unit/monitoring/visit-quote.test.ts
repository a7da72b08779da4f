import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createEnrichService } from '@/lib/lookup/enrich';
import { createVisitsService } from '@/lib/monitoring/visits';
import { RANGE_PRESETS } from '@/lib/monitoring/visits-range';
import {
  fieldCost,
  fieldsOffered,
  visitCard,
  visitRequests,
  visitsQuote,
} from '@/lib/monitoring-ui/visit-quote';
import { sandboxPipeline } from '../lookup/support';

const today = new Date().toISOString().slice(0, 10);

async function setup() {
  const p = sandboxPipeline();
  const visits = createVisitsService({
    client: async () => p.client,
    billing: p.billing,
    trackedDomains: async () => ['acme-analytics.com'],
  });
  const enrich = createEnrichService({ ...p, client: async () => p.client, scope: 'live' });
  const page = await visits.visits(
    { ...RANGE_PRESETS[3]!.range(today), page: 0, size: 6, filters: { scoreBands: ['hot'] } },
    'visits-quote-0001',
  );
  const pricing = (await p.account.get()).pricing;
  return { p, page, enrich, pricing };
}

describe('revealing visiting companies: the quote is the charge', () => {
  beforeEach(() => fakeBrowser.reset());

  it('quotes the side panel’s company fields and Lusha bills exactly that', async () => {
    const { p, page, enrich, pricing } = await setup();
    const [a, b, c] = page.rows;
    // One was revealed before: its company profile is free now.
    const first = await enrich.enrich({
      requestId: 'reveal-before-0001',
      kind: 'company',
      ids: [a!.id!],
      reveal: [],
      expectedCredits: 1,
    });
    const cards = [a!, b!, c!].map((r) =>
      visitCard(
        r,
        first.entries.find((e) => e.id === r.id),
      ),
    );
    expect(fieldsOffered(cards, pricing)[0]).toBe('company');
    expect(fieldCost(cards, 'company', pricing)).toBe(2);
    const fields = ['company', 'competitors', 'employeesByDepartment'];
    const { total, lines } = visitsQuote(cards, fields, pricing);
    expect(total).toBeGreaterThan(2);

    const used = (await p.state()).credits.used;
    let charged = 0;
    for (const [i, request] of visitRequests(lines).entries()) {
      const outcome = await enrich.enrich({ ...request, requestId: `reveal-visits-000${i}` });
      charged += outcome.creditsCharged;
    }
    expect(charged).toBe(total);
    expect((await p.state()).credits.used - used).toBe(total);
  });

  it('asks for nothing already revealed, and groups companies by the fields they bill', () => {
    const row = (id: string, canReveal: { field: string; credits: number }[]) => ({
      id,
      name: id,
      has: canReveal.map((c) => c.field),
      canReveal,
    });
    const pricing = { reveal_company: { credits: 1, perQuantity: 1 } };
    const cards = [
      visitCard(row('1', [{ field: 'competitors', credits: 1 }]), undefined),
      visitCard(row('2', []), undefined),
      visitCard(row('3', [{ field: 'competitors', credits: 1 }]), {
        kind: 'company',
        id: '3',
        name: '3',
        fields: {},
        revealedAt: 1,
        creditsCharged: 1,
        demo: false,
        revealedFields: ['company', 'competitors'],
      }),
    ];
    const { lines, total } = visitsQuote(cards, ['company', 'competitors'], pricing);
    expect(lines).toEqual([
      { id: '1', fields: ['company', 'competitors'], credits: 2 },
      { id: '2', fields: ['company'], credits: 1 },
      { id: '3', fields: [], credits: 0 },
    ]);
    expect(total).toBe(3);
    expect(visitRequests(lines)).toEqual([
      { kind: 'company', ids: ['1'], reveal: ['competitors'], expectedCredits: 2 },
      { kind: 'company', ids: ['2'], reveal: [], expectedCredits: 1 },
    ]);
  });
});
