/**
 * Every storage item of the extension, in one place. Absent is `null`, never `undefined`.
 * `session:` items live in memory for the browser session and survive the worker being stopped;
 * the background restricts session storage to trusted contexts (not content scripts).
 */
import { storage } from 'wxt/utils/storage';
import type { TabFindings } from '@/lib/messaging/protocol';

/** Findings per tab, keyed by tab id (as a string). */
export type TabFindingsByTab = Record<string, TabFindings>;

/** What each open tab's page offers for lookup; dropped on navigation and tab close. */
export const tabFindingsItem = storage.defineItem<TabFindingsByTab>('session:tabFindings', {
  fallback: {},
  version: 1,
});

/**
 * "Scan every website automatically": the user's wish. It takes effect only while the optional
 * `<all_urls>` host permission is granted; the background keeps the two in step.
 */
export const autoScanItem = storage.defineItem<boolean>('local:autoScan', {
  fallback: false,
  version: 1,
});
