/**
 * Re-enriching what was already revealed costs nothing, for contacts and companies, even when
 * the first answer was lost after Lusha billed it (a `truncate` fault: the request arrived, the
 * answer did not). The extension relies on this to finish a journaled enrich after its worker
 * restarts: it sends the same enrich again and gets the paid data for free.
 */
import { describe, expect, it } from 'vitest';
import { SHOWCASE } from '@/lib/sandbox';
import { fixture, KEY } from './support';

const people = SHOWCASE.contacts.slice(0, 7).map((c) => c.id);
const companies = SHOWCASE.companies.map((c) => c.id);
const contactEnrich = { ids: people, reveal: ['emails', 'phones'] };
const companyEnrich = {
  ids: companies,
  reveal: [
    'employeesByDepartment',
    'employeesByLocation',
    'employeesBySeniority',
    'competitors',
    'intent',
    'estimatedAnnualItSpend',
    'monthlyWebsiteTraffic',
  ],
};
const cases = [
  { what: 'contacts', path: '/v3/contacts/enrich', body: contactEnrich },
  { what: 'companies', path: '/v3/companies/enrich', body: companyEnrich },
] as const;

type Billing = { creditsCharged: number; resultsReturned: number };
const strip = (body: Record<string, unknown>) => ({ ...body, requestId: undefined });

/** The answer and cost of one enrich on a fresh sandbox: what a lost answer would have said. */
async function firstTime(path: string, body: object) {
  const { call, used } = fixture();
  const reply = await call('POST', path, body);
  expect(reply.status).toBe(200);
  return { body: reply.body, credits: await used() };
}

describe.each(cases)('re-enriching $what', ({ path, body }) => {
  it('is free and answers the same data', async () => {
    const first = await firstTime(path, body);
    expect(first.credits).toBeGreaterThan(0);
    const { call, used } = fixture();
    await call('POST', path, body);
    const again = await call('POST', path, body);
    expect(again.body.billing as Billing).toEqual({
      creditsCharged: 0,
      resultsReturned: (first.body.billing as Billing).resultsReturned,
    });
    expect(strip(again.body)).toEqual(strip({ ...first.body, billing: again.body.billing }));
    expect(await used()).toBe(first.credits);
  });

  it('is free after a truncate cut the first answer: the reveal was billed and remembered', async () => {
    const first = await firstTime(path, body);
    const { sandbox, call, used } = fixture();
    await call('POST', '/__sandbox/faults', { kind: 'truncate', path }, null);
    const cut = await sandbox.handle(
      new Request(`https://api.lusha.com${path}`, {
        method: 'POST',
        headers: { api_key: KEY, 'content-type': 'application/json' },
        body: JSON.stringify(body),
      }),
    );
    await expect(cut.json()).rejects.toThrow();
    // Lusha billed the lost answer...
    expect(await used()).toBe(first.credits);
    // ...and the same enrich, sent again (as a journal would), costs nothing and brings it all.
    const again = await call('POST', path, body);
    expect((again.body.billing as Billing).creditsCharged).toBe(0);
    expect(strip(again.body)).toEqual(strip({ ...first.body, billing: again.body.billing }));
    expect(await used()).toBe(first.credits);
    const calls = await call('GET', `/__sandbox/calls?key=${KEY}`, undefined, null);
    const operation = path.includes('contacts') ? 'enrichContacts' : 'enrichCompanies';
    expect((calls.body.operations as Record<string, unknown>)[operation]).toMatchObject({
      calls: 2,
      creditsCharged: first.credits,
      faults: { truncate: 1 },
    });
  });
});

describe('re-enriching after a lost answer, field by field', () => {
  it('bills only the fields not revealed before, and search shows what is free', async () => {
    const { sandbox, call, used } = fixture();
    const [maya] = SHOWCASE.contacts;
    await call('POST', '/__sandbox/faults', { kind: 'truncate' }, null);
    const cut = await sandbox.handle(
      new Request('https://api.lusha.com/v3/contacts/enrich', {
        method: 'POST',
        headers: { api_key: KEY },
        body: JSON.stringify({ ids: [maya!.id], reveal: ['emails'] }),
      }),
    );
    await expect(cut.text()).rejects.toThrow();
    expect(await used()).toBe(1);
    const search = await call('POST', '/v3/contacts/search', { contacts: [{ id: maya!.id }] });
    expect((search.body.results as { canReveal: unknown[] }[])[0]!.canReveal).toEqual([
      { field: 'emails', credits: 0 },
      { field: 'phones', credits: 5 },
    ]);
    const both = await call('POST', '/v3/contacts/enrich', { ids: [maya!.id] });
    expect((both.body.billing as Billing).creditsCharged).toBe(5);
    expect(await used()).toBe(1 + 1 + 5);
  });
});
