import { describe, expect, it } from 'vitest';
import { createConnection, type ConnectionSettings } from '@/lib/lookup/connection';
import { toUserError } from '@/lib/lookup/user-error';
import { createSandbox } from '@/lib/sandbox';

const noNetwork: typeof fetch = async () => {
  throw new TypeError('network is off in this test');
};

describe('the connection', () => {
  it('in demo mode answers from the built-in sandbox: no key, no network', async () => {
    const connection = createConnection({
      settings: async () => ({ demoMode: true, apiBaseUrl: null }),
      apiKey: async () => null,
      fetch: noNetwork,
    });
    expect(await connection.demo()).toBe(true);
    const { data } = await (await connection.client()).getAccountUsage();
    expect(data.credits?.remaining).toBeGreaterThan(0);
  });

  it('in demo mode, a sandbox that failed to load is tried again at the next call', async () => {
    let tries = 0;
    const connection = createConnection({
      settings: async () => ({ demoMode: true, apiBaseUrl: null }),
      apiKey: async () => null,
      fetch: noNetwork,
      sandbox: async () => {
        if (++tries === 1) throw new Error('Prospect Lens: the demo-sandbox chunk did not load');
        return createSandbox();
      },
    });
    const first = await (await connection.client()).getAccountUsage().catch((e: unknown) => e);
    // The transport reports it as it reports any fetch that throws.
    expect(String(first)).toMatch(/network/);
    const { data } = await (await connection.client()).getAccountUsage();
    expect(data.credits?.remaining).toBeGreaterThan(0);
    expect(tries).toBe(2);
  });

  it('without a key and without demo mode, says to add a key', async () => {
    const connection = createConnection({
      settings: async () => ({ demoMode: false, apiBaseUrl: null }),
      apiKey: async () => null,
      fetch: noNetwork,
    });
    const error = await (await connection.client()).getAccountUsage().catch((e: unknown) => e);
    expect(toUserError(error)).toMatchObject({
      kind: 'noKey',
      message: expect.stringMatching(/Settings/),
    });
  });

  it('sends the saved key to the configured base URL, read at each call', async () => {
    const sandbox = createSandbox();
    const seen: string[] = [];
    let key = 'sandbox-key';
    const settings: ConnectionSettings = { demoMode: false, apiBaseUrl: 'http://127.0.0.1:4010' };
    const connection = createConnection({
      settings: async () => settings,
      apiKey: async () => ({ key, baseUrl: 'http://127.0.0.1:4010' }),
      fetch: async (input, init) => {
        const request = new Request(input, init);
        seen.push(`${request.url} ${request.headers.get('api_key')}`);
        return sandbox.handle(request);
      },
    });
    const client = await connection.client();
    await client.getAccountUsage();
    key = 'sandbox-inactive';
    await expect(client.getAccountUsage()).rejects.toMatchObject({ kind: 'forbidden' });
    expect(seen).toEqual([
      'http://127.0.0.1:4010/v3/account/usage sandbox-key',
      'http://127.0.0.1:4010/v3/account/usage sandbox-inactive',
    ]);
    await expect(
      (await connection.clientForKey('wrong')).client.getAccountUsage(),
    ).rejects.toMatchObject({
      kind: 'unauthorized',
    });
  });

  it('sends a key only to the address it was checked with', async () => {
    const seen: string[] = [];
    const settings: ConnectionSettings = { demoMode: false, apiBaseUrl: null };
    const connection = createConnection({
      settings: async () => settings,
      apiKey: async () => ({ key: 'lusha-key-123', baseUrl: 'https://api.lusha.com' }),
      fetch: async (input) => {
        seen.push(String(input));
        return new Response('{}', { status: 500 });
      },
    });
    settings.apiBaseUrl = 'https://evil.example';
    const error = await (await connection.client()).getAccountUsage().catch((e: unknown) => e);
    expect(toUserError(error)).toMatchObject({
      kind: 'noKey',
      message: expect.stringMatching(/checked with api\.lusha\.com.*evil\.example.*again/),
    });
    expect(seen).toEqual([]);
  });
});
