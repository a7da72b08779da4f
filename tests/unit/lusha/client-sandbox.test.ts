import { beforeEach, describe, expect, it } from 'vitest';
import { LushaApiError, type LushaErrorKind } from '@/lib/lusha';
import { addFault, clientFor, inProcessSandbox, thrown } from './sandbox-helpers';

let env: ReturnType<typeof inProcessSandbox>;
beforeEach(() => {
  env = inProcessSandbox();
});

const someContacts = (n: number) =>
  env.sandbox.dataset.contacts.slice(0, n).map((c, i) => ({
    clientReferenceId: `ref-${i}`,
    ...(c.linkedinUrl ? { linkedinUrl: c.linkedinUrl } : { id: c.id }),
  }));

describe('client against the in-process sandbox', () => {
  it('sends the key header, validates the answer and reads billing and rate limits', async () => {
    const { client, keyReads } = clientFor(env.fetch);
    const result = await client.searchContacts({ contacts: someContacts(2) });
    expect(result.data.results?.map((r) => r.clientReferenceId)).toEqual(['ref-0', 'ref-1']);
    expect(result.data.results?.[0]?.id).toBe(env.sandbox.dataset.contacts[0]!.id);
    expect(result.billing?.creditsCharged).toBeGreaterThan(0);
    expect(result.billing).toEqual(result.data.billing);
    expect(result.rateLimit.minute.limit).toBeGreaterThan(0);
    expect(result.rateLimit.minute.usage).toBe(1);
    expect(result.rateLimit.daily.left).toBe(result.rateLimit.daily.limit! - 1);
    const request = env.sent[0]!;
    expect(request.headers.get('api_key')).toBe('sandbox-key');
    expect(request.headers.get('content-type')).toBe('application/json');
    await client.getAccountUsage();
    expect(keyReads.count).toBe(2);
  });

  it('fills path and query parameters', async () => {
    const { client } = clientFor(env.fetch);
    const values = await client.getContactFilterValues('departments');
    expect(values.data.values).toBeTruthy();
    expect(values.billing).toBeNull();
    await client.getCompanyFilterValues('names', 'a b');
    expect(new URL(env.sent[1]!.url).pathname).toBe('/v3/companies/prospecting/filters/names');
    expect(new URL(env.sent[1]!.url).searchParams.get('query')).toBe('a b');
    const list = await client.listSubscriptions({ limit: 5 });
    expect(list.data.data).toEqual([]);
    expect(new URL(env.sent[2]!.url).search).toBe('?limit=5');
  });

  it('fails as unauthorized without sending anything when no key is set', async () => {
    const { client } = clientFor(env.fetch, null);
    const error = await thrown(client.getAccountUsage());
    expect(error).toBeInstanceOf(LushaApiError);
    expect((error as LushaApiError).kind).toBe('unauthorized');
    expect(env.sent).toHaveLength(0);
  });

  it.each([
    ['wrong-key', 'unauthorized', 401],
    ['sandbox-no-credits', 'noCredits', 402],
    ['sandbox-inactive', 'forbidden', 403],
  ] as const)('key %s gives %s', async (key, kind, status) => {
    const { client } = clientFor(env.fetch, key);
    const error = (await thrown(
      client.searchContacts({ contacts: someContacts(1) }),
    )) as LushaApiError;
    expect(error.kind).toBe(kind);
    expect(error.status).toBe(status);
    expect(error.apiMessage).toBeTruthy();
    expect(error.retryable).toBe(false);
    expect(error.operationId).toBe('searchContacts');
  });

  it('reports rateLimited with the headers once the throttled key is used up', async () => {
    const { client } = clientFor(env.fetch, 'sandbox-throttled');
    let error: unknown;
    for (let i = 0; i < 10 && !error; i += 1) {
      error = await client.getContactSignalTypes().then(
        () => undefined,
        (e: unknown) => e,
      );
    }
    expect(error).toBeInstanceOf(LushaApiError);
    const limited = error as LushaApiError;
    expect(limited.kind).toBe('rateLimited');
    expect(limited.status).toBe(429);
    expect(limited.retryable).toBe(true);
    expect(limited.rateLimit?.minute.left).toBe(0);
  });

  it.each([
    [400, 'badRequest'],
    [404, 'notFound'],
    [410, 'sessionExpired'],
    [451, 'gdprBlocked'],
    [499, 'clientClosed'],
    [500, 'server'],
    [502, 'server'],
  ] as [number, LushaErrorKind][])('an injected %i gives %s', async (status, kind) => {
    await addFault(env.sandbox, { kind: 'status', status, path: '/v3/contacts/enrich' });
    const { client } = clientFor(env.fetch);
    const error = (await thrown(client.enrichContacts({ ids: ['1'] }))) as LushaApiError;
    expect(error.kind).toBe(kind);
    expect(error.status).toBe(status);
    expect(error.rateLimit?.minute.limit).toBeGreaterThan(0);
    expect(error.userMessage.length).toBeGreaterThan(10);
  });

  it('gives sessionExpired with the code for an unknown lookalike dedupe session', async () => {
    const { client } = clientFor(env.fetch);
    const dedupeSessionId = '00000000-0000-4000-8000-000000000000';
    const contacts = (await thrown(
      client.getContactLookalikes({ dedupeSessionId, seeds: { ids: ['1', '2', '3', '4', '5'] } }),
    )) as LushaApiError;
    const companies = (await thrown(
      client.getCompanyLookalikes({
        dedupeSessionId,
        seeds: { domains: ['a.com', 'b.com', 'c.com', 'd.com', 'e.com'] },
      }),
    )) as LushaApiError;
    for (const error of [contacts, companies]) {
      expect(error.kind).toBe('sessionExpired');
      expect(error.status).toBe(410);
      expect(error.errors).toEqual(['DEDUPE_SESSION_INVALID']);
      expect(error.userMessage).toMatch(/Start the search again/);
    }
  });

  it('gives invalidResponse for a body that is not JSON', async () => {
    await addFault(env.sandbox, { kind: 'malformed' });
    const { client } = clientFor(env.fetch);
    const error = (await thrown(client.getAccountUsage())) as LushaApiError;
    expect(error.kind).toBe('invalidResponse');
    expect(error.status).toBe(200);
    expect(error.retryable).toBe(false);
  });

  it('gives network for a dropped connection', async () => {
    await addFault(env.sandbox, { kind: 'drop' });
    const { client } = clientFor(env.fetch);
    const error = (await thrown(client.getAccountUsage())) as LushaApiError;
    expect(error.kind).toBe('network');
    expect(error.retryable).toBe(true);
  });

  it('rethrows the caller abort reason instead of a Lusha error', async () => {
    await addFault(env.sandbox, { kind: 'hang', hangMs: 5_000 });
    const { client } = clientFor(env.fetch);
    const controller = new AbortController();
    const call = client.getAccountUsage({ signal: controller.signal });
    const reason = new Error('user closed the panel');
    controller.abort(reason);
    expect(await thrown(call)).toBe(reason);
  });

  it('gives timeout when the sandbox hangs past timeoutMs', async () => {
    await addFault(env.sandbox, { kind: 'hang', hangMs: 5_000 });
    const { client } = clientFor(env.fetch, 'sandbox-key', { timeoutMs: 50 });
    const error = (await thrown(client.getAccountUsage())) as LushaApiError;
    expect(error.kind).toBe('timeout');
    expect(error.retryable).toBe(true);
  });
});
