/**
 * Wires the panel store to the browser: the tab it follows (the active tab, or a pinned one),
 * that tab's findings as the background stores them, the settings, and the API wait. When the
 * targets change, free (cached) previews are shown at once, and searched per auto-preview.
 */
import { browser } from 'wxt/browser';
import type { LookupTarget } from '@/lib/lookup';
import { readSettings } from '@/lib/settings';
import { apiWaitItem, settingsItem, tabFindingsItem } from '@/lib/storage/items';
import { identifiersOf } from './cards';
import type { PanelStore } from './store';

/**
 * `?tabId=N` pins the panel to tab N instead of the active tab. Used by tests (which open
 * sidepanel.html in a tab of its own, where the active tab is the panel itself) and handy for
 * debugging: open `chrome-extension://<id>/sidepanel.html?tabId=N` in a tab.
 */
export function pinnedTabId(search: string): number | null {
  const raw = new URLSearchParams(search).get('tabId');
  return raw && /^\d+$/.test(raw) ? Number(raw) : null;
}

/** The targets auto-preview searches, per the setting: none, the subject, or the first N. */
export function autoPreviewTargets(
  store: PanelStore,
  targets: LookupTarget[],
  hasSubject: boolean,
): LookupTarget[] {
  const { settings, previews } = store.getState();
  const fresh = targets.filter((t) => !previews[t.key]);
  // The subject is the first target; never "the first one not previewed yet".
  if (settings.autoPreview === 'subject')
    return hasSubject ? fresh.filter((t) => t === targets[0]) : [];
  if (settings.autoPreview === 'all') return fresh.slice(0, settings.autoPreviewLimit);
  return [];
}

/** Shows `tabId`'s findings, unless a later call superseded this one while storage answered. */
async function showTab(store: PanelStore, tabId: number | null, isLatest: () => boolean) {
  const all = await tabFindingsItem.getValue();
  if (!isLatest()) return;
  store.getState().setTab(tabId, tabId === null ? null : (all[String(tabId)] ?? null));
}

async function onTargets(store: PanelStore, targets: LookupTarget[]) {
  const state = store.getState();
  void state.findRevealed(identifiersOf(targets));
  if (!targets.length) return;
  await state.loadPreviews(targets, false);
  const tabId = store.getState().tabId;
  const entry = tabId === null ? null : (await tabFindingsItem.getValue())[String(tabId)];
  const auto = autoPreviewTargets(store, targets, !!entry?.findings.subject);
  if (auto.length) await store.getState().loadPreviews(auto, true);
}

type Follow = (tabId: number | null) => void;

/** Follows the browser's active tab; returns the function that stops it. */
function followActiveTab(follow: Follow, current: () => number | null): () => void {
  let activated = false;
  const onActivated = ({ tabId }: { tabId: number }) => {
    activated = true;
    follow(tabId);
  };
  const onUpdated = (tabId: number) => tabId === current() && follow(tabId);
  browser.tabs.onActivated.addListener(onActivated);
  browser.tabs.onUpdated.addListener(onUpdated);
  void browser.tabs
    .query({ active: true, currentWindow: true })
    // An activation seen meanwhile is newer than this answer.
    .then(([tab]) => activated || follow(tab?.id ?? null));
  return () => {
    browser.tabs.onActivated.removeListener(onActivated);
    browser.tabs.onUpdated.removeListener(onUpdated);
  };
}

/** Keeps settings and the API wait in step with storage; returns the function that stops it. */
function mirrorStorage(store: PanelStore): () => void {
  const stops = [
    settingsItem.watch((v) => store.getState().setSettings(readSettings(v))),
    apiWaitItem.watch((wait) => store.getState().setWait(wait)),
  ];
  void settingsItem.getValue().then((v) => store.getState().setSettings(readSettings(v)));
  void apiWaitItem.getValue().then((wait) => store.getState().setWait(wait));
  return () => stops.forEach((stop) => stop());
}

/** Demo data and the rep's own Lusha data never mix: a switch starts the page over. */
function restartOnDemoSwitch(store: PanelStore): () => void {
  return store.subscribe(
    (s) => s.settings.demoMode,
    () => {
      store.setState({ previews: {}, selection: {}, revealResult: null, revealed: {} });
      void store.getState().loadHistory();
      void onTargets(store, store.getState().targets);
    },
  );
}

/** Starts following; returns the function that stops it. */
export function connectPanel(store: PanelStore, pinned: number | null): () => void {
  const current = () => store.getState().tabId;
  let calls = 0;
  const follow: Follow = (tabId) => {
    const call = ++calls;
    void showTab(store, tabId, () => call === calls);
  };
  const stops = [
    store.subscribe(
      (s) => s.targets,
      (targets) => void onTargets(store, targets),
    ),
    restartOnDemoSwitch(store),
    mirrorStorage(store),
    tabFindingsItem.watch(() => follow(current())),
  ];
  if (pinned === null) stops.push(followActiveTab(follow, current));
  else follow(pinned);
  return () => stops.forEach((stop) => stop());
}
