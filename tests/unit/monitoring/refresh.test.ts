import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { monthsAgo, quoteRefresh, type SignalQuery } from '@/lib/monitoring/cost';
import { QuoteChangedError } from '@/lib/monitoring/refresh';
import { companyEntry, DAY_MS, monitoringPipeline, personEntry } from './support';

const window6m = () => monthsAgo(Date.now(), 6);
const jobChanges = (): SignalQuery => ({
  personTypes: ['companyChange', 'promotion'],
  companyTypes: [],
  maxResultsPerSignal: 1,
  startDate: window6m(),
});

describe('signals refresh against the sandbox', () => {
  beforeEach(() => fakeBrowser.reset());

  it('quotes people x types x max results, then charges what Lusha billed and saves it first', async () => {
    const m = monitoringPipeline();
    const people = m.movers(20, 60).slice(0, 3);
    await m.watchlist.add('live', [...people.map(personEntry), companyEntry('16000001', 'Q')]);
    const query: SignalQuery = {
      ...jobChanges(),
      companyTypes: ['productActivityNews', 'headcountIncrease3m'],
      maxResultsPerSignal: 2,
    };
    const quote = await m.refresher.quote(query);
    // 3 people x 2 types x 2 + 1 company x 2 types x 2, at the sandbox's 1 credit per signal.
    expect(quote).toMatchObject({ people: 3, companies: 1, requests: 2, maxCredits: 16 });

    const before = await m.state();
    const out = await m.refresher.refresh({
      ...query,
      requestId: 'refresh-0001',
      expectedCredits: 16,
    });
    const after = await m.state();
    expect(out.stopped).toBeNull();
    expect(out.refreshed).toEqual({ people: 3, companies: 1 });
    expect(out.charged).toBe(after.credits.used - before.credits.used);
    expect(out.charged).toBeGreaterThan(0);
    expect(out.charged).toBeLessThanOrEqual(16);
    expect((await m.ledger.spent()).todayByAction).toMatchObject({ contactSignals: 3 });
    // Saved: every watched person now shows the job change the sandbox has for them.
    const items = await m.watchlist.list('live');
    for (const person of people) {
      const item = items.find((i) => i.lushaId === person.id)!;
      expect(item.checkedAt).toBeGreaterThan(0);
      expect(item.signals.map((s) => s.type)).toContain('companyChange');
    }
    // First check: nothing is "new" to the rep.
    expect(out.newSignals).toEqual([]);
    const bodies = m.requests.filter((r) => r.path.endsWith('/signals')).map((r) => r.body);
    expect(bodies).toEqual([
      expect.objectContaining({
        signalTypes: ['companyChange', 'promotion'],
        maxResultsPerSignal: 2,
      }),
      expect.objectContaining({ ids: ['16000001'], startDate: query.startDate }),
    ]);
  });

  it('asks by Lusha id in requests of at most 100', async () => {
    const m = monitoringPipeline();
    const people = m.quiet().slice(0, 150);
    await m.watchlist.add('live', people.map(personEntry));
    const out = await m.refresher.refresh({ ...jobChanges(), requestId: 'refresh-0002' });
    const sizes = m.requests
      .filter((r) => r.path === '/v3/contacts/signals')
      .map((r) => (r.body as { ids: string[] }).ids.length);
    expect(sizes).toEqual([100, 50]);
    // Nothing matched: Lusha's minimum of one unit a request, twice.
    expect(out.charged).toBe(2);
  });

  it('reports a job change first seen on a later refresh as new, once', async () => {
    const m = monitoringPipeline();
    const [mover] = m.movers(3, 20);
    await m.watchlist.add('live', [personEntry(mover!)]);
    // The sandbox's today moves back 30 days: the job change has not happened yet.
    m.clock.advance(-30 * DAY_MS);
    const first = await m.refresher.refresh({ ...jobChanges(), requestId: 'refresh-0003' });
    expect(first.newSignals).toEqual([]);
    m.clock.advance(30 * DAY_MS);
    const second = await m.refresher.refresh({ ...jobChanges(), requestId: 'refresh-0004' });
    expect(second.newSignals).toHaveLength(1);
    expect(second.newSignals[0]).toMatchObject({
      key: `person:${mover!.id}`,
      event: { type: 'companyChange' },
    });
    const third = await m.refresher.refresh({ ...jobChanges(), requestId: 'refresh-0005' });
    expect(third.newSignals).toEqual([]);
  });

  it('does not call old events new when the window is widened', async () => {
    const m = monitoringPipeline();
    const [mover] = m.movers(250, 330);
    await m.watchlist.add('live', [personEntry(mover!)]);
    await m.refresher.refresh({ ...jobChanges(), requestId: 'refresh-0006' });
    const wide = await m.refresher.refresh({
      ...jobChanges(),
      startDate: monthsAgo(Date.now(), 12),
      requestId: 'refresh-0007',
    });
    expect((await m.watchlist.list('live'))[0]!.signals.map((s) => s.type)).toContain(
      'companyChange',
    );
    expect(wide.newSignals).toEqual([]);
  });

  it('stops at the budget: no request whose worst case would pass it is sent', async () => {
    const m = monitoringPipeline();
    const people = m.movers(1, 300).slice(0, 40);
    await m.watchlist.add('live', people.map(personEntry));
    const out = await m.refresher.refresh({
      ...jobChanges(),
      requestId: 'refresh-0008',
      budget: 7,
    });
    expect(out.stopped).toBe('budget');
    expect(out.charged).toBeLessThanOrEqual(7);
    expect(out.left).toBeGreaterThan(0);
    expect(out.refreshed.people + out.left).toBe(40);
    const sizes = m.requests
      .filter((r) => r.path === '/v3/contacts/signals')
      .map((r) => (r.body as { ids: string[] }).ids.length);
    // Each request's worst case (n x 2 types x 1) fitted in what was left of 7.
    expect(Math.max(...sizes)).toBeLessThanOrEqual(3);
    // The least recently refreshed go first next time: those left are next.
    const due = await m.watchlist.due('live');
    expect(due.slice(0, out.left).every((i) => i.checkedAt === 0)).toBe(true);
  });

  it('refuses a click on an old quote before sending anything', async () => {
    const m = monitoringPipeline();
    await m.watchlist.add('live', m.quiet().slice(0, 2).map(personEntry));
    const refused = m.refresher.refresh({
      ...jobChanges(),
      requestId: 'refresh-0009',
      expectedCredits: 2,
    });
    await expect(refused).rejects.toBeInstanceOf(QuoteChangedError);
    await expect(refused).rejects.toMatchObject({
      userMessage: expect.stringContaining('4 credits'),
    });
    expect(m.requests.filter((r) => r.path.endsWith('/signals'))).toEqual([]);
  });

  it('stops at a spending cap and at an empty balance, saying why', async () => {
    const m = monitoringPipeline();
    await m.watchlist.add('live', m.quiet().slice(0, 2).map(personEntry));
    m.caps.daily = 3;
    const capped = await m.refresher.refresh({ ...jobChanges(), requestId: 'refresh-0010' });
    expect(capped).toMatchObject({ stopped: 'cap', charged: 0, error: { kind: 'capExceeded' } });

    const broke = monitoringPipeline('sandbox-no-credits');
    await broke.watchlist.add('live', broke.quiet().slice(0, 2).map(personEntry));
    const out = await broke.refresher.refresh({ ...jobChanges(), requestId: 'refresh-0011' });
    expect(out).toMatchObject({ stopped: 'error', charged: 0, error: { kind: 'noCredits' } });
  });

  it('quotes nothing for a kind with no types, and rounds with the account pricing', () => {
    const q = quoteRefresh({ showSignalsContact: { credits: 1, perQuantity: 4 } }, 5, 9, {
      ...jobChanges(),
      maxResultsPerSignal: 3,
    });
    // 5 people x 2 types x 3 = 30 units at 1 credit per 4 units: 8 credits; companies none.
    expect(q).toMatchObject({ people: 5, companies: 0, requests: 1, maxCredits: 8 });
  });
});
