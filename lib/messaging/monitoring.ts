/**
 * The monitoring messages: the signals watchlist and its refreshes, the daily refresh and
 * notification opt-ins, signal sub-filter values, tracked domains and website visits. Every
 * one is accepted only from this extension's own pages: these spend credits or change what is
 * watched. Data is validated as untrusted; ids are opaque strings of bounded length.
 */
import * as z from 'zod/mini';
import type { SignalQuote } from '@/lib/monitoring/cost';
import type { RefreshOutcome } from '@/lib/monitoring/refresh';
import type { DailyRun } from '@/lib/monitoring/schedule';
import { MonitorSettings } from '@/lib/monitoring/settings';
import { COMPANY_SIGNAL_TYPES, PERSON_SIGNAL_TYPES } from '@/lib/monitoring/signal-types';
import type { VisitsPage } from '@/lib/monitoring/visits';
import { SCORE_BANDS, VISIT_SORT_FIELDS } from '@/lib/monitoring/visits-range';
import type { WatchItem } from '@/lib/monitoring/watchlist';
import type { Outcome } from './lookup';

const entityKey = z.string().check(z.regex(/^(person|company):[^|/\s]{1,64}$/));
const keys = z.array(entityKey).check(z.minLength(1), z.maxLength(5_000));
const day = z.iso.date();
const requestId = z.string().check(z.regex(/^[A-Za-z0-9-]{8,64}$/));
const label = z.string().check(z.trim(), z.minLength(1), z.maxLength(120));
const atMost = <T extends z.ZodMiniType>(item: T, max: number) =>
  z.array(item).check(z.maxLength(max));
const int = (min: number, max: number) => z.int().check(z.minimum(min), z.maximum(max));

/** Watch or stop watching revealed people and companies (history keys). */
export const WatchKeys = z.lazy(() => z.object({ keys }));
export type WatchKeys = z.infer<typeof WatchKeys>;

const signalQueryShape = {
  personTypes: atMost(z.enum(PERSON_SIGNAL_TYPES as [string, ...string[]]), 2),
  companyTypes: atMost(z.enum(COMPANY_SIGNAL_TYPES as [string, ...string[]]), 30),
  maxResultsPerSignal: int(1, 100),
  startDate: day,
  intentCategories: z.optional(atMost(label, 50)),
  keys: z.optional(keys),
};

/** What a refresh asks Lusha for; without `keys`, everything watched. */
export const SignalQueryInput = z.lazy(() => z.object(signalQueryShape));
export type SignalQueryInput = z.infer<typeof SignalQueryInput>;

/** A confirmed refresh: the query, one id per click, and the most-it-can-cost the rep saw. */
export const RefreshSignals = z.lazy(() =>
  z.object({
    ...signalQueryShape,
    requestId,
    expectedCredits: z.number().check(z.minimum(0), z.maximum(100_000_000)),
  }),
);
export type RefreshSignals = z.infer<typeof RefreshSignals>;

/** Values of one company signal sub-filter (free). */
export const GetSignalFilterValues = z.lazy(() =>
  z.object({
    filterType: z.enum([
      'newsEventTypes',
      'hiringByDepartments',
      'hiringByLocations',
      'intentCategories',
    ]),
    query: z.optional(z.string().check(z.trim(), z.minLength(2), z.maxLength(256))),
  }),
);
export type GetSignalFilterValues = z.infer<typeof GetSignalFilterValues>;

export const SaveTrackedDomains = z.lazy(() =>
  z.object({
    domains: atMost(z.string().check(z.trim(), z.minLength(1), z.maxLength(300)), 20),
  }),
);
export type SaveTrackedDomains = z.infer<typeof SaveTrackedDomains>;

const range = (max: number, integer = true) => {
  const bound = () =>
    z.optional((integer ? z.int() : z.number()).check(z.minimum(0), z.maximum(max)));
  return z.optional(
    z.object({ min: bound(), max: bound() }).check(
      z.refine((r) => r.min === undefined || r.max === undefined || r.min <= r.max, {
        message: 'min must not be above max',
      }),
    ),
  );
};
const country = z.string().check(z.regex(/^[A-Za-z]{2}$/));

/** One page of website visits, filtered and sorted. */
export const GetWebsiteVisits = z.lazy(() =>
  z.object({
    requestId,
    startDate: day,
    endDate: day,
    page: int(0, 100_000),
    size: int(1, 150),
    sort: z.optional(z.object({ by: z.enum(VISIT_SORT_FIELDS), order: z.enum(['asc', 'desc']) })),
    filters: z.optional(
      z.object({
        scoreBands: z.optional(atMost(z.enum(SCORE_BANDS), 3)),
        visitorCountries: z.optional(
          z.object({
            include: z.optional(atMost(country, 250)),
            exclude: z.optional(atMost(country, 250)),
          }),
        ),
        score: range(100),
        totalSessions: range(10_000_000),
        uniqueVisitors: range(10_000_000),
        avgSessionMinutes: range(100_000, false),
        daysVisited: range(100_000),
        highIntentPageviews: range(10_000_000),
        daysSinceLastVisit: range(100_000),
      }),
    ),
  }),
);
export type GetWebsiteVisits = z.infer<typeof GetWebsiteVisits>;

const Empty = z.lazy(() => z.strictObject({}));
type Empty = z.infer<typeof Empty>;

/** The settings and when the daily refresh runs next, what it did last. */
export interface MonitorStatus {
  settings: MonitorSettings;
  nextRunAt: number | null;
  lastRun: DailyRun | null;
}

/** Monitoring messages: schema and sender, merged into the protocol map. */
export const monitoringProtocol = {
  getWatchlist: { data: Empty, from: 'extensionPage' },
  watch: { data: WatchKeys, from: 'extensionPage' },
  unwatch: { data: WatchKeys, from: 'extensionPage' },
  quoteSignals: { data: SignalQueryInput, from: 'extensionPage' },
  refreshSignals: { data: RefreshSignals, from: 'extensionPage' },
  getMonitorSettings: { data: Empty, from: 'extensionPage' },
  saveMonitorSettings: { data: MonitorSettings, from: 'extensionPage' },
  getSignalFilterValues: { data: GetSignalFilterValues, from: 'extensionPage' },
  getTrackedDomains: { data: Empty, from: 'extensionPage' },
  saveTrackedDomains: { data: SaveTrackedDomains, from: 'extensionPage' },
  getWebsiteVisits: { data: GetWebsiteVisits, from: 'extensionPage' },
} as const;

/** Monitoring messages: data and response types. */
export interface MonitoringProtocolMap {
  /** Everything watched in the current mode, newest first, with its latest signals. */
  getWatchlist: { data: Empty; response: WatchItem[] };
  /** Watches revealed people and companies; keys not in the history are refused (`missing`). */
  watch: { data: WatchKeys; response: Outcome<{ added: number; missing: string[] }> };
  unwatch: { data: WatchKeys; response: { removed: number } };
  /** The most a refresh can cost (free: nothing is sent). */
  quoteSignals: { data: SignalQueryInput; response: Outcome<SignalQuote> };
  refreshSignals: { data: RefreshSignals; response: Outcome<RefreshOutcome> };
  getMonitorSettings: { data: Empty; response: MonitorStatus };
  saveMonitorSettings: { data: MonitorSettings; response: MonitorStatus };
  getSignalFilterValues: { data: GetSignalFilterValues; response: Outcome<string[]> };
  getTrackedDomains: { data: Empty; response: string[] };
  /** Saves the tracked domains, normalised; refuses ones that are not domains (nothing saved). */
  saveTrackedDomains: { data: SaveTrackedDomains; response: Outcome<string[]> };
  getWebsiteVisits: { data: GetWebsiteVisits; response: Outcome<VisitsPage> };
}
