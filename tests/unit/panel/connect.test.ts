import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { handlers } from '@/entrypoints/background/index';
import { dispatch } from '@/lib/messaging';
import { connectPanel, createPanelStore, type PanelStore } from '@/lib/panel';
import { settingsItem, tabFindingsItem, apiWaitItem } from '@/lib/storage';
import { extensionPageSender, profileFindings } from '../messaging/fixtures';
import { resetBackground } from '../support/db';

const entry = (subject: string, others: string[] = []) => ({
  url: `https://www.linkedin.com/in/${subject}`,
  findings: profileFindings(subject, others),
  updatedAt: 1,
});

/** Waits for the background's answers (slow on a loaded machine: up to 5 s). */
const settle = <T>(check: () => T) => vi.waitFor(check, { timeout: 5_000 });

const subjects = (store: PanelStore) =>
  store
    .getState()
    .targets.filter((t) => t.kind === 'person')
    .map((t) => t.key.split('/in/')[1]);

describe('connectPanel', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    await resetBackground();
    fakeBrowser.runtime.onMessage.addListener((message, _sender, sendResponse) => {
      void dispatch(handlers, message, extensionPageSender()).then(sendResponse);
      return true;
    });
    await settingsItem.setValue({ demoMode: true });
    await tabFindingsItem.setValue({
      '1': entry('maya-lindqvist'),
      '2': entry('theo-marchetti-qf'),
    });
  });

  it('follows the active tab and its findings as they change', async () => {
    const store = createPanelStore();
    const stop = connectPanel(store, null);
    await fakeBrowser.tabs.onActivated.trigger({ tabId: 2, windowId: 1 });
    await settle(() => expect(subjects(store)).toEqual(['theo-marchetti-qf']));

    // Single-page navigation or scrolling: the background updates the tab's findings.
    await tabFindingsItem.setValue({
      '1': entry('maya-lindqvist'),
      '2': entry('theo-marchetti-qf', ['priya-ramanathan-42']),
    });
    await settle(() =>
      expect(subjects(store)).toEqual(['theo-marchetti-qf', 'priya-ramanathan-42']),
    );

    await fakeBrowser.tabs.onActivated.trigger({ tabId: 1, windowId: 1 });
    await settle(() => expect(subjects(store)).toEqual(['maya-lindqvist']));
    stop();
    await fakeBrowser.tabs.onActivated.trigger({ tabId: 2, windowId: 1 });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(subjects(store)).toEqual(['maya-lindqvist']);
  });

  it('stays on a pinned tab; auto-preview searches the subject; the API wait is mirrored', async () => {
    await settingsItem.setValue({ demoMode: true, autoPreview: 'subject' });
    const store = createPanelStore();
    const stop = connectPanel(store, 1);
    await settle(() => expect(subjects(store)).toEqual(['maya-lindqvist']));
    await fakeBrowser.tabs.onActivated.trigger({ tabId: 2, windowId: 1 });
    const key = store.getState().targets[0]!.key;
    await settle(() => expect(store.getState().previews[key]?.status).toBe('found'));
    expect(subjects(store)).toEqual(['maya-lindqvist']);

    // Leaving demo mode starts the page over: no demo preview is shown as the rep's own data.
    await settingsItem.setValue({ demoMode: false, autoPreview: 'subject' });
    await settle(() =>
      expect(store.getState().previews[key]).toMatchObject({
        status: 'failed',
        error: { kind: 'noKey' },
      }),
    );

    const wait = { until: Date.now() + 5000, reason: 'rateLimited' as const, attempt: 1 };
    await apiWaitItem.setValue(wait);
    await settle(() => expect(store.getState().wait).toEqual(wait));
    stop();
  });
});
