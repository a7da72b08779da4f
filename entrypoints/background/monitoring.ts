/**
 * The monitoring handlers (extension pages only; see lib/messaging/monitoring): the signals
 * watchlist and its refreshes, the opt-in daily refresh (an alarm) and job-change
 * notifications, signal sub-filter values. Website visits are in ./visits.
 */
import { browser } from 'wxt/browser';
import type { DataScope } from '@/lib/db';
import { scopeOf } from '@/lib/history';
import type { Handlers } from '@/lib/messaging';
import type { MonitorStatus, SignalQueryInput } from '@/lib/messaging/monitoring';
import type { SignalQuery } from '@/lib/monitoring/cost';
import { valueLabels } from '@/lib/monitoring/filter-values';
import { jobChangeNotices, openNotice, raiseNotices } from '@/lib/monitoring/notify';
import { createRefresher, type RefreshOutcome } from '@/lib/monitoring/refresh';
import { DAILY_ALARM, runDaily, syncDailyAlarm } from '@/lib/monitoring/schedule';
import { readMonitorSettings, type MonitorSettings } from '@/lib/monitoring/settings';
import { createWatchlist } from '@/lib/monitoring/watchlist';
import { dailyRunItem, monitorSettingsItem } from '@/lib/storage';
import { outcome } from './lookup';
import { connection, db, history, pipelines, queue, ready } from './pipelines';

export const watchlist = createWatchlist(db);

const refresherFor = (scope: DataScope) =>
  createRefresher({
    client: () => connection.clientFor(scope),
    billing: pipelines[scope].billing,
    watchlist,
    pricing: async () => (await pipelines[scope].account.get()).pricing,
    scope,
  });

export const refreshers = { live: refresherFor('live'), demo: refresherFor('demo') };

const settingsNow = async () => readMonitorSettings(await monitorSettingsItem.getValue());

async function status(): Promise<MonitorStatus> {
  const settings = await settingsNow();
  const alarm = settings.daily.enabled ? await browser.alarms.get(DAILY_ALARM) : undefined;
  return {
    settings,
    nextRunAt: alarm?.scheduledTime ?? null,
    lastRun: await dailyRunItem.getValue(),
  };
}

const today = () => new Date().toISOString().slice(0, 10);

/** A start date Lusha takes: not in the future (it refuses), at most five years back. */
function checkedQuery(q: SignalQueryInput): SignalQuery & { keys?: string[] } {
  const earliest = new Date();
  earliest.setUTCFullYear(earliest.getUTCFullYear() - 5);
  const floor = earliest.toISOString().slice(0, 10);
  const later = q.startDate > floor ? q.startDate : floor;
  const startDate = later > today() ? today() : later;
  return { ...(q as SignalQuery & { keys?: string[] }), startDate };
}

let running: Promise<void> | null = null;

/** The daily refresh: within the budget, saved, notified (opt-in), alarm kept in step. */
async function runScheduled(): Promise<void> {
  await ready;
  const settings = await settingsNow();
  if (!settings.daily.enabled) {
    await syncDailyAlarm(settings, null);
    return;
  }
  const scope = await connection.scope();
  try {
    const { run, outcome: done } = await runDaily(refreshers[scope], settings, scope);
    await dailyRunItem.setValue(run);
    if (settings.notify) await raiseNotices(jobChangeNotices(done.newSignals, Date.now()));
  } finally {
    await syncDailyAlarm(settings, await dailyRunItem.getValue());
  }
}

/** Alarms and notification clicks; call synchronously in the background's main. */
export function registerMonitoring(): void {
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name !== DAILY_ALARM || running) return;
    running = runScheduled()
      .catch((error: unknown) => console.error('Prospect Lens: daily signals refresh', error))
      .finally(() => (running = null));
  });
  browser.notifications.onClicked.addListener((id) => void openNotice(id));
  // Alarms can be lost across browser restarts: put it back if the rep opted in.
  void Promise.resolve(ready)
    .then(async () => syncDailyAlarm(await settingsNow(), await dailyRunItem.getValue()))
    .catch(() => null);
}

/** The daily refresh's run now (tests, and the worker's own alarm); resolves when done. */
export const runDailyNow = () => (running ??= runScheduled().finally(() => (running = null)));

const inFlight = new Map<string, Promise<RefreshOutcome>>();
const filterCache = new Map<string, { at: number; values: string[] }>();
const FILTER_TTL_MS = 30 * 60_000;

/** Handlers of the signals messages. */
export const signalHandlers: Pick<
  Handlers,
  | 'getWatchlist'
  | 'watch'
  | 'unwatch'
  | 'quoteSignals'
  | 'refreshSignals'
  | 'getMonitorSettings'
  | 'saveMonitorSettings'
  | 'getSignalFilterValues'
> = {
  getWatchlist: async () => {
    await ready;
    return watchlist.list(await connection.scope());
  },
  watch: async ({ keys }) => {
    await ready;
    return outcome(async () => {
      const scope = await connection.scope();
      const entries = (await history.get(keys)).filter((e) => scopeOf(e) === scope);
      const added = await watchlist.add(scope, entries);
      const found = new Set(entries.map((e) => `${e.kind}:${e.id}`));
      return { added, missing: keys.filter((k) => !found.has(k)) };
    });
  },
  unwatch: async ({ keys }) => {
    await ready;
    const scope = await connection.scope();
    const watched = await watchlist.get(scope, keys);
    await watchlist.remove(scope, keys);
    return { removed: watched.length };
  },
  quoteSignals: async (query) => {
    await ready;
    return outcome(async () => refreshers[await connection.scope()].quote(checkedQuery(query)));
  },
  refreshSignals: async (request) => {
    await ready;
    return outcome(async () => {
      let run = inFlight.get(request.requestId);
      if (!run) {
        const scope = await connection.scope();
        run = refreshers[scope]
          .refresh({
            ...checkedQuery(request),
            requestId: request.requestId,
            expectedCredits: request.expectedCredits,
          })
          .finally(() => setTimeout(() => inFlight.delete(request.requestId), 60_000));
        inFlight.set(request.requestId, run);
      }
      return run;
    });
  },
  getMonitorSettings: () => status(),
  saveMonitorSettings: async (settings) => {
    const next: MonitorSettings = readMonitorSettings(settings);
    await monitorSettingsItem.setValue(next as unknown as Record<string, unknown>);
    await syncDailyAlarm(next, await dailyRunItem.getValue());
    return status();
  },
  getSignalFilterValues: async ({ filterType, query }) =>
    outcome(async () => {
      const scope = await connection.scope();
      const id = `${scope}|${filterType}|${query ?? ''}`;
      const kept = filterCache.get(id);
      if (kept && Date.now() - kept.at < FILTER_TTL_MS) return kept.values;
      const client = await connection.clientFor(scope);
      // intentCategories takes no query (Lusha answers 400 to one).
      const ask = filterType === 'intentCategories' ? undefined : query;
      const { data } = await queue.run(() => client.getCompanySignalFilterValues(filterType, ask));
      const values = valueLabels(data.values);
      filterCache.set(id, { at: Date.now(), values });
      return values;
    }),
};
