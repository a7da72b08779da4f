import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { handlers } from '@/entrypoints/background/index';
import { connection, journal, recoverAndPrune } from '@/entrypoints/background/pipelines';
import { recoverWorkspace } from '@/entrypoints/background/workspace';
import { dispatch, type MessageType, type ProtocolMap, type Reply } from '@/lib/messaging';
import { SHOWCASE } from '@/lib/sandbox';
import { settingsItem } from '@/lib/storage';
import { extensionPageSender, contentScriptSender } from '../messaging/fixtures';
import { exportCsv } from '@/lib/workspace/export';
import { resetBackground } from '../support/db';

const maya = SHOWCASE.contacts[0]!;

async function send<K extends MessageType>(
  type: K,
  data: ProtocolMap[K]['data'],
  sender = extensionPageSender(),
) {
  return (await dispatch(handlers, { type, data }, sender)) as Reply<K>;
}

async function value<K extends MessageType>(type: K, data: ProtocolMap[K]['data']) {
  const reply = await send(type, data);
  if (!reply.ok) throw new Error(reply.error);
  return reply.value;
}

const used = async () => {
  const account = await value('getAccount', { refresh: true });
  if (!account.ok) throw new Error(account.error.message);
  return account.value.credits.used!;
};

beforeEach(async () => {
  fakeBrowser.reset();
  await resetBackground();
  await settingsItem.setValue({ demoMode: true });
});

describe('workspace messages', () => {
  it('are refused from content scripts and with data that does not fit', async () => {
    expect(await send('getLists', {}, contentScriptSender(3))).toEqual({
      ok: false,
      error: 'sender not allowed',
    });
    const bad = await send('prospectPage', {
      runId: 'run-00000001',
      kind: 'contacts',
      choices: [{ group: 'contacts', field: 'seniorityIds', value: 'Director', label: 'Director' }],
      label: '',
      page: 0,
      signalTypes: 0,
    });
    expect(bad).toMatchObject({ ok: false, error: expect.stringMatching(/value does not fit/) });
    const forged = await send('addToList', {
      listId: 'x',
      rows: [{ key: 'person:1', kind: 'person', lushaId: '2', name: 'X' }],
    });
    expect(forged).toMatchObject({ ok: false, error: expect.stringMatching(/kind:lushaId/) });
  });

  it('a page from the filter endpoints’ values, a list, and a HubSpot export of it', async () => {
    const catalog = await value('getFilterCatalog', {});
    expect(catalog.ok && catalog.value.fields.some((f) => f.filterType === 'seniority')).toBe(true);
    const seniority = await value('getFilterValues', {
      group: 'contacts',
      filterType: 'seniority',
    });
    if (!seniority.ok) throw new Error('no seniority values');
    const vp = seniority.value.find((o) => o.label === 'Vice President')!;
    const page = await value('prospectPage', {
      runId: 'run-00000001',
      kind: 'contacts',
      choices: [{ group: 'contacts', field: 'seniorityIds', value: vp.value, label: vp.label }],
      label: 'VPs',
      page: 0,
      signalTypes: 0,
    });
    if (!page.ok) throw new Error(page.error.message);
    expect(await value('getRunRows', { runId: 'run-00000001', offset: 0, limit: 100 })).toEqual(
      page.value.rows,
    );
    expect((await value('getRuns', {}))[0]).toMatchObject({
      id: 'run-00000001',
      loaded: page.value.rows.length,
    });

    const list = await value('createList', { name: 'VPs' });
    if (!list.ok) throw new Error(list.error.message);
    const rows = page.value.rows.slice(0, 3);
    const added = await value('addToList', { listId: list.value.id, rows: [...rows, rows[0]!] });
    expect(added).toMatchObject({ ok: true, value: { added: 3, already: 0 } });
    const file = await value('exportRows', { layout: 'hubspot', listId: list.value.id });
    if (!file.ok) throw new Error(file.error.message);
    expect(file.value.filename).toMatch(/^prospect-lens-vps-hubspot-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(file.value.rows.map((r) => r.key)).toEqual(rows.map((r) => r.key));
    const revealed = new Map(file.value.entries.map((e) => [`${e.kind}:${e.id}`, e]));
    expect(exportCsv('hubspot', file.value.rows, revealed).csv.split('\r\n')).toHaveLength(5);
  });

  it('search and reveal in one step: journaled, saved to history, never billed twice', async () => {
    const before = await used();
    const request = {
      requestId: 'one-step-0001',
      target: { kind: 'person' as const, by: 'linkedin' as const, linkedinUrl: maya.linkedinUrl },
      reveal: ['emails' as const],
      expectedCredits: 2,
    };
    const first = await value('searchAndReveal', request);
    if (!first.ok) throw new Error(first.error.message);
    expect(first.value.entries).toEqual([
      expect.objectContaining({ id: maya.id, revealedFields: ['emails'] }),
    ]);
    expect(first.value.creditsCharged).toBe(2);
    expect((await used()) - before).toBe(2);
    expect((await value('getHistory', { query: maya.lastName })).total).toBe(1);

    const again = await value('searchAndReveal', request);
    expect(again).toMatchObject({ ok: true, value: { creditsCharged: 2 } });
    expect((await used()) - before).toBe(2);
    expect(await value('getReveal', { requestId: request.requestId })).toMatchObject({
      status: 'done',
    });
  });

  it('an entry a stopped worker left open is closed at start, not sent again or finished as an enrich', async () => {
    const target = {
      kind: 'person',
      by: 'linkedin',
      linkedinUrl: maya.linkedinUrl,
      key: `person:linkedin:${maya.linkedinUrl}`,
    };
    await journal.open('one-step-0002', 'demo', {
      op: 'searchAndEnrich',
      requestId: 'one-step-0002',
      target,
      reveal: ['emails'],
      expectedCredits: 2,
    });
    const warn = vi.spyOn(console, 'warn');
    // The enrich recovery runs first at start: it must leave this entry alone.
    await recoverAndPrune();
    expect(warn.mock.calls.flat().join(' ')).not.toMatch(/interrupted reveal/);
    expect((await journal.get('one-step-0002'))?.status).toBe('open');
    await recoverWorkspace();
    warn.mockRestore();
    const entry = await journal.get('one-step-0002');
    expect(entry?.status).toBe('done');
    expect(entry?.outcome).toMatchObject({ failures: [{ code: 'LOST' }], entries: [] });
    expect((await value('getHistory', {})).total).toBe(0);
    expect(await connection.scope()).toBe('demo');
  });
});
