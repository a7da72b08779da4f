import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { storage } from 'wxt/utils/storage';
import {
  createHistoryStore,
  emptyHistory,
  type HistoryData,
  type RevealedPerson,
} from '@/lib/history';
import { createEnrichService } from '@/lib/lookup/enrich';
import { SHOWCASE } from '@/lib/sandbox';
import { sandboxPipeline } from './support';

const maya = SHOWCASE.contacts[0]!;
const theo = SHOWCASE.contacts[1]!;
const restricted = SHOWCASE.contacts.find((c) => c.complianceRestricted)!;

function setup(key?: string) {
  const p = sandboxPipeline(key);
  const history = createHistoryStore(
    storage.defineItem<HistoryData>('local:history', { fallback: emptyHistory }),
  );
  const service = createEnrichService({
    client: async () => p.client,
    queue: p.queue,
    ledger: p.ledger,
    caps: async () => p.caps,
    history,
    demo: async () => false,
  });
  return { ...p, history, service };
}

describe('confirmed enrich', () => {
  beforeEach(() => fakeBrowser.reset());

  it('charges exactly what the preview showed, saves to history, and is free the second time', async () => {
    const p = setup();
    const { data: search } = await p.client.searchContacts({
      contacts: [{ linkedinUrl: maya.linkedinUrl }, { linkedinUrl: theo.linkedinUrl }],
    });
    const shown = search
      .results!.flatMap((r) => r.canReveal ?? [])
      .reduce((sum, c) => sum + (c.credits ?? 0), 0);
    expect(shown).toBeGreaterThan(0);
    const ids = search.results!.map((r) => r.id!);
    const before = (await p.state()).credits.remaining;

    const outcome = await p.service.enrich({
      kind: 'person',
      ids,
      reveal: ['emails', 'phones'],
      expectedCredits: shown,
    });
    expect(outcome.creditsCharged).toBe(shown);
    expect(before - (await p.state()).credits.remaining).toBe(shown);
    expect(outcome.failures).toEqual([]);

    const saved = (await p.history.all()) as RevealedPerson[];
    expect(saved.map((e) => e.linkedinUrl).sort()).toEqual(
      [maya.linkedinUrl, theo.linkedinUrl].sort(),
    );
    const mayaEntry = saved.find((e) => e.id === maya.id)!;
    expect(mayaEntry.emails[0]).toMatchObject({ email: maya.email });
    expect(mayaEntry.phones.length).toBe(maya.phones.length);
    expect((await p.ledger.spent()).todayByAction.enrichContacts).toBe(shown);

    const again = await p.service.enrich({
      kind: 'person',
      ids,
      reveal: ['emails', 'phones'],
      expectedCredits: 0,
    });
    expect(again.creditsCharged).toBe(0);
    expect(before - (await p.state()).credits.remaining).toBe(shown);
  });

  it('sends one request when the same enrich is asked twice at once', async () => {
    const p = setup();
    const request = {
      kind: 'person' as const,
      ids: [maya.id],
      reveal: ['emails' as const],
      expectedCredits: 1,
    };
    const [a, b] = await Promise.all([p.service.enrich(request), p.service.enrich({ ...request })]);
    expect(a).toBe(b);
    expect(p.requests.filter((r) => r.path === '/v3/contacts/enrich')).toHaveLength(1);
  });

  it('reports the ones Lusha would not reveal and keeps the rest', async () => {
    const p = setup();
    const outcome = await p.service.enrich({
      kind: 'person',
      ids: [maya.id, restricted.id],
      reveal: ['emails'],
      expectedCredits: 2,
    });
    expect(outcome.entries.map((e) => e.id)).toEqual([maya.id]);
    expect(outcome.failures).toEqual([
      expect.objectContaining({ id: restricted.id, code: 'COMPLIANCE_RESTRICTED' }),
    ]);
  });

  it('reveals a company with its extra fields', async () => {
    const p = setup();
    const company = SHOWCASE.companies[0]!;
    const outcome = await p.service.enrich({
      kind: 'company',
      ids: [company.id],
      reveal: ['competitors'],
      expectedCredits: 10,
    });
    expect(outcome.entries[0]).toMatchObject({
      kind: 'company',
      name: company.name,
      domain: company.domain,
    });
    expect(outcome.entries[0]!.kind === 'company' && outcome.entries[0]!.fields).toHaveProperty(
      'competitors',
    );
    expect(outcome.creditsCharged).toBeGreaterThan(0);
  });

  it('refuses before calling Lusha when the cap would be passed, and on no credits keeps nothing half-done', async () => {
    const p = setup();
    p.caps.monthly = 1;
    await expect(
      p.service.enrich({ kind: 'person', ids: [maya.id], reveal: ['phones'], expectedCredits: 5 }),
    ).rejects.toMatchObject({ kind: 'capExceeded' });
    expect(p.requests).toHaveLength(0);

    const broke = setup('sandbox-no-credits');
    await expect(
      broke.service.enrich({
        kind: 'person',
        ids: [maya.id],
        reveal: ['emails'],
        expectedCredits: 1,
      }),
    ).rejects.toMatchObject({ kind: 'noCredits' });
    expect(await broke.history.all()).toEqual([]);
  });
});
