import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createLushaClient, type LushaApiError } from '@/lib/lusha';
import { startSandboxServer, type SandboxServer } from '@/lib/sandbox/node';
import { thrown } from './sandbox-helpers';

describe('client over real HTTP against the sandbox server', () => {
  let server: SandboxServer;
  beforeAll(async () => {
    server = await startSandboxServer({ port: 0 });
  });
  afterAll(() => server.close());
  beforeEach(() => server.sandbox.reset());

  const client = (timeoutMs = 2_000) =>
    createLushaClient({ baseUrl: server.url, getApiKey: async () => 'sandbox-key', timeoutMs });

  async function fault(spec: Record<string, unknown>) {
    const response = await fetch(`${server.url}/__sandbox/faults`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(spec),
    });
    expect(response.status).toBe(201);
  }

  it('answers a normal call with rate-limit headers', async () => {
    const result = await client().getAccountUsage();
    expect(result.data.credits?.remaining).toBeGreaterThan(0);
    expect(result.rateLimit.minute.limit).toBeGreaterThan(0);
    expect(result.billing).toBeNull();
  });

  it('turns a dropped connection into network', async () => {
    await fault({ kind: 'drop' });
    const error = (await thrown(client().getAccountUsage())) as LushaApiError;
    expect(error.kind).toBe('network');
    expect(error.retryable).toBe(true);
    expect(error.userMessage).toBe("Can't reach Lusha. Check your connection.");
  });

  it('turns a hang past timeoutMs into timeout, quickly', async () => {
    await fault({ kind: 'hang', hangMs: 10_000 });
    const started = performance.now();
    const error = (await thrown(client(200).getContactSignalTypes())) as LushaApiError;
    expect(error.kind).toBe('timeout');
    expect(performance.now() - started).toBeLessThan(3_000);
  });

  it('turns a body cut short into network (the connection broke mid-answer)', async () => {
    await fault({ kind: 'truncate' });
    const error = (await thrown(client().getAccountUsage())) as LushaApiError;
    expect(error.kind).toBe('network');
    expect(error.rateLimit?.minute.limit).toBeGreaterThan(0);
  });

  it('turns a non-JSON 200 body into invalidResponse', async () => {
    await fault({ kind: 'malformed' });
    const error = (await thrown(client().getAccountUsage())) as LushaApiError;
    expect(error.kind).toBe('invalidResponse');
    expect(error.apiMessage).toMatch(/not JSON/);
  });

  it('keeps working after faults', async () => {
    await fault({ kind: 'status', status: 503 });
    const error = (await thrown(client().getAccountUsage())) as LushaApiError;
    expect(error.kind).toBe('server');
    expect(error.apiMessage).toBe('Service temporarily unavailable');
    await expect(client().getAccountUsage()).resolves.toBeTruthy();
  });
});

describe('client against a server that answers shapes the sandbox never does', () => {
  let server: Server;
  let url = '';
  const answers = new Map<string, { status: number; body: string; type?: string }>([
    ['/v3/contacts/search', { status: 200, body: JSON.stringify({ results: [{ id: 7 }] }) }],
    ['/v3/contacts/enrich', { status: 200, body: JSON.stringify({ billing: { creditsCharged: 1 } }) }],
    ['/api/account/secret', { status: 200, body: JSON.stringify({ other: 'x' }) }],
    ['/v3/account/usage', { status: 502, body: '<html>Bad gateway</html>', type: 'text/html' }],
    [
      '/api/audit-logs/stats',
      {
        status: 422,
        body: JSON.stringify({ statusCode: 422, message: 'Nope', errors: ['a', 'b'] }),
      },
    ],
  ]);
  beforeAll(async () => {
    server = createServer((req, res) => {
      const answer = answers.get(new URL(req.url ?? '/', 'http://x').pathname);
      res.writeHead(answer?.status ?? 404, { 'content-type': answer?.type ?? 'application/json' });
      res.end(answer?.body ?? '{}');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const client = () => createLushaClient({ baseUrl: url, getApiKey: async () => 'k' });

  it('reads a billed answer tolerantly: a number where text was expected is kept as text', async () => {
    const { data } = await client().searchContacts({ contacts: [{ id: '1' }] });
    expect(data.results).toEqual([{ id: '7' }]);
  });

  it('refuses a billed answer with no results list, and says Lusha may have billed it', async () => {
    const error = (await thrown(client().enrichContacts({ ids: ['1'] }))) as LushaApiError;
    expect(error).toMatchObject({ kind: 'invalidResponse', billingUnknown: true });
  });

  it('rejects an answer missing a required field', async () => {
    const error = (await thrown(client().getAccountSecret())) as LushaApiError;
    expect(error.kind).toBe('invalidResponse');
    expect(error.errors?.join(' ')).toMatch(/secret/);
  });

  it('keeps a non-JSON error body as the message of a server error', async () => {
    const error = (await thrown(client().getAccountUsage())) as LushaApiError;
    expect(error.kind).toBe('server');
    expect(error.status).toBe(502);
    expect(error.apiMessage).toContain('Bad gateway');
    expect(error.rateLimit).toBeUndefined();
  });

  it('keeps the API message and errors of an unlisted 4xx as badRequest', async () => {
    const error = (await thrown(client().getAuditLogStats())) as LushaApiError;
    expect(error.kind).toBe('badRequest');
    expect(error.apiMessage).toBe('Nope');
    expect(error.errors).toEqual(['a', 'b']);
  });
});
