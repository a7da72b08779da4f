import { beforeEach, describe, expect, it } from 'vitest';
import type { LushaApiError } from '@/lib/lusha';
import { addFault, clientFor, inProcessSandbox, thrown } from './sandbox-helpers';

let env: ReturnType<typeof inProcessSandbox>;
beforeEach(() => {
  env = inProcessSandbox();
});

const apiCalls = (path: string) =>
  env.sent.filter((r) => new URL(r.url).pathname === path).map((r) => r.clone());

async function creditsUsed(client: ReturnType<typeof clientFor>['client']) {
  return (await client.getAccountUsage()).data.credits?.used ?? NaN;
}

describe('bulk calls against the in-process sandbox', () => {
  it('splits 250 contacts into 3 searches, keeps input order and sums billing', async () => {
    const { client } = clientFor(env.fetch);
    const people = env.sandbox.dataset.contacts.slice(0, 250);
    expect(people).toHaveLength(250);
    const before = await creditsUsed(client);
    const result = await client.searchContacts({
      contacts: people.map((c, i) => ({
        clientReferenceId: `ref-${i}`,
        ...(c.linkedinUrl ? { linkedinUrl: c.linkedinUrl } : { id: c.id }),
      })),
    });
    const sent = apiCalls('/v3/contacts/search');
    const sizes = await Promise.all(
      sent.map(async (r) => ((await r.json()) as { contacts: unknown[] }).contacts.length),
    );
    expect(sizes).toEqual([100, 100, 50]);
    expect(result.data.results?.map((r) => r.clientReferenceId)).toEqual(
      people.map((_, i) => `ref-${i}`),
    );
    const found = result.data.results?.filter((r) => r.id) ?? [];
    expect(found.length).toBeGreaterThan(200);
    for (const r of found) expect(r.id).toBe(people[Number(r.clientReferenceId!.slice(4))]!.id);
    const spent = (await creditsUsed(client)) - before;
    expect(spent).toBeGreaterThanOrEqual(3);
    expect(result.billing?.creditsCharged).toBe(spent);
    expect(result.data.billing).toEqual(result.billing);
    expect(result.billing?.resultsReturned).toBe(found.length);
    // The last chunk's headers: account usage counts in its own bucket.
    expect(result.rateLimit.minute.usage).toBe(3);
  });

  it('enriches 250 ids in 3 requests, results in the order of the ids', async () => {
    const { client } = clientFor(env.fetch);
    const ids = env.sandbox.dataset.contacts
      .slice(0, 250)
      .map((c) => c.id)
      .reverse();
    const result = await client.enrichContacts({ ids, reveal: ['emails'] });
    const sent = apiCalls('/v3/contacts/enrich');
    const bodies = await Promise.all(sent.map(async (r) => (await r.json()) as { ids: string[] }));
    expect(bodies.map((b) => b.ids)).toEqual([
      ids.slice(0, 100),
      ids.slice(100, 200),
      ids.slice(200),
    ]);
    expect(bodies.every((b) => 'reveal' in b)).toBe(true);
    expect(result.data.results?.map((r) => r.id)).toEqual(ids);
    expect(result.billing?.creditsCharged).toBeGreaterThan(0);
  });

  it('chunks company search and company enrich the same way', async () => {
    const { client } = clientFor(env.fetch);
    const companies = env.sandbox.dataset.companies.slice(0, 120);
    const search = await client.searchCompanies({
      companies: companies.map((c, i) => ({ clientReferenceId: `c${i}`, domain: c.domain })),
    });
    expect(apiCalls('/v3/companies/search')).toHaveLength(2);
    expect(search.data.results).toHaveLength(companies.length);
    const enriched = await client.enrichCompanies({ ids: companies.map((c) => c.id) });
    expect(apiCalls('/v3/companies/enrich')).toHaveLength(2);
    expect(enriched.data.results?.map((r) => r.id)).toEqual(companies.map((c) => c.id));
  });

  it('keeps the billed chunks on the error when the third chunk fails', async () => {
    let calls = 0;
    const { client } = clientFor(async (input, init) => {
      calls += 1;
      if (calls === 3) await addFault(env.sandbox, { kind: 'status', status: 503 });
      return env.fetch(input, init);
    });
    const ids = env.sandbox.dataset.contacts.slice(0, 250).map((c) => c.id);
    const error = (await thrown(client.enrichContacts({ ids }))) as LushaApiError;
    expect(error.kind).toBe('server');
    expect(error.partial?.itemsDone).toBe(200);
    const partial = error.partial?.data as { results: { id: string }[] };
    expect(partial.results.map((r) => r.id)).toEqual(ids.slice(0, 200));
    expect((error.partial?.billing as { creditsCharged: number }).creditsCharged).toBeGreaterThan(
      0,
    );
  });

  it('creates 30 webhook subscriptions in batches of 25 with indexes across the whole list', async () => {
    const { client } = clientFor(env.fetch);
    const contacts = env.sandbox.dataset.contacts.slice(0, 30);
    // Lusha wants an account secret before any subscription is created.
    await client.regenerateAccountSecret();
    const created = await client.createSubscription({
      defaults: { url: 'https://hooks.example.com/lusha', entityType: 'contact' },
      subscriptions: contacts.map((c) => ({ entityId: c.id, signalTypes: ['allSignals'] })),
    });
    expect(apiCalls('/api/subscriptions')).toHaveLength(2);
    expect(created.data.total).toBe(30);
    expect(created.data.successful).toBe(30);
    expect(created.data.results.map((r) => r.index)).toEqual(contacts.map((_, i) => i));
    const ids = created.data.results.flatMap((r) => (r.success ? [r.subscription.id] : []));
    const deleted = await client.deleteSubscriptions({ ids });
    expect(apiCalls('/api/subscriptions/delete')).toHaveLength(2);
    expect(deleted.data.successful).toBe(30);
    expect(deleted.data.results[29]?.index).toBe(29);
  });
});
