import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { handlers } from '@/entrypoints/background/index';
import { registerMonitoring, runDailyNow } from '@/entrypoints/background/monitoring';
import { dispatch, type MessageType, type ProtocolMap, type Reply } from '@/lib/messaging';
import { monthsAgo } from '@/lib/monitoring/cost';
import { DAILY_ALARM } from '@/lib/monitoring/schedule';
import { dailyRunWords } from '@/lib/monitoring/schedule-words';
import { DEFAULT_MONITOR_SETTINGS } from '@/lib/monitoring/settings';
import { createSandbox } from '@/lib/sandbox';
import { dailyRunItem, settingsItem } from '@/lib/storage';
import { contentScriptSender, extensionPageSender } from '../messaging/fixtures';
import { resetBackground } from '../support/db';
import { DAY_MS } from './support';

async function value<K extends MessageType>(type: K, data: ProtocolMap[K]['data']) {
  const reply = (await dispatch(handlers, { type, data }, extensionPageSender())) as Reply<K>;
  if (!reply.ok) throw new Error(reply.error);
  return reply.value;
}

/** Demo-sandbox people (same seed) with a job change 5-20 days before its "today". */
function recentMovers(n: number) {
  const { dataset } = createSandbox();
  return dataset.contacts
    .filter((c) => !c.partial && !c.complianceRestricted && c.emails.length)
    .filter((c) =>
      c.signals.some((s) => {
        const days = (dataset.referenceDate - Date.parse(s.date)) / DAY_MS;
        return s.type === 'companyChange' && days >= 5 && days <= 20;
      }),
    )
    .slice(0, n);
}

/** What `notifications.create` was called with, by id (the fake browser keeps it). */
const createdNotifications = () =>
  (
    fakeBrowser.notifications as unknown as {
      getAllCreateOptions(): Record<string, Record<string, unknown>>;
    }
  ).getAllCreateOptions();

const jobQuery = () => ({
  personTypes: ['companyChange' as const, 'promotion' as const],
  companyTypes: [],
  maxResultsPerSignal: 1,
  startDate: monthsAgo(Date.now(), 6),
});

async function revealAndWatch(ids: string[]) {
  const enriched = await value('enrich', {
    requestId: `reveal-${ids.length}-0001`,
    kind: 'person',
    ids,
    reveal: ['emails'],
    expectedCredits: ids.length,
  });
  expect(enriched.ok).toBe(true);
  return value('watch', { keys: [...ids.map((id) => `person:${id}`), 'person:999999'] });
}

describe('monitoring in the background (demo sandbox)', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    await resetBackground();
    await settingsItem.setValue({ demoMode: true });
    registerMonitoring();
  });
  afterEach(() => vi.useRealTimers());

  it('watches only revealed people, quotes first, refreshes, then a daily alarm notifies a job change', async () => {
    const movers = recentMovers(3);
    const ids = movers.map((c) => c.id);
    expect(await revealAndWatch(ids)).toEqual({
      ok: true,
      value: { added: 3, missing: ['person:999999'] },
    });
    const quote = await value('quoteSignals', jobQuery());
    expect(quote).toMatchObject({ ok: true, value: { people: 3, maxCredits: 6 } });

    // A month ago (for the sandbox too): their job changes have not happened yet.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(Date.now() - 30 * DAY_MS);
    const before = await value('getSpend', {});
    const refreshed = await value('refreshSignals', {
      ...jobQuery(),
      requestId: 'refresh-0001',
      expectedCredits: 6,
    });
    expect(refreshed).toMatchObject({ ok: true, value: { stopped: null, newSignals: [] } });
    // What the ledger recorded is what Lusha billed.
    const spend = await value('getSpend', {});
    expect(spend.today - before.today).toBe(refreshed.ok && refreshed.value.charged);

    const saved = await value('saveMonitorSettings', {
      ...DEFAULT_MONITOR_SETTINGS,
      companyTypes: [],
      daily: { enabled: true, budget: 20 },
      notify: true,
    });
    const alarm = await fakeBrowser.alarms.get(DAILY_ALARM);
    expect(alarm).toMatchObject({ periodInMinutes: 1440 });
    expect(saved.nextRunAt).toBe(alarm!.scheduledTime);

    vi.useRealTimers();
    await fakeBrowser.alarms.onAlarm.trigger({
      name: DAILY_ALARM,
      scheduledTime: Date.now(),
      persistAcrossSessions: true,
    });
    await runDailyNow();
    const run = (await dailyRunItem.getValue())!;
    expect(run).toMatchObject({ scope: 'demo', budget: 20, refreshed: 3, left: 0, stopped: null });
    expect(run.newSignals).toBe(3);

    const notes = createdNotifications();
    expect(Object.keys(notes).sort()).toEqual(ids.map((id) => `pl-signal|person:${id}`).sort());
    const first = movers[0]!;
    const change = first.signals.find((s) => s.type === 'companyChange')!;
    expect(notes[`pl-signal|person:${first.id}`]).toMatchObject({
      type: 'basic',
      title: `${first.firstName} ${first.lastName} changed company`,
      message: expect.stringContaining(`Now at ${String(change.data.newCompany)}`),
    });

    // A click opens that person in the Signals section and clears the notification.
    await fakeBrowser.notifications.onClicked.trigger(`pl-signal|person:${first.id}`);
    await vi.waitFor(async () => {
      const tabs = await fakeBrowser.tabs.query({});
      expect(tabs.map((t) => t.url)).toContainEqual(
        expect.stringMatching(new RegExp(`/workspace\\.html#signals/person%3A${first.id}$`)),
      );
    });
    expect(Object.keys(createdNotifications()).sort()).toEqual(
      ids
        .slice(1)
        .map((id) => `pl-signal|person:${id}`)
        .sort(),
    );
  });

  it('a daily refresh stops at its budget and says so; turning it off clears the alarm', async () => {
    const movers = recentMovers(6);
    await revealAndWatch(movers.map((c) => c.id));
    await value('saveMonitorSettings', {
      ...DEFAULT_MONITOR_SETTINGS,
      daily: { enabled: true, budget: 5 },
      notify: false,
    });
    await runDailyNow();
    const run = (await dailyRunItem.getValue())!;
    expect(run.stopped).toBe('budget');
    expect(run.charged).toBeLessThanOrEqual(5);
    expect(run.left).toBeGreaterThan(0);
    expect(dailyRunWords(run)).toContain('Stopped at the budget');
    expect(createdNotifications()).toEqual({});

    await value('saveMonitorSettings', { ...DEFAULT_MONITOR_SETTINGS });
    expect(await fakeBrowser.alarms.get(DAILY_ALARM)).toBeUndefined();
  });

  it('refuses monitoring messages from content scripts and bad data from pages', async () => {
    const fromPage = await dispatch(
      handlers,
      { type: 'refreshSignals', data: { ...jobQuery(), requestId: 'x', expectedCredits: 1 } },
      extensionPageSender(),
    );
    expect(fromPage).toMatchObject({ ok: false, error: expect.stringContaining('invalid data') });
    const fromPageScript = await dispatch(
      handlers,
      { type: 'watch', data: { keys: ['person:1'] } },
      contentScriptSender(),
    );
    expect(fromPageScript).toEqual({ ok: false, error: 'sender not allowed' });
    const badKey = await dispatch(
      handlers,
      { type: 'watch', data: { keys: ['demo|person:1'] } },
      extensionPageSender(),
    );
    expect(badKey.ok).toBe(false);
  });
});
