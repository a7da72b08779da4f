import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import {
  operations,
  verifyWebhookSignature,
  type LushaClient,
  type OperationId,
} from '@/lib/lusha';
import { clientFor, inProcessSandbox } from './sandbox-helpers';

/** One call per operation, in an order where later calls can use what earlier ones made. */
async function callEverything(
  client: LushaClient,
  env: ReturnType<typeof inProcessSandbox>,
  url: string,
) {
  const { contacts, companies } = env.sandbox.dataset;
  const contactIds = contacts.slice(0, 3).map((c) => c.id);
  const companyIds = companies.slice(0, 3).map((c) => c.id);
  const domains = companies.slice(0, 2).map((c) => c.domain);
  const page = { page: 0, size: 10 };
  const done: Partial<Record<OperationId, unknown>> = {};
  const run = async <T>(id: OperationId, call: () => Promise<{ data: T }>) => {
    done[id] = (await call()).data;
    return done[id] as T;
  };
  await run('searchContacts', () => client.searchContacts({ contacts: [{ id: contactIds[0] }] }));
  await run('enrichContacts', () => client.enrichContacts({ ids: contactIds }));
  await run('searchAndEnrichContacts', () =>
    client.searchAndEnrichContacts({ contacts: [{ id: contactIds[1] }], reveal: ['emails'] }),
  );
  await run('searchCompanies', () =>
    client.searchCompanies({ companies: [{ domain: domains[0] }] }),
  );
  await run('enrichCompanies', () => client.enrichCompanies({ ids: companyIds }));
  await run('searchAndEnrichCompanies', () =>
    client.searchAndEnrichCompanies({ companies: [{ domain: domains[1] }] }),
  );
  await run('prospectingContacts', () =>
    client.prospectingContacts({
      pagination: page,
      filters: { contacts: { include: { departments: ['Sales'] } } },
    }),
  );
  await run('prospectingCompanies', () =>
    client.prospectingCompanies({
      pagination: page,
      filters: { companies: { include: { sizes: [{ min: 1 }] } } },
    }),
  );
  await run('getContactFilterTypes', () => client.getContactFilterTypes());
  await run('getContactFilterValues', () => client.getContactFilterValues('seniority'));
  await run('getCompanyFilterTypes', () => client.getCompanyFilterTypes());
  await run('getCompanyFilterValues', () => client.getCompanyFilterValues('industriesLabels'));
  await run('getContactSignals', () =>
    client.getContactSignals({ ids: contactIds, signalTypes: ['allSignals'] }),
  );
  await run('getCompanySignals', () =>
    client.getCompanySignals({ ids: companyIds, signalTypes: ['allSignals'] }),
  );
  await run('getContactSignalTypes', () => client.getContactSignalTypes());
  await run('getCompanySignalTypes', () => client.getCompanySignalTypes());
  await run('getCompanySignalFilters', () => client.getCompanySignalFilters());
  await run('getCompanySignalFilterValues', () =>
    client.getCompanySignalFilterValues('newsEventTypes'),
  );
  await run('getContactLookalikes', () =>
    // Lookalikes take 5-100 seeds.
    client.getContactLookalikes({
      seeds: { ids: contacts.slice(0, 5).map((c) => c.id) },
      limit: 5,
    }),
  );
  await run('getCompanyLookalikes', () =>
    client.getCompanyLookalikes({
      seeds: { domains: companies.slice(0, 5).map((c) => c.domain) },
      limit: 5,
    }),
  );
  await run('getWebsiteVisits', () =>
    client.getWebsiteVisits({
      domains: ['prospectlens.example'],
      startDate: '2026-10-01',
      endDate: '2026-10-31',
      pagination: { page: 0, size: 10 },
    }),
  );
  await run('getAccountUsage', () => client.getAccountUsage());
  // The account has no secret until one is generated.
  const made = await run('regenerateAccountSecret', () => client.regenerateAccountSecret());
  const read = await run('getAccountSecret', () => client.getAccountSecret());
  expect(read.secret).toBe(made.secret);
  const created = await run('createSubscription', () =>
    client.createSubscription({
      defaults: { url, entityType: 'company', signalTypes: ['allSignals'] },
      subscriptions: [{ entityId: companyIds[0]! }, { entityId: companyIds[1]! }],
    }),
  );
  const [first, second] = created.results.flatMap((r) => (r.success ? [r.subscription.id] : []));
  await run('listSubscriptions', () => client.listSubscriptions({ limit: 10, offset: 0 }));
  await run('getSubscriptionById', () => client.getSubscriptionById(first!));
  await run('updateSubscription', () => client.updateSubscription(first!, { name: 'Renamed' }));
  await run('testSubscription', () => client.testSubscription(first!, 'direct'));
  await run('createOptOutSubscription', () =>
    client.createOptOutSubscription({ entityType: 'contact', url }),
  );
  await run('getAuditLogs', () => client.getAuditLogs({ limit: 10 }));
  await run('getAuditLogStats', () => client.getAuditLogStats({ subscriptionId: first }));
  await run('deleteSubscriptions', () => client.deleteSubscriptions({ ids: [second!] }));
  return done;
}

describe('every operation through the client', () => {
  it('calls all 33 operations against the sandbox and validates each answer', async () => {
    const deliveries: { headers: Record<string, unknown>; body: string }[] = [];
    const receiver = createServer((req, res) => {
      let body = '';
      req.on('data', (chunk: Buffer) => (body += chunk.toString()));
      req.on('end', () => {
        deliveries.push({ headers: req.headers, body });
        res.writeHead(200).end('ok');
      });
    });
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
    const hookUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`;
    const env = inProcessSandbox();
    const { client } = clientFor(env.fetch);
    const done = await callEverything(client, env, hookUrl).finally(() => receiver.close());
    // The test delivery is signed with the account secret read before it.
    const { secret } = done.getAccountSecret as { secret: string };
    expect(deliveries).toHaveLength(1);
    const [delivery] = deliveries;
    const check = await verifyWebhookSignature({
      secret,
      signature: String(delivery!.headers['x-lusha-signature']),
      timestamp: String(delivery!.headers['x-lusha-timestamp']),
      body: delivery!.body,
    });
    expect(check).toEqual({ ok: true });
    expect(Object.keys(done).sort()).toEqual(Object.keys(operations).sort());
    const paths = env.sent.map((r) => `${r.method} ${new URL(r.url).pathname}`);
    expect(new Set(paths).size).toBe(33);
  });
});
