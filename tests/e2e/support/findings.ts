/** Reading what the background stored, from the service worker (the real storage.session). */
import type { Worker } from '@playwright/test';
import type { TabFindings } from '@/lib/messaging/protocol';

/** The few `chrome.*` calls the tests make inside the service worker. */
export interface ChromeInWorker {
  storage: { session: { get(keys: null): Promise<Record<string, unknown>> } };
  action: { getBadgeText(details: { tabId: number }): Promise<string> };
  permissions: { contains(p: { origins: string[] }): Promise<boolean> };
  scripting: { getRegisteredContentScripts(): Promise<{ id: string; matches?: string[] }[]> };
}
declare const chrome: ChromeInWorker;

/** Every tab's findings, keyed by tab id. */
export async function storedFindings(worker: Worker): Promise<Record<string, TabFindings>> {
  return worker.evaluate(async () => {
    const all = await chrome.storage.session.get(null);
    return (all.tabFindings ?? {}) as Record<string, TabFindings>;
  });
}

/** The tab id and findings of the tab whose page URL starts with `urlPrefix`, or null. */
export async function findingsFor(
  worker: Worker,
  urlPrefix: string,
): Promise<{ tabId: number; entry: TabFindings } | null> {
  const all = await storedFindings(worker);
  const hit = Object.entries(all).find(([, entry]) => entry.url.startsWith(urlPrefix));
  return hit ? { tabId: Number(hit[0]), entry: hit[1] } : null;
}

/** The toolbar badge of a tab. */
export function badgeOf(worker: Worker, tabId: number): Promise<string> {
  return worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
}
