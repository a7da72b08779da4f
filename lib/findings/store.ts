/**
 * Each tab's findings in `storage.session`. Writes are serialised (one read-modify-write at a
 * time) so reports arriving together cannot overwrite each other.
 */
import { mergeFindings } from '@/lib/detect';
import type { FindingsChanged, TabFindings } from '@/lib/messaging/protocol';
import { tabFindingsItem } from '@/lib/storage/items';

let queue: Promise<unknown> = Promise.resolve();

function serialised<T>(task: () => Promise<T>): Promise<T> {
  const run = queue.then(task, task);
  queue = run.catch(() => undefined);
  return run;
}

/** The entry after a report: a reset or a first report replaces, a delta for the same page adds. */
export function applyReport(
  previous: TabFindings | null,
  report: FindingsChanged,
  now: number,
): TabFindings {
  const samePage = previous !== null && previous.url === report.pageUrl;
  const findings =
    report.reset || !samePage ? report.findings : mergeFindings(previous.findings, report.findings);
  return { url: report.pageUrl, findings, updatedAt: now };
}

/** One tab's findings, or null. */
export async function getTabFindings(tabId: number): Promise<TabFindings | null> {
  const all = await tabFindingsItem.getValue();
  return all[String(tabId)] ?? null;
}

/** Stores a content script's report for a tab and returns the tab's findings after it. */
export function recordReport(tabId: number, report: FindingsChanged): Promise<TabFindings> {
  return serialised(async () => {
    const all = await tabFindingsItem.getValue();
    const next = applyReport(all[String(tabId)] ?? null, report, Date.now());
    await tabFindingsItem.setValue({ ...all, [String(tabId)]: next });
    return next;
  });
}

/**
 * Forgets a tab's findings. With `unlessUrl`, keeps them when they already belong to that URL
 * (the content script reported the new page before the browser told us about it).
 * Resolves true when something was dropped.
 */
export function dropTabFindings(tabId: number, unlessUrl?: string): Promise<boolean> {
  return serialised(async () => {
    const all = await tabFindingsItem.getValue();
    const entry = all[String(tabId)];
    if (!entry || (unlessUrl !== undefined && entry.url === unlessUrl)) return false;
    const rest = { ...all };
    delete rest[String(tabId)];
    await tabFindingsItem.setValue(rest);
    return true;
  });
}
