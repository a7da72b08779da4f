import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createPreviewCache } from '@/lib/lookup/cache';

describe('the preview cache', () => {
  let now = 1_000_000;
  beforeEach(() => {
    fakeBrowser.reset();
    now = 1_000_000;
  });
  const cache = () =>
    createPreviewCache<{ name: string }>({ prefix: 'pv:', ttlMs: 1000, now: () => now });

  it('keeps each preview under its own key in storage.local until it expires', async () => {
    await cache().setMany(
      new Map([
        ['in/ada', { name: 'Ada' }],
        ['in/bo', { name: 'Bo' }],
      ]),
    );
    const stored = await fakeBrowser.storage.local.get(null);
    expect(Object.keys(stored).sort()).toEqual(['pv:in/ada', 'pv:in/bo']);

    const hits = await cache().getMany(['in/ada', 'in/zed']);
    expect([...hits.keys()]).toEqual(['in/ada']);
    expect(hits.get('in/ada')).toEqual({
      value: { name: 'Ada' },
      storedAt: now,
      expiresAt: now + 1000,
    });

    now += 1000;
    expect((await cache().getMany(['in/ada', 'in/bo'])).size).toBe(0);
  });

  it('prunes expired entries and leaves other storage alone', async () => {
    await fakeBrowser.storage.local.set({ settings: { x: 1 } });
    await cache().setMany(new Map([['in/ada', { name: 'Ada' }]]));
    now += 500;
    await cache().setMany(new Map([['in/bo', { name: 'Bo' }]]));
    now += 600;
    expect(await cache().prune()).toBe(1);
    expect(Object.keys(await fakeBrowser.storage.local.get(null)).sort()).toEqual([
      'pv:in/bo',
      'settings',
    ]);
    await cache().clear();
    expect(Object.keys(await fakeBrowser.storage.local.get(null))).toEqual(['settings']);
  });
});

describe('updating cached previews', () => {
  beforeEach(() => fakeBrowser.reset());

  it('rewrites only the entries the change returns, keeping their expiry', async () => {
    const cache = createPreviewCache<{ name: string }>({
      prefix: 'pv:',
      ttlMs: 1000,
      now: () => 5,
    });
    await cache.setMany(
      new Map([
        ['a', { name: 'Ada' }],
        ['b', { name: 'Bo' }],
      ]),
    );
    expect(await cache.updateWhere((v) => (v.name === 'Bo' ? { name: 'Bo R.' } : null))).toBe(1);
    const all = await cache.getMany(['a', 'b']);
    expect(all.get('b')).toEqual({ value: { name: 'Bo R.' }, storedAt: 5, expiresAt: 1005 });
    expect(all.get('a')?.value).toEqual({ name: 'Ada' });
  });
});
