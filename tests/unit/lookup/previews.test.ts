import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ChargedWithoutAnswerError } from '@/lib/lookup/billing';
import { SHOWCASE, PRICING } from '@/lib/sandbox';
import { createPreviewService } from '@/lib/lookup/previews';
import { personByEmail, personByLinkedIn, companyByDomain } from '@/lib/lookup/targets';
import { sandboxPipeline } from './support';

const people = SHOWCASE.contacts;
const restricted = people.find((p) => p.complianceRestricted)!;

function setup(key?: string) {
  const p = sandboxPipeline(key);
  const service = createPreviewService({
    client: async () => p.client,
    billing: p.billing,
    cache: p.cache,
    pricing: async () => PRICING,
    windowMs: 5,
  });
  return { ...p, service };
}

describe('search previews', () => {
  beforeEach(() => fakeBrowser.reset());

  it('asks for everyone on the page in one request and then serves them from the cache for free', async () => {
    const p = setup();
    const targets = [
      personByLinkedIn(people[0]!.linkedinUrl),
      personByLinkedIn(people[1]!.linkedinUrl),
      personByEmail(people[2]!.email!),
      personByLinkedIn('https://www.linkedin.com/in/nobody-at-all-123'),
      personByLinkedIn(restricted.linkedinUrl),
    ];
    const before = await p.state();
    const first = await p.service.preview(targets);
    expect(p.requests.map((r) => r.path)).toEqual(['/v3/contacts/search']);
    expect(first.get(targets[0]!.key)).toMatchObject({
      status: 'found',
      data: { firstName: people[0]!.firstName, canReveal: expect.any(Array) },
    });
    expect(first.get(targets[2]!.key)).toMatchObject({
      status: 'found',
      data: { lastName: people[2]!.lastName },
    });
    expect(first.get(targets[3]!.key)).toMatchObject({ status: 'missing', code: 'NOT_FOUND' });
    expect(first.get(targets[4]!.key)).toMatchObject({
      status: 'missing',
      code: 'COMPLIANCE_RESTRICTED',
    });

    const charged = before.credits.remaining - (await p.state()).credits.remaining;
    expect(charged).toBeGreaterThan(0);
    expect((await p.ledger.spent()).today).toBe(charged);

    const again = await p.service.preview(targets);
    expect(p.requests).toHaveLength(1);
    expect(again).toEqual(first);
    expect((await p.state()).credits.remaining).toBe(before.credits.remaining - charged);
  });

  it('never searches the same person twice at once', async () => {
    const p = setup();
    const target = personByLinkedIn(people[0]!.linkedinUrl);
    await Promise.all([
      p.service.preview([target]),
      p.service.preview([target]),
      p.service.preview([target]),
    ]);
    expect(p.requests).toHaveLength(1);
    expect(p.requests[0]!.body).toMatchObject({ contacts: [{ clientReferenceId: target.key }] });
  });

  it('searches companies by domain in their own request', async () => {
    const p = setup();
    const outcomes = await p.service.preview([
      companyByDomain(SHOWCASE.companies[0]!.domain),
      personByLinkedIn(people[0]!.linkedinUrl),
    ]);
    expect(p.requests.map((r) => r.path).sort()).toEqual([
      '/v3/companies/search',
      '/v3/contacts/search',
    ]);
    expect(outcomes.get(`company:domain:${SHOWCASE.companies[0]!.domain}`)).toMatchObject({
      status: 'found',
      kind: 'company',
      data: { name: SHOWCASE.companies[0]!.name },
    });
  });

  it('refuses a search that would pass the daily cap, without calling Lusha', async () => {
    const p = setup();
    p.caps.daily = 0;
    const outcomes = await p.service.preview([personByLinkedIn(people[0]!.linkedinUrl)]);
    expect([...outcomes.values()][0]).toMatchObject({
      status: 'failed',
      error: { kind: 'capExceeded' },
    });
    expect(p.requests).toHaveLength(0);
  });

  it('says the account is out of credits, caches nothing, and can try again later', async () => {
    const p = setup('sandbox-no-credits');
    const target = personByLinkedIn(people[0]!.linkedinUrl);
    const outcomes = await p.service.preview([target]);
    expect(outcomes.get(target.key)).toMatchObject({
      status: 'failed',
      error: { kind: 'noCredits', retryable: false, message: expect.stringMatching(/credits/i) },
    });
    expect(await p.service.cached([target])).toEqual(new Map());
  });

  it('an answer with no results is an error: never cached as "not found", asked again next time', async () => {
    const target = personByLinkedIn(people[0]!.linkedinUrl);
    const p = setup();
    await p.fault({ kind: 'replace', path: '/v3/contacts/search', status: 200, body: {} });
    const outcome = (await p.service.preview([target])).get(target.key);
    expect(outcome).toMatchObject({ status: 'failed', error: { kind: 'invalidResponse' } });
    expect(await p.service.cached([target])).toEqual(new Map());
    expect((await p.service.preview([target])).get(target.key)).toMatchObject({ status: 'found' });
  });

  it('an error written into a 200 is an error, checked against usage, never "not found"', async () => {
    const target = personByLinkedIn(people[0]!.linkedinUrl);
    const p = setup();
    await p.account.get();
    const body = { statusCode: 500, message: 'Internal error' };
    // The sandbox did the search (and billed it) before answering with the error.
    await p.fault({ kind: 'replace', path: '/v3/contacts/search', status: 200, body });
    expect((await p.service.preview([target])).get(target.key)).toMatchObject({
      status: 'failed',
      error: { kind: 'chargedNoAnswer', charged: 1 },
    });
    expect(await p.service.cached([target])).toEqual(new Map());
    expect((await p.service.preview([target])).get(target.key)).toMatchObject({ status: 'found' });
    expect((await p.ledger.spent()).today).toBe(2);
  });

  it('a server error that billed nothing is tried again once usage says so', async () => {
    const target = personByLinkedIn(people[0]!.linkedinUrl);
    const p = setup();
    await p.account.get();
    await p.fault({ kind: 'status', status: 503, path: '/v3/contacts/search' });
    expect((await p.service.preview([target])).get(target.key)).toMatchObject({ status: 'found' });
    expect(p.requests.filter((r) => r.path === '/v3/contacts/search')).toHaveLength(2);
    expect((await p.ledger.spent()).today).toBe(1);
  });

  it('keeps every readable item of a billed answer with odd fields, and reports the rest per item', async () => {
    const p = setup();
    const targets = [
      personByLinkedIn(people[0]!.linkedinUrl),
      personByLinkedIn(people[1]!.linkedinUrl),
      personByLinkedIn(people[3]!.linkedinUrl),
    ];
    await p.fault({
      kind: 'mutate',
      path: '/v3/contacts/search',
      set: {
        '/results/0/canReveal/0/newField': true,
        '/results/0/firstName': 12345,
        '/results/1/error': { code: 'SOMETHING_NEW', message: 'A new per-item error' },
        '/results/2': null,
      },
    });
    const before = (await p.state()).credits.remaining;
    const outcomes = await p.service.preview(targets);
    expect(outcomes.get(targets[0]!.key)).toMatchObject({ status: 'found', data: { firstName: '12345' } });
    expect(outcomes.get(targets[1]!.key)).toMatchObject({
      status: 'failed',
      error: { message: expect.stringContaining('A new per-item error') },
    });
    expect(outcomes.get(targets[2]!.key)).toMatchObject({
      status: 'failed',
      error: { message: expect.stringMatching(/could not be read/) },
    });
    const charged = before - (await p.state()).credits.remaining;
    expect(charged).toBeGreaterThan(0);
    expect((await p.ledger.spent()).today).toBe(charged);
    expect((await p.service.cached(targets)).size).toBe(1);
  });

  it('a search cut off after Lusha billed it is not sent again: the charge is found and recorded', async () => {
    const p = setup();
    await p.account.get();
    const target = personByLinkedIn(people[0]!.linkedinUrl);
    await p.fault({ kind: 'truncate', path: '/v3/contacts/search' });
    const before = (await p.state()).credits.remaining;
    const outcome = (await p.service.preview([target])).get(target.key);
    expect(outcome).toMatchObject({ status: 'failed', error: { kind: 'chargedNoAnswer', charged: 1 } });
    expect(before - (await p.state()).credits.remaining).toBe(1);
    expect(p.requests.filter((r) => r.path === '/v3/contacts/search')).toHaveLength(1);
    expect((await p.ledger.spent()).today).toBe(1);
    expect(new ChargedWithoutAnswerError(1).userMessage).toMatch(/billed again/);
  });

  it('a search that failed before reaching Lusha is sent again once usage shows nothing was billed', async () => {
    const p = setup();
    await p.account.get();
    const target = personByLinkedIn(people[0]!.linkedinUrl);
    await p.fault({ kind: 'drop', path: '/v3/contacts/search' });
    const outcome = (await p.service.preview([target])).get(target.key);
    expect(outcome).toMatchObject({ status: 'found' });
    expect(p.requests.filter((r) => r.path === '/v3/contacts/search')).toHaveLength(2);
    expect((await p.ledger.spent()).today).toBe(1);
  });
});
