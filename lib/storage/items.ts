/**
 * Every storage item of the extension, in one place. Absent is `null`, never `undefined`.
 * `session:` items live in memory for the browser session and survive the worker being stopped;
 * the background restricts session storage to trusted contexts (not content scripts).
 */
import { storage } from 'wxt/utils/storage';
import type { TabFindings } from '@/lib/messaging/protocol';
import { emptyLedger, type LedgerData } from '@/lib/lookup/ledger';
import type { AccountSummary } from '@/lib/lookup/account';
import type { QueueWait } from '@/lib/lookup/queue';
import type { DailyRun } from '@/lib/monitoring/schedule';

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

/** The rep's settings (see lib/settings for meaning, defaults and validation). */
export const settingsItem = storage.defineItem<Record<string, unknown>>('local:settings', {
  fallback: {},
  version: 1,
});

/** Credits spent with Lusha, by day and action (see lib/lookup ledger). */
export const ledgerItem = storage.defineItem<LedgerData>('local:ledger', {
  fallback: emptyLedger,
  version: 1,
});

/** Credits "spent" in demo mode, kept apart so they never count against real caps. */
export const demoLedgerItem = storage.defineItem<LedgerData>('local:demoLedger', {
  fallback: emptyLedger,
  version: 1,
});

/**
 * The number of the last data migration applied (lib/db/migrations). The history and the
 * preview cache live in the indexed database since migration 1.
 */
export const dataVersionItem = storage.defineItem<number>('local:dataVersion', {
  fallback: 0,
  version: 1,
});

/** The last account answer, so a restarted worker does not spend a usage call. */
export const accountItem = storage.defineItem<AccountSummary | null>('session:account', {
  fallback: null,
  version: 1,
});

/** The demo sandbox's account answer, kept apart from the real one. */
export const demoAccountItem = storage.defineItem<AccountSummary | null>('session:demoAccount', {
  fallback: null,
  version: 1,
});

/** While the API queue backs off (429, 5xx, network): until when, for the panel's countdown. */
export const apiWaitItem = storage.defineItem<QueueWait | null>('session:apiWait', {
  fallback: null,
  version: 1,
});

/** The rep's monitoring settings: signal types, window, opt-ins (see lib/monitoring/settings). */
export const monitorSettingsItem = storage.defineItem<Record<string, unknown>>('local:monitoring', {
  fallback: {},
  version: 1,
});

/** What the last daily signals refresh did (shown in the Signals section), per mode. */
export const dailyRunItem = storage.defineItem<DailyRun | null>('local:signalsDailyRun', {
  fallback: null,
  version: 1,
});

/** The site domains the rep tracks in Lusha (website visits), as they typed them, normalised. */
export const trackedDomainsItem = storage.defineItem<string[]>('local:trackedDomains', {
  fallback: [],
  version: 1,
});
