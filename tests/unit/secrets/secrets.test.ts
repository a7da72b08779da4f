import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { createApiKeyStore, createSecretStore, maskKey } from '@/lib/secrets';

describe('the secret store', () => {
  it('keeps the API key in IndexedDB, replaces and removes it', async () => {
    const keys = createApiKeyStore(createSecretStore(`test-${Math.random()}`));
    expect(await keys.get()).toBeNull();
    expect(await keys.status()).toEqual({ saved: false, masked: null, baseUrl: null });

    await keys.set('  lusha-key-1234567890abcd  ');
    expect(await keys.get()).toEqual({ key: 'lusha-key-1234567890abcd', baseUrl: 'https://api.lusha.com' });
    expect(await keys.status()).toEqual({
      saved: true,
      masked: '••••••••abcd',
      baseUrl: 'https://api.lusha.com',
    });

    await keys.set('second-key-000000009999', 'http://127.0.0.1:4010');
    expect(await keys.get()).toEqual({ key: 'second-key-000000009999', baseUrl: 'http://127.0.0.1:4010' });

    await keys.remove();
    expect(await keys.get()).toBeNull();
  });

  it('survives a new store object over the same database (a restarted worker)', async () => {
    const name = `test-${Math.random()}`;
    await createApiKeyStore(createSecretStore(name)).set('persisted-key-abcdef12');
    expect((await createApiKeyStore(createSecretStore(name)).get())?.key).toBe('persisted-key-abcdef12');
  });

  it('masks short keys completely', () => {
    expect(maskKey('short')).toBe('••••••••');
    expect(maskKey('0123456789')).toBe('••••••••6789');
  });
});
