import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  dispatch,
  type MessageType,
  type ProtocolMap,
  type Reply,
  type Sender,
} from '@/lib/messaging';
import { handlers } from '@/entrypoints/background/index';
import { SHOWCASE } from '@/lib/sandbox';
import { settingsItem } from '@/lib/storage';
import { contentScriptSender, extensionPageSender } from '../messaging/fixtures';
import { resetBackground } from '../support/db';

const maya = SHOWCASE.contacts[0]!;

async function send<K extends MessageType>(
  type: K,
  data: ProtocolMap[K]['data'],
  sender: Sender = extensionPageSender(),
) {
  return (await dispatch(handlers, { type, data }, sender)) as Reply<K>;
}

async function value<K extends MessageType>(type: K, data: ProtocolMap[K]['data']) {
  const reply = await send(type, data);
  if (!reply.ok) throw new Error(reply.error);
  return reply.value;
}

describe('look-up messages', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    await resetBackground();
    await settingsItem.setValue({ demoMode: true });
  });

  it('in demo mode: preview with costs, confirmed reveal saved to history, free the second time', async () => {
    const target = {
      kind: 'person' as const,
      by: 'linkedin' as const,
      linkedinUrl: maya.linkedinUrl,
    };
    const cachedOnly = await value('previewTargets', { targets: [target], search: false });
    expect(cachedOnly.outcomes).toEqual({});

    const preview = await value('previewTargets', { targets: [target], search: true });
    const key = preview.keys[0]!;
    const outcome = preview.outcomes[key]!;
    expect(outcome).toMatchObject({ status: 'found', data: { id: maya.id } });
    const costs = outcome.status === 'found' ? (outcome.data.canReveal ?? []) : [];
    const total = costs.reduce((sum, c) => sum + (c.credits ?? 0), 0);
    expect(total).toBeGreaterThan(0);

    const before = await value('getAccount', {});
    const enriched = await value('enrich', {
      requestId: 'request-0001',
      kind: 'person',
      ids: [maya.id],
      reveal: ['emails', 'phones'],
      expectedCredits: total,
    });
    expect(enriched).toMatchObject({ ok: true, value: { creditsCharged: total } });
    const after = await value('getAccount', {});
    expect(
      before.ok && after.ok && before.value.credits.remaining! - after.value.credits.remaining!,
    ).toBe(total);

    const history = await value('getHistory', { query: maya.lastName });
    expect(history.total).toBe(1);
    expect(history.entries).toEqual([
      expect.objectContaining({ id: maya.id, demo: true, linkedinUrl: maya.linkedinUrl }),
    ]);
    expect(Object.keys(await value('findRevealed', { identifiers: [maya.linkedinUrl] }))).toEqual([
      maya.linkedinUrl,
    ]);
    expect(await value('getReveal', { requestId: 'request-0001' })).toMatchObject({
      status: 'done',
      outcome: { ok: true, value: { creditsCharged: total, entries: [{ id: maya.id }] } },
    });
    expect(await value('getReveal', { requestId: 'request-9999' })).toEqual({ status: 'unknown' });
    const { csv, filename } = await value('exportHistory', {});
    expect(csv).toContain(maya.email!);
    expect(filename).toMatch(/^prospect-lens-history-\d{4}-\d{2}-\d{2}\.csv$/);

    // The cached preview now says what Lusha's next search would: those fields are free.
    const again = (await value('previewTargets', { targets: [target], search: false })).outcomes[
      key
    ];
    expect(again).toMatchObject({ status: 'found', data: { id: maya.id } });
    const freeNow = again?.status === 'found' ? again.data.canReveal : [];
    expect(freeNow?.map((c) => [c.field, c.credits])).toEqual([
      ['emails', 0],
      ['phones', 0],
    ]);
  });

  it('refuses billed calls from a content script, and malformed targets from anyone', async () => {
    const enrich = {
      requestId: 'request-0002',
      kind: 'person' as const,
      ids: [maya.id],
      reveal: ['emails' as const],
      expectedCredits: 1,
    };
    expect(await send('enrich', enrich, contentScriptSender())).toEqual({
      ok: false,
      error: 'sender not allowed',
    });
    expect(
      await send('previewTargets', { targets: [], search: true }, contentScriptSender()),
    ).toMatchObject({ ok: false });
    const bad = await send('previewTargets', {
      targets: [{ kind: 'person', by: 'linkedin', linkedinUrl: 'https://evil.example/in/x' }],
      search: true,
    });
    expect(bad).toMatchObject({ ok: false, error: expect.stringMatching(/invalid data/) });
    expect(await value('getHistory', {})).toEqual({ entries: [], total: 0 });
  });

  it('checks a key before saving it: a key Lusha cannot confirm is not stored', async () => {
    await settingsItem.setValue({ demoMode: false, apiBaseUrl: 'http://127.0.0.1:9' });
    const saved = await value('saveApiKey', { key: 'a-key-that-cannot-be-checked' });
    expect(saved).toMatchObject({
      ok: false,
      error: { kind: 'network', message: expect.any(String) },
    });
    expect(await value('getKeyStatus', {})).toEqual({ saved: false, masked: null, baseUrl: null });
    const account = await value('getAccount', {});
    expect(account).toMatchObject({
      ok: false,
      error: { kind: 'noKey', message: expect.stringMatching(/Settings/) },
    });
  });
});
