import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import type { LensDb } from '@/lib/db';
import { createPreviewCache } from '@/lib/lookup/cache';
import { freshDb } from '../support/db';

interface Value {
  name: string;
  id?: string;
}

describe('the preview cache', () => {
  let now = 1_000_000;
  let db: LensDb;
  beforeEach(() => {
    now = 1_000_000;
    db = freshDb();
  });
  const cache = (scope: 'live' | 'demo' = 'live') =>
    createPreviewCache<Value>({ db, scope, ttlMs: 1000, now: () => now, lushaIdOf: (v) => v.id });

  it('keeps each preview in the database until it expires', async () => {
    await cache().setMany(
      new Map([
        ['in/ada', { name: 'Ada' }],
        ['in/bo', { name: 'Bo' }],
      ]),
    );
    expect((await db.previews.toArray()).map((r) => r.id).sort()).toEqual([
      'live|in/ada',
      'live|in/bo',
    ]);
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

  it('keeps demo and live previews apart', async () => {
    await cache('demo').setMany(new Map([['in/ada', { name: 'Demo Ada' }]]));
    expect((await cache('live').getMany(['in/ada'])).size).toBe(0);
    await cache('live').clear();
    expect((await cache('demo').getMany(['in/ada'])).get('in/ada')?.value.name).toBe('Demo Ada');
  });

  it('prunes expired entries only', async () => {
    await cache().setMany(new Map([['in/ada', { name: 'Ada' }]]));
    now += 500;
    await cache().setMany(new Map([['in/bo', { name: 'Bo' }]]));
    now += 600;
    expect(await cache().prune()).toBe(1);
    expect((await db.previews.toArray()).map((r) => r.key)).toEqual(['in/bo']);
  });

  it('rewrites the entries of given Lusha ids, keeping their expiry', async () => {
    now = 5;
    await cache().setMany(
      new Map([
        ['a', { name: 'Ada', id: '1' }],
        ['b', { name: 'Bo', id: '2' }],
        ['c', { name: 'Bo by email', id: '2' }],
      ]),
    );
    await cache('demo').setMany(new Map([['b', { name: 'Demo Bo', id: '2' }]]));
    expect(await cache().updateByLushaIds(['2'], (v) => ({ ...v, name: `${v.name}!` }))).toBe(2);
    const all = await cache().getMany(['a', 'b', 'c']);
    expect(all.get('b')).toEqual({ value: { name: 'Bo!', id: '2' }, storedAt: 5, expiresAt: 1005 });
    expect(all.get('c')?.value.name).toBe('Bo by email!');
    expect(all.get('a')?.value.name).toBe('Ada');
    expect((await cache('demo').getMany(['b'])).get('b')?.value.name).toBe('Demo Bo');
  });
});
