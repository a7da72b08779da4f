import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { migrate, MIGRATIONS } from '@/lib/db/migrations';
import { createHistoryStore } from '@/lib/history';
import { dataVersionItem } from '@/lib/storage';
import { freshDb } from '../support/db';

const legacyPerson = (id: string, revealedAt: number) => ({
  kind: 'person',
  id,
  name: `Person ${id}`,
  linkedinUrl: `https://www.linkedin.com/in/person-${id}`,
  emails: [{ email: `p${id}@acme.example` }],
  phones: [],
  revealedAt,
  creditsCharged: 1,
  demo: false,
});

describe('data migration 1: storage.local items into the indexed database', () => {
  beforeEach(() => fakeBrowser.reset());

  it('moves the history and the previews, then removes the old items, once', async () => {
    await fakeBrowser.storage.local.set({
      settings: { demoMode: false },
      history: {
        entries: { 'person:1': legacyPerson('1', 10), 'person:2': legacyPerson('2', 20) },
      },
      'preview:live:person:linkedin:https://www.linkedin.com/in/person-1': {
        value: { status: 'found', kind: 'person', data: { id: '1' }, fetchedAt: 1 },
        storedAt: 1,
        expiresAt: Date.now() + 1000,
      },
      'preview:demo:company:domain:acme.example': {
        value: {
          status: 'missing',
          kind: 'company',
          code: 'NOT_FOUND',
          message: 'x',
          fetchedAt: 1,
        },
        storedAt: 1,
        expiresAt: Date.now() + 1000,
      },
    });
    const db = freshDb();
    expect(await migrate(db)).toBe(MIGRATIONS.length);

    const history = createHistoryStore(db);
    const page = await history.search({ scope: 'live' });
    expect(page.entries.map((e) => e.id)).toEqual(['2', '1']);
    expect(
      (
        await history.findRevealed(
          ['https://www.linkedin.com/in/person-1', 'p2@acme.example'],
          'live',
        )
      ).size,
    ).toBe(2);
    const previews = await db.previews.toArray();
    expect(previews.map((r) => [r.id, r.lushaId]).sort()).toEqual([
      ['demo|company:domain:acme.example', undefined],
      ['live|person:linkedin:https://www.linkedin.com/in/person-1', '1'],
    ]);
    expect(Object.keys(await fakeBrowser.storage.local.get(null)).sort()).toEqual([
      'dataVersion',
      'settings',
    ]);
    expect(await dataVersionItem.getValue()).toBe(1);

    // A second start runs nothing again (an old item written now would stay where it is).
    await fakeBrowser.storage.local.set({
      history: { entries: { 'person:3': legacyPerson('3', 30) } },
    });
    await migrate(db);
    expect((await history.search({ scope: 'live' })).total).toBe(2);
  });

  it('keeps a reveal made after the upgrade when the old history had the same person', async () => {
    const db = freshDb();
    await createHistoryStore(db).save([
      { ...legacyPerson('1', 50), phones: [{ number: '+1 555 0100' }] } as never,
    ]);
    await fakeBrowser.storage.local.set({
      history: { entries: { 'person:1': legacyPerson('1', 10) } },
    });
    await migrate(db);
    const [entry] = (await createHistoryStore(db).search({ scope: 'live' })).entries;
    expect(entry).toMatchObject({ id: '1', creditsCharged: 2 });
    expect(entry!.kind === 'person' && entry!.phones).toHaveLength(1);
  });

  it('a migration that fails is tried again at the next start, and nothing is removed', async () => {
    await fakeBrowser.storage.local.set({
      history: { entries: { 'person:1': legacyPerson('1', 10) } },
    });
    const db = freshDb();
    const failing = [{ version: 1, run: async () => Promise.reject(new Error('disk full')) }];
    await expect(migrate(db, failing)).rejects.toThrow('disk full');
    expect(await dataVersionItem.getValue()).toBe(0);
    expect(await fakeBrowser.storage.local.get('history')).toHaveProperty('history');
    expect(await migrate(db)).toBe(1);
    expect((await createHistoryStore(db).search({ scope: 'live' })).total).toBe(1);
  });
});

describe('database versions', () => {
  it('version 1 opens empty with every table and index the stores use', async () => {
    const db = freshDb();
    await db.open();
    expect(db.verno).toBe(1);
    expect(db.tables.map((t) => t.name).sort()).toEqual([
      'catalog',
      'history',
      'historySearch',
      'journal',
      'listItems',
      'lists',
      'lookalikeSessions',
      'previews',
      'runRows',
      'runs',
      'savedSearches',
      'stats',
      'watchlist',
    ]);
    expect(db.runRows.schema.indexes.map((i) => i.name)).toEqual(['[runId+order]']);
    expect(db.runs.schema.indexes.map((i) => i.name)).toEqual(['[scope+updatedAt]']);
    expect(db.listItems.schema.indexes.map((i) => i.name).sort()).toEqual([
      '[listId+addedAt]',
      'entityKey',
      'listId',
    ]);
    expect(db.historySearch.schema.indexes.map((i) => i.name)).toEqual(['[scope+order+key]']);
    expect(db.history.schema.indexes.map((i) => i.name).sort()).toEqual([
      'ids',
      'lushaId',
      'words',
    ]);
    // The watchlist by scope: newest added first, and least recently refreshed first.
    expect(db.watchlist.schema.indexes.map((i) => i.name).sort()).toEqual([
      '[scope+addedAt]',
      '[scope+checkedAt]',
    ]);
  });
});
