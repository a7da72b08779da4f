/** Keeps the all-sites registration in step with the setting and the permission. */
import { browser } from 'wxt/browser';
import { syncAutoScan } from '@/lib/findings/auto-scan';
import { autoScanItem } from '@/lib/storage/items';

let syncing: Promise<unknown> = Promise.resolve();

/** `syncAutoScan`, one at a time (events may arrive together). */
export function queueSync(): Promise<boolean> {
  const run = syncing.then(syncAutoScan, syncAutoScan);
  syncing = run.catch((error: unknown) => console.warn('Prospect Lens: auto-scan sync', error));
  return run;
}

/** The permission was removed (in chrome://extensions or by the options page): switch off. */
export async function onPermissionsRemoved(removed: { origins?: string[] }): Promise<void> {
  if (!removed.origins?.includes('<all_urls>')) return;
  await autoScanItem.setValue(false);
  await queueSync();
}

/** Registers the auto-scan listeners (call synchronously in the background's main). */
export function registerAutoScan(): void {
  browser.permissions.onRemoved.addListener((removed) => void onPermissionsRemoved(removed));
  browser.permissions.onAdded.addListener(() => void queueSync());
  autoScanItem.watch(() => void queueSync());
  void queueSync();
}
