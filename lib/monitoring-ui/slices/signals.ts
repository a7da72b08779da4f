/**
 * The signals slice: the watchlist with its latest signals, the refresh settings (types, results
 * per signal, window, opt-ins; saved, so the daily refresh asks the same), the quote shown
 * before a refresh and what the refresh cost after it. Nothing is billed before `refresh`.
 */
import type { UserError } from '@/lib/lookup';
import { sendMessage } from '@/lib/messaging/client';
import type { MonitorStatus } from '@/lib/messaging/monitoring';
import { monthsAgo, type SignalQuote } from '@/lib/monitoring/cost';
import type { RefreshOutcome } from '@/lib/monitoring/refresh';
import type { MonitorSettings } from '@/lib/monitoring/settings';
import type { SignalSubFilter } from '@/lib/monitoring/signal-types';
import type { WatchItem } from '@/lib/monitoring/watchlist';
import { newRequestId, unreachable } from '../util';
import type { MonSlice } from './types';

export interface SignalsSlice {
  watchlist: WatchItem[];
  watchLoaded: boolean;
  watchNotice: string | null;
  monitor: MonitorStatus | null;
  quote: SignalQuote | null;
  quoteError: UserError | null;
  refreshing: boolean;
  refreshOutcome: RefreshOutcome | null;
  refreshError: UserError | null;
  /** The watched person or company the address names (a notification's click). */
  focus: string | null;
  filterValues: Partial<Record<SignalSubFilter, string[]>>;
  loadSignals(): Promise<void>;
  loadWatchlist(): Promise<void>;
  watch(keys: string[]): Promise<boolean>;
  unwatch(keys: string[]): Promise<void>;
  updateSettings(patch: Partial<MonitorSettings>): Promise<void>;
  requote(): Promise<void>;
  refresh(): Promise<void>;
  loadFilterValues(type: SignalSubFilter, query?: string): Promise<void>;
  setFocus(key: string | null): void;
}

/** The query the settings describe, the window ending today. */
export function queryOfSettings(s: MonitorSettings) {
  return {
    personTypes: s.personTypes,
    companyTypes: s.companyTypes,
    maxResultsPerSignal: s.maxResultsPerSignal,
    startDate: monthsAgo(Date.now(), s.months),
    ...(s.intentCategories.length ? { intentCategories: s.intentCategories } : {}),
  };
}

/** Creates the signals slice. */
export const createSignalsSlice: MonSlice<SignalsSlice> = (set, get) => ({
  watchlist: [],
  watchLoaded: false,
  watchNotice: null,
  monitor: null,
  quote: null,
  quoteError: null,
  refreshing: false,
  refreshOutcome: null,
  refreshError: null,
  focus: null,
  filterValues: {},
  loadSignals: async () => {
    const monitor = await sendMessage('getMonitorSettings', {}).catch(() => null);
    if (monitor) set({ monitor });
    await get().loadWatchlist();
  },
  loadWatchlist: async () => {
    const watchlist = await sendMessage('getWatchlist', {}).catch(() => null);
    if (watchlist) set({ watchlist, watchLoaded: true });
    if (get().monitor) await get().requote();
  },
  watch: async (keys) => {
    const outcome = await sendMessage('watch', { keys }).catch(() => null);
    if (!outcome?.ok) {
      set({ watchNotice: (outcome?.error ?? unreachable()).message });
      return false;
    }
    const { missing } = outcome.value;
    set({
      watchNotice: missing.length
        ? `${missing.length} not watched: only revealed people and companies can be watched.`
        : null,
    });
    await get().loadWatchlist();
    return missing.length < keys.length;
  },
  unwatch: async (keys) => {
    await sendMessage('unwatch', { keys }).catch(() => null);
    await get().loadWatchlist();
  },
  updateSettings: async (patch) => {
    const current = get().monitor;
    if (!current) return;
    const settings = { ...current.settings, ...patch };
    set({ monitor: { ...current, settings }, refreshError: null });
    const saved = await sendMessage('saveMonitorSettings', settings).catch(() => null);
    if (saved) set({ monitor: saved });
    await get().requote();
  },
  requote: async () => {
    const monitor = get().monitor;
    if (!monitor) return;
    const outcome = await sendMessage('quoteSignals', queryOfSettings(monitor.settings)).catch(
      () => null,
    );
    if (!outcome) set({ quoteError: unreachable() });
    else if (outcome.ok) set({ quote: outcome.value, quoteError: null });
    else set({ quote: null, quoteError: outcome.error });
  },
  refresh: async () => {
    const { monitor, quote, refreshing } = get();
    if (!monitor || !quote || refreshing || !quote.maxCredits) return;
    set({ refreshing: true, refreshError: null });
    const outcome = await sendMessage('refreshSignals', {
      ...queryOfSettings(monitor.settings),
      requestId: newRequestId(),
      expectedCredits: quote.maxCredits,
    }).catch(() => null);
    // Credits left as Lusha says after a billed (or possibly billed) refresh.
    void get().loadAccount();
    if (!outcome || !outcome.ok) {
      set({ refreshing: false, refreshError: outcome?.error ?? unreachable() });
      await get().requote();
      return;
    }
    set({
      refreshing: false,
      refreshOutcome: outcome.value,
      refreshError: outcome.value.error ?? null,
    });
    await get().loadWatchlist();
  },
  loadFilterValues: async (type, query) => {
    const outcome = await sendMessage('getSignalFilterValues', {
      filterType: type,
      ...(query ? { query } : {}),
    }).catch(() => null);
    if (outcome?.ok) set((s) => ({ filterValues: { ...s.filterValues, [type]: outcome.value } }));
  },
  setFocus: (focus) => set({ focus }),
});
