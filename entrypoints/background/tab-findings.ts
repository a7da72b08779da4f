/**
 * The background's side of page findings: stores each tab's reports, shows the number of people
 * on the tab's toolbar badge, and forgets a tab's findings when it navigates away or closes.
 */
import { browser, type Browser } from 'wxt/browser';
import {
  badgeText,
  countPeople,
  dropTabFindings,
  getTabFindings,
  recordReport,
} from '@/lib/findings';
import { isLinkedInHost, withDomain } from '@/lib/detect';
import { registrableDomain } from '@/lib/chunks/domains';
import type { Handlers } from '@/lib/messaging';

const isLinkedInUrl = (url: string) => isLinkedInHost(new URL(url).hostname);

/** The action API (MV3 `action`, Firefox MV2 `browserAction`). */
export function actionApi(): typeof browser.action {
  return (
    browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction
  );
}

/** Sets a tab's badge to its number of people; a closed tab is not an error. */
export async function showPeople(tabId: number, people: number): Promise<void> {
  try {
    await actionApi().setBadgeText({ tabId, text: badgeText(people) });
  } catch {
    // The tab closed meanwhile.
  }
}

/** `findingsChanged` from a content script: store it and update the badge of its tab. */
export const onFindingsChanged: Handlers['findingsChanged'] = async (data, { sender }) => {
  const tabId = sender.tab?.id;
  if (tabId === undefined) throw new Error('no tab');
  // The site script reports the host name; the public suffix list lives here, not in pages.
  const findings = isLinkedInUrl(data.pageUrl)
    ? data.findings
    : withDomain(data.findings, data.pageUrl, registrableDomain);
  const entry = await recordReport(tabId, { ...data, findings });
  const people = countPeople(entry.findings);
  await showPeople(tabId, people);
  return { people };
};

/** `getTabFindings` from an extension page. */
export const onGetTabFindings: Handlers['getTabFindings'] = (data) => getTabFindings(data.tabId);

/**
 * A tab's page changed. A document load (status `loading`) always starts afresh; a URL change
 * inside the page (history.pushState) keeps findings the content script already reported for
 * the new URL.
 */
export async function onTabUpdated(
  tabId: number,
  change: Browser.tabs.OnUpdatedInfo,
): Promise<void> {
  let dropped = false;
  if (change.status === 'loading' && change.url === undefined)
    dropped = await dropTabFindings(tabId);
  else if (change.url !== undefined) dropped = await dropTabFindings(tabId, change.url);
  if (dropped) await showPeople(tabId, 0);
}

/** A tab closed: its findings go with it. */
export async function onTabRemoved(tabId: number): Promise<void> {
  await dropTabFindings(tabId);
}

/** Registers the listeners for tab findings (call synchronously in the background's main). */
export function registerTabFindings(): void {
  // The promises are returned (the browser ignores them) so tests can await the work.
  browser.tabs.onUpdated.addListener((tabId, change) => onTabUpdated(tabId, change));
  browser.tabs.onRemoved.addListener((tabId) => onTabRemoved(tabId));
}
