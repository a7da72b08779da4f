import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { RevealedPerson } from '@/lib/history';
import { createEnrichService, type EnrichRequest } from '@/lib/lookup/enrich';
import { SHOWCASE } from '@/lib/sandbox';
import { sandboxPipeline } from './support';

const maya = SHOWCASE.contacts[0]!;
const theo = SHOWCASE.contacts[1]!;
const restricted = SHOWCASE.contacts.find((c) => c.complianceRestricted)!;

function setup(key?: string) {
  const p = sandboxPipeline(key);
  const service = () =>
    createEnrichService({
      client: async () => p.client,
      billing: p.billing,
      history: p.history,
      journal: p.journal,
      scope: 'live',
    });
  return { ...p, service: service(), restart: service };
}

let n = 0;
const request = (over: Partial<EnrichRequest> & Pick<EnrichRequest, 'kind' | 'ids'>): EnrichRequest =>
  ({ requestId: `req-test-${++n}`, reveal: ['emails'], expectedCredits: 1, ...over }) as EnrichRequest;

const all = async (p: ReturnType<typeof setup>) =>
  (await p.history.search({ scope: 'live', limit: 0 })).entries;
const enrichCalls = (p: ReturnType<typeof setup>) =>
  p.requests.filter((r) => r.path.endsWith('/enrich'));

describe('confirmed enrich', () => {
  beforeEach(() => fakeBrowser.reset());

  it('charges exactly what the preview showed, saves to history, and is free the second time', async () => {
    const p = setup();
    const { data: search } = await p.client.searchContacts({
      contacts: [{ linkedinUrl: maya.linkedinUrl }, { linkedinUrl: theo.linkedinUrl }],
    });
    const shown = search.results!.flatMap((r) => r.canReveal ?? []).reduce((s, c) => s + c.credits, 0);
    const ids = search.results!.map((r) => r.id!);
    const before = (await p.state()).credits.remaining;
    const reveal = ['emails', 'phones'] as const;
    const outcome = await p.service.enrich(request({ kind: 'person', ids, reveal: [...reveal], expectedCredits: shown }));
    expect(outcome).toMatchObject({ creditsCharged: shown, failures: [], saved: true, recovered: false });
    expect(before - (await p.state()).credits.remaining).toBe(shown);

    const saved = (await all(p)) as RevealedPerson[];
    expect(saved.map((e) => e.linkedinUrl).sort()).toEqual([maya.linkedinUrl, theo.linkedinUrl].sort());
    const mayaEntry = saved.find((e) => e.id === maya.id)!;
    expect(mayaEntry.emails[0]).toMatchObject({ email: maya.email });
    expect(mayaEntry.revealedFields).toEqual(['emails', 'phones']);
    expect((await p.ledger.spent()).todayByAction.enrichContacts).toBe(shown);

    const again = await p.service.enrich(request({ kind: 'person', ids, reveal: [...reveal], expectedCredits: 0 }));
    expect(again.creditsCharged).toBe(0);
    expect(before - (await p.state()).credits.remaining).toBe(shown);
  });

  it('one request id is billed once: twice at once, or asked again later, answers the same', async () => {
    const p = setup();
    const once = request({ kind: 'person', ids: [maya.id] });
    const [a, b] = await Promise.all([p.service.enrich(once), p.service.enrich({ ...once })]);
    expect(a).toBe(b);
    const later = await p.restart().enrich(once);
    expect(later).toMatchObject({ requestId: once.requestId, creditsCharged: 1, entries: [{ id: maya.id }] });
    expect(enrichCalls(p)).toHaveLength(1);
  });

  it('never sends the same id twice in one request', async () => {
    const p = setup();
    await p.service.enrich(request({ kind: 'person', ids: [maya.id, maya.id], expectedCredits: 1 }));
    expect(enrichCalls(p)[0]!.body).toMatchObject({ ids: [maya.id] });
  });

  it('reports the ones Lusha would not reveal and keeps the rest', async () => {
    const p = setup();
    const outcome = await p.service.enrich(request({ kind: 'person', ids: [maya.id, restricted.id], expectedCredits: 2 }));
    expect(outcome.entries.map((e) => e.id)).toEqual([maya.id]);
    expect(outcome.failures).toEqual([expect.objectContaining({ id: restricted.id, code: 'COMPLIANCE_RESTRICTED' })]);
  });

  it('reveals a company with its extra fields', async () => {
    const p = setup();
    const company = SHOWCASE.companies[0]!;
    const outcome = await p.service.enrich(
      request({ kind: 'company', ids: [company.id], reveal: ['competitors'], expectedCredits: 10 }),
    );
    expect(outcome.entries[0]).toMatchObject({ kind: 'company', name: company.name, domain: company.domain });
    expect(outcome.entries[0]).toMatchObject({ revealedFields: ['company', 'competitors'] });
    expect(outcome.entries[0]!.kind === 'company' && outcome.entries[0]!.fields).toHaveProperty('competitors');
  });

  it('refuses before calling Lusha when the cap would be passed; no credits keeps nothing half-done', async () => {
    const p = setup();
    p.caps.monthly = 1;
    await expect(
      p.service.enrich(request({ kind: 'person', ids: [maya.id], reveal: ['phones'], expectedCredits: 5 })),
    ).rejects.toMatchObject({ kind: 'capExceeded' });
    expect(p.requests).toHaveLength(0);
    expect((await p.ledger.spent()).held).toBe(0);

    const broke = setup('sandbox-no-credits');
    await expect(broke.service.enrich(request({ kind: 'person', ids: [maya.id] }))).rejects.toMatchObject({
      kind: 'noCredits',
    });
    expect(await all(broke)).toEqual([]);
    expect(await broke.journal.unfinished()).toEqual([]);
  });

  it('two reveals sent together cannot both pass a cap that only one fits under', async () => {
    const p = setup();
    p.caps.daily = 1;
    const results = await Promise.allSettled([
      p.service.enrich(request({ kind: 'person', ids: [maya.id] })),
      p.service.enrich(request({ kind: 'person', ids: [theo.id] })),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
    expect(enrichCalls(p)).toHaveLength(1);
    expect((await p.ledger.spent()).today).toBe(1);
  });

  it('an answer cut off after Lusha billed it: repeated for free, charged the quote once', async () => {
    const p = setup();
    await p.fault({ kind: 'truncate', path: '/v3/contacts/enrich' });
    const before = (await p.state()).credits.remaining;
    const outcome = await p.service.enrich(
      request({ kind: 'person', ids: [maya.id], reveal: ['emails', 'phones'], expectedCredits: 6 }),
    );
    expect(outcome).toMatchObject({ creditsCharged: 6, recovered: true, entries: [{ id: maya.id }] });
    expect(before - (await p.state()).credits.remaining).toBe(6);
    expect((await p.ledger.spent()).today).toBe(6);
    expect(enrichCalls(p)).toHaveLength(2);
  });

  it('a worker stopped mid-call: the next one finishes the journaled reveal, billing nothing more', async () => {
    const p = setup();
    const stopped = request({ kind: 'person', ids: [theo.id], reveal: ['emails', 'phones'], expectedCredits: 6 });
    // The first worker held the credits, journaled the reveal and sent it; Lusha billed it; then it stopped.
    await p.ledger.reserve(p.caps, 6, 'enrichContacts', stopped.requestId);
    await p.journal.open(stopped.requestId, 'live', stopped);
    await p.client.enrichContacts({ ids: [theo.id], reveal: ['emails', 'phones'] });
    const before = (await p.state()).credits.remaining;

    const [finished] = await p.restart().recover();
    expect(finished).toMatchObject({ requestId: stopped.requestId, creditsCharged: 6, saved: true });
    expect(before - (await p.state()).credits.remaining).toBe(0);
    expect((await p.ledger.spent()).today).toBe(6);
    expect((await all(p)).map((e) => e.id)).toEqual([theo.id]);
    expect(await p.journal.unfinished()).toEqual([]);
  });

  it('a worker stopped while saving: its charge was recorded, so finishing adds none', async () => {
    const p = setup();
    const stopped = request({ kind: 'person', ids: [theo.id], reveal: ['emails'], expectedCredits: 1 });
    await p.journal.open(stopped.requestId, 'live', stopped);
    await p.client.enrichContacts({ ids: [theo.id], reveal: ['emails'] });
    await p.ledger.record('enrichContacts', 1);
    await p.journal.charged(stopped.requestId, 1);
    const [finished] = await p.restart().recover();
    expect(finished).toMatchObject({ creditsCharged: 1, entries: [{ id: theo.id }] });
    expect((await p.ledger.spent()).today).toBe(1);
  });

  it('keeps a billed answer with odd fields and reports unreadable items per id', async () => {
    const p = setup();
    await p.fault({
      kind: 'mutate',
      path: '/v3/contacts/enrich',
      set: { '/results/0/emails/0/type': 'personal', '/billing/creditsCharged': 6.5, '/results/1': null },
    });
    const outcome = await p.service.enrich(
      request({ kind: 'person', ids: [maya.id, theo.id], reveal: ['emails', 'phones'], expectedCredits: 12 }),
    );
    expect(outcome.creditsCharged).toBe(6.5);
    expect(outcome.entries).toEqual([expect.objectContaining({ id: maya.id })]);
    expect((outcome.entries[0] as RevealedPerson).emails[0]!.type).toBe('personal');
    expect(outcome.failures).toEqual([expect.objectContaining({ id: theo.id, code: 'UNREADABLE' })]);
    expect((await p.ledger.spent()).today).toBe(6.5);
  });

  it('when the history cannot keep the result, the answer still carries it and says so', async () => {
    const p = setup();
    p.history.save = async () => {
      throw new DOMException('QuotaExceededError', 'QuotaExceededError');
    };
    const outcome = await p.service.enrich(request({ kind: 'person', ids: [maya.id] }));
    expect(outcome).toMatchObject({ saved: false, creditsCharged: 1, entries: [{ id: maya.id }] });
    expect((outcome.entries[0] as RevealedPerson).emails[0]!.email).toBe(maya.email);
  });
});
