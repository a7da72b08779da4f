/**
 * "Scan every website automatically": the site script registered for all sites while the user
 * wants it AND the optional `<all_urls>` host permission is granted. The options page asks for
 * the permission and flips the setting; this keeps the registration in step, including when the
 * permission is taken away in chrome://extensions.
 */
import { browser } from 'wxt/browser';
import { autoScanItem } from '@/lib/storage/items';
import { SITE_SCRIPT } from './site-scan';

/** The optional host permission that auto-scan needs. */
export const ALL_SITES = { origins: ['<all_urls>'] };
/** The id of the registered content script. */
export const AUTO_SCAN_SCRIPT_ID = 'site-auto-scan';

async function isRegistered(): Promise<boolean> {
  const scripts = await browser.scripting.getRegisteredContentScripts({
    ids: [AUTO_SCAN_SCRIPT_ID],
  });
  return scripts.length > 0;
}

/** Registers or unregisters the all-sites script to match the setting and the permission. */
export async function syncAutoScan(): Promise<boolean> {
  const wanted = await autoScanItem.getValue();
  const allowed = wanted && (await browser.permissions.contains(ALL_SITES));
  const registered = await isRegistered();
  if (allowed && !registered) {
    await browser.scripting.registerContentScripts([
      {
        id: AUTO_SCAN_SCRIPT_ID,
        matches: ['http://*/*', 'https://*/*'],
        excludeMatches: ['https://*.linkedin.com/*'],
        js: [SITE_SCRIPT],
        runAt: 'document_idle',
        persistAcrossSessions: true,
      },
    ]);
  } else if (!allowed && registered) {
    await browser.scripting.unregisterContentScripts({ ids: [AUTO_SCAN_SCRIPT_ID] });
  }
  return allowed;
}

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
