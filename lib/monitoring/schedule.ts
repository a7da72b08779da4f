/**
 * The opt-in daily refresh: a `chrome.alarms` alarm (a stopped worker is woken by it; a timer
 * would die with it), once a day, that refreshes the least recently refreshed watched entities
 * within the rep's credit budget and stops there, saying so. Off by default.
 */
import { browser } from 'wxt/browser';
import type { DataScope } from '@/lib/db';
import type { UserError } from '@/lib/lookup/user-error';
import { monthsAgo } from './cost';
import type { RefreshOutcome, Refresher } from './refresh';
import type { MonitorSettings } from './settings';

/** The alarm's name. */
export const DAILY_ALARM = 'signals-daily-refresh';
const DAY_MS = 86_400_000;
/** The first run after opting in: soon, so the rep sees it work. */
const FIRST_RUN_MS = 60_000;

/** What the last daily refresh did, as the Signals section says it. */
export interface DailyRun {
  at: number;
  scope: DataScope;
  budget: number;
  charged: number;
  refreshed: number;
  /** Watched entities it did not reach (the budget, a cap, an error). */
  left: number;
  stopped: RefreshOutcome['stopped'];
  error?: UserError;
  newSignals: number;
  /** `<key>|<event id>` of the signals it found new (the watchlist marks them), at most 200. */
  newKeys?: string[];
}

/** When the next daily refresh runs: a day after the last one, at least a minute from now. */
export function nextRunAt(lastRun: DailyRun | null, now: number): number {
  return Math.max(now + FIRST_RUN_MS, (lastRun?.at ?? 0) + DAY_MS);
}

/**
 * Puts the alarm in step with the settings: created (daily) when the refresh is on and there is
 * none, cleared when it is off. Returns when it fires next, or null.
 */
export async function syncDailyAlarm(
  settings: MonitorSettings,
  lastRun: DailyRun | null,
  now: number = Date.now(),
): Promise<number | null> {
  if (!settings.daily.enabled) {
    await browser.alarms.clear(DAILY_ALARM);
    return null;
  }
  const existing = await browser.alarms.get(DAILY_ALARM);
  if (existing?.periodInMinutes) return existing.scheduledTime;
  const when = nextRunAt(lastRun, now);
  await browser.alarms.create(DAILY_ALARM, { when, periodInMinutes: DAY_MS / 60_000 });
  return when;
}

/** The signals query the settings describe, with the window ending now. */
export function queryOf(settings: MonitorSettings, now: number = Date.now()) {
  return {
    personTypes: settings.personTypes,
    companyTypes: settings.companyTypes,
    maxResultsPerSignal: settings.maxResultsPerSignal,
    startDate: monthsAgo(now, settings.months),
    intentCategories: settings.intentCategories,
  };
}

/** One daily refresh within the budget; what it did, for the rep. */
export async function runDaily(
  refresher: Refresher,
  settings: MonitorSettings,
  scope: DataScope,
  now: number = Date.now(),
): Promise<{ run: DailyRun; outcome: RefreshOutcome }> {
  const outcome = await refresher.refresh({
    ...queryOf(settings, now),
    requestId: `daily-${now}`,
    budget: settings.daily.budget,
  });
  const run: DailyRun = {
    at: now,
    scope,
    budget: settings.daily.budget,
    charged: outcome.charged,
    refreshed: outcome.refreshed.people + outcome.refreshed.companies,
    left: outcome.left,
    stopped: outcome.stopped,
    ...(outcome.error ? { error: outcome.error } : {}),
    newSignals: outcome.newSignals.length,
    newKeys: outcome.newSignals.slice(0, 200).map((n) => `${n.key}|${n.event.id}`),
  };
  return { run, outcome };
}
