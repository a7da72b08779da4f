/**
 * "Scan every website automatically": the site script registered for all sites while the user
 * wants it (`autoScanItem`) AND the optional `<all_urls>` host permission is granted.
 * The options page asks for the permission and flips the setting; the background keeps the
 * registration in step, including when the permission is taken away in chrome://extensions.
 */
import { browser } from 'wxt/browser';
import { autoScanItem } from '@/lib/storage/items';

/** The site script's file in the build (entrypoints/site.content). */
export const SITE_SCRIPT = '/content-scripts/site.js';
/** The optional host permission that auto-scan needs. */
export const ALL_SITES = { origins: ['<all_urls>'] };
/** The id of the registered content script. */
export const AUTO_SCAN_SCRIPT_ID = 'site-auto-scan';

async function isRegistered(): Promise<boolean> {
  const ids = [AUTO_SCAN_SCRIPT_ID];
  return (await browser.scripting.getRegisteredContentScripts({ ids })).length > 0;
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

/** Whether auto-scan is on: wanted and permitted. */
export async function isAutoScanOn(): Promise<boolean> {
  return (await autoScanItem.getValue()) && (await browser.permissions.contains(ALL_SITES));
}

/**
 * Turns auto-scan on from a click: asks for `<all_urls>` (the browser's prompt; must be the
 * first call in the user's gesture) and records the wish when granted. Resolves the new state.
 */
export async function enableAutoScan(): Promise<boolean> {
  const granted = await browser.permissions.request(ALL_SITES);
  if (granted) await autoScanItem.setValue(true);
  return granted;
}

/**
 * Turns auto-scan off (the background then unregisters the script) and gives the permission
 * back. Resolves whether the browser took it back (it refuses where it is not optional).
 */
export async function disableAutoScan(): Promise<boolean> {
  await autoScanItem.setValue(false);
  return browser.permissions.remove(ALL_SITES).catch(() => false);
}
