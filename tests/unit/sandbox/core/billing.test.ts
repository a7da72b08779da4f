/**
 * Billing and reveal memory: what each operation charges matches the price list that account
 * usage reports, balances fall by exactly that, running out answers 402 without charging or
 * revealing, and revealed data is free the second time.
 */
import { describe, expect, it } from 'vitest';
import { PRICING, SANDBOX_KEYS, SHOWCASE, generateDataset } from '@/lib/sandbox';
import { fixture, KEY } from './support';

const [maya, theo, priya, jonah] = SHOWCASE.contacts;
const sam = SHOWCASE.contacts[7]!;
const jakob = SHOWCASE.contacts[9]!;
const quill = SHOWCASE.companies[0]!;

interface Preview {
  id?: string;
  canReveal?: { field: string; credits: number }[];
  error?: { code: string };
}
const billing = (body: Record<string, unknown>) =>
  body.billing as { creditsCharged: number; resultsReturned: number };

describe('sandbox billing', () => {
  it('bills search per 25 results via api_search (at least one unit per request)', async () => {
    const { call, used } = fixture();
    const dataset = generateDataset({
      seed: 42,
      referenceDate: Date.parse('2026-06-15T12:00:00Z'),
    });
    const ids = dataset.contacts
      .filter((c) => !c.partial && !c.complianceRestricted)
      .slice(0, 30)
      .map((id) => ({ id: id.id }));
    const big = await call('POST', '/v3/contacts/search', { contacts: ids });
    expect(billing(big.body)).toEqual({ creditsCharged: 2, resultsReturned: 30 });
    const none = await call('POST', '/v3/contacts/search', { contacts: [{ id: '1' }] });
    expect(billing(none.body)).toEqual({
      creditsCharged: PRICING.api_search!.credits,
      resultsReturned: 0,
    });
    expect(await used()).toBe(3);
  });

  it('bills enrich per revealed field at the usage prices and lowers remaining exactly', async () => {
    const { call } = fixture();
    const usage = await call('GET', '/v3/account/usage');
    const pricing = usage.body.pricing as Record<string, { credits: number }>;
    // Maya: email + phones; Priya: email only; Jonah: phones only.
    const reply = await call('POST', '/v3/contacts/enrich', {
      ids: [maya!.id, priya!.id, jonah!.id],
      reveal: ['emails', 'phones'],
    });
    const expected = 2 * pricing.revealEmail!.credits + 2 * pricing.revealPhone!.credits;
    expect(billing(reply.body)).toEqual({ creditsCharged: expected, resultsReturned: 3 });
    const after = await call('GET', '/v3/account/usage');
    expect(after.body.credits).toEqual({
      total: 10_000,
      used: expected,
      remaining: 10_000 - expected,
    });
  });

  it('reveals only the requested fields and bills only those', async () => {
    const { call } = fixture();
    const reply = await call('POST', '/v3/contacts/enrich', {
      ids: [maya!.id],
      reveal: ['emails'],
    });
    const [result] = reply.body.results as { emails: unknown[]; phones: unknown[] }[];
    expect(result!.emails).toHaveLength(1);
    expect(result!.phones).toEqual([]);
    expect(billing(reply.body).creditsCharged).toBe(PRICING.revealEmail!.credits);
  });

  it('remembers reveals: search then shows 0 credits and re-enrich is free', async () => {
    const { call, used } = fixture();
    const search = () => call('POST', '/v3/contacts/search', { contacts: [{ id: maya!.id }] });
    const before = ((await search()).body.results as Preview[])[0]!.canReveal;
    expect(before).toEqual([
      { field: 'emails', credits: 1 },
      { field: 'phones', credits: 5 },
    ]);
    await call('POST', '/v3/contacts/enrich', { ids: [maya!.id], reveal: ['emails', 'phones'] });
    const after = ((await search()).body.results as Preview[])[0]!.canReveal;
    expect(after).toEqual([
      { field: 'emails', credits: 0 },
      { field: 'phones', credits: 0 },
    ]);
    const spent = await used();
    const again = await call('POST', '/v3/contacts/enrich', { ids: [maya!.id] });
    expect(billing(again.body).creditsCharged).toBe(0);
    expect((again.body.results as { emails: unknown[] }[])[0]!.emails).toHaveLength(1);
    expect(await used()).toBe(spent);
  });

  it('bills companies via reveal_company plus each extra field, free the second time', async () => {
    const { call } = fixture();
    const reveal = ['employeesByDepartment', 'employeesBySeniority', 'competitors', 'intent'];
    const first = await call('POST', '/v3/companies/enrich', { ids: [quill.id], reveal });
    const p = (a: string) => PRICING[a]!.credits;
    const expected =
      p('reveal_company') +
      p('employeesByDepartment') +
      p('employeesBySeniority') +
      p('competitors') +
      p('intent');
    expect(billing(first.body).creditsCharged).toBe(expected);
    const again = await call('POST', '/v3/companies/enrich', { ids: [quill.id], reveal });
    expect(billing(again.body).creditsCharged).toBe(0);
    const search = await call('POST', '/v3/companies/search', { companies: [{ id: quill.id }] });
    const canReveal = (search.body.results as Preview[])[0]!.canReveal!;
    expect(canReveal.find((c) => c.field === 'employeesByDepartment')?.credits).toBe(0);
    expect(canReveal.find((c) => c.field === 'employeesByLocation')?.credits).toBe(1);
  });

  it('bills search-and-enrich for both the search and the reveal', async () => {
    const { call, used } = fixture();
    const reply = await call('POST', '/v3/contacts/search-and-enrich', {
      contacts: [{ clientReferenceId: 'x', email: theo!.email }],
      reveal: ['emails', 'phones'],
    });
    const expected = 1 + PRICING.revealEmail!.credits + PRICING.revealPhone!.credits;
    expect(billing(reply.body)).toEqual({ creditsCharged: expected, resultsReturned: 1 });
    expect((reply.body.results as { clientReferenceId: string }[])[0]!.clientReferenceId).toBe('x');
    expect(await used()).toBe(expected);
  });

  it('answers 402 without charging or revealing when the balance cannot cover a call', async () => {
    const { call, used, sandbox } = fixture();
    // One email (1 credit), then phones at 5 credits a contact in batches of 100 (500 credits),
    // leaves 499: less than the next batch costs, more than a single reveal.
    await call('POST', '/v3/contacts/enrich', { ids: [priya!.id], reveal: ['emails'] });
    const withPhones = sandbox.dataset.contacts.filter(
      (c) => c.phones.length > 0 && !c.complianceRestricted,
    );
    let i = 0;
    while (10_000 - (await used()) >= 500) {
      const ids = withPhones.slice(i, i + 100).map((c) => c.id);
      i += 100;
      expect((await call('POST', '/v3/contacts/enrich', { ids, reveal: ['phones'] })).status).toBe(
        200,
      );
    }
    const remaining = 10_000 - (await used());
    expect(remaining).toBe(499);
    const more = withPhones.slice(i, i + 100).map((c) => c.id);
    const refused = await call('POST', '/v3/contacts/enrich', { ids: more, reveal: ['phones'] });
    expect(refused.status).toBe(402);
    expect(refused.body).toEqual({
      statusCode: 402,
      message: 'Insufficient credits for this operation',
    });
    expect(10_000 - (await used())).toBe(remaining);
    const state = await call('GET', `/__sandbox/state?key=${KEY}`, undefined, null);
    expect((state.body.revealed as { contacts: number }).contacts).toBe(i + 1);
    // Re-revealing is free and still works; a call the balance covers goes through.
    const free = await call('POST', '/v3/contacts/enrich', {
      ids: [withPhones[0]!.id],
      reveal: ['phones'],
    });
    expect(billing(free.body).creditsCharged).toBe(0);
    expect((await call('POST', '/v3/contacts/enrich', { ids: [more[0]!] })).status).toBe(200);
  });

  it('gives the no-credits key 402 on billed calls and 200 on free ones', async () => {
    const { call } = fixture();
    const key = SANDBOX_KEYS.noCredits;
    expect(
      (await call('POST', '/v3/contacts/search', { contacts: [{ id: maya!.id }] }, key)).status,
    ).toBe(402);
    expect((await call('GET', '/v3/account/usage', undefined, key)).body.credits).toEqual({
      total: 0,
      used: 0,
      remaining: 0,
    });
  });
});

describe('sandbox per-item outcomes', () => {
  it('mixes results and per-item errors in one batch, echoing clientReferenceId', async () => {
    const { call } = fixture();
    const reply = await call('POST', '/v3/contacts/search', {
      contacts: [
        { clientReferenceId: 'a', linkedinUrl: 'https://de.linkedin.com/in/MAYA-LINDQVIST/' },
        { clientReferenceId: 'b', id: '999' },
        { clientReferenceId: 'c', email: jakob.email },
        {
          clientReferenceId: 'd',
          firstName: 'Theo',
          lastName: 'Marchetti',
          companyDomain: 'www.quillfeather.io',
        },
        {
          clientReferenceId: 'e',
          firstName: 'Theo',
          lastName: 'Marchetti',
          companyName: 'Quillfeather Labs',
        },
      ],
    });
    const results = reply.body.results as (Preview & { clientReferenceId: string })[];
    expect(results.map((r) => r.clientReferenceId)).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(results.map((r) => r.id ?? r.error?.code)).toEqual([
      maya!.id,
      'NOT_FOUND',
      'COMPLIANCE_RESTRICTED',
      theo!.id,
      theo!.id,
    ]);
    expect(billing(reply.body).resultsReturned).toBe(3);
  });

  it('returns partial profiles only with includePartialProfiles', async () => {
    const { call } = fixture();
    const item = { contacts: [{ linkedinUrl: sam.linkedinUrl }] };
    const without = await call('POST', '/v3/contacts/search', item);
    expect((without.body.results as Preview[])[0]!.error?.code).toBe('NOT_FOUND');
    const withPartial = await call('POST', '/v3/contacts/search', {
      ...item,
      options: { includePartialProfiles: true },
    });
    const preview = (withPartial.body.results as (Preview & { has: string[] })[])[0]!;
    expect(preview.id).toBe(sam.id);
    expect(preview.has).toEqual(['firstName', 'lastName', 'socialLinks']);
    expect(preview.canReveal).toEqual([]);
  });

  it('narrows search to contacts with the requested signals', async () => {
    const { call } = fixture();
    const reply = await call('POST', '/v3/contacts/search', {
      contacts: [{ id: maya!.id }, { id: theo!.id }],
      signals: { types: ['promotion'] },
    });
    const [m, t] = reply.body.results as (Preview & { signalTypes?: string[] })[];
    expect(m!.signalTypes).toEqual(['promotion']);
    expect(t!.error?.code).toBe('NOT_FOUND');
  });

  it('reports compliance-restricted and unknown ids per item on enrich', async () => {
    const { call } = fixture();
    const reply = await call('POST', '/v3/contacts/enrich', { ids: [jakob.id, 'nope', maya!.id] });
    const results = reply.body.results as { id: string; error?: { code: string } }[];
    expect(results.map((r) => r.error?.code ?? 'ok')).toEqual([
      'COMPLIANCE_RESTRICTED',
      'NOT_FOUND',
      'ok',
    ]);
    expect(results[1]!.id).toBe('nope');
  });
});
