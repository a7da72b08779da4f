/**
 * The monitoring messages: the signals watchlist and its refreshes, the daily refresh and
 * notification opt-ins, signal sub-filter values, tracked domains and website visits. Every
 * one is accepted only from this extension's own pages: these spend credits or change what is
 * watched. Data is validated as untrusted; ids are opaque strings of bounded length.
 */
import { z } from 'zod';
import type { SignalQuote } from '@/lib/monitoring/cost';
import type { RefreshOutcome } from '@/lib/monitoring/refresh';
import type { DailyRun } from '@/lib/monitoring/schedule';
import { MonitorSettings } from '@/lib/monitoring/settings';
import { COMPANY_SIGNAL_TYPES, PERSON_SIGNAL_TYPES } from '@/lib/monitoring/signal-types';
import type { VisitsPage } from '@/lib/monitoring/visits';
import { SCORE_BANDS, VISIT_SORT_FIELDS } from '@/lib/monitoring/visits-range';
import type { WatchItem } from '@/lib/monitoring/watchlist';
import type { Outcome } from './lookup';

const entityKey = z.string().regex(/^(person|company):[^|/\s]{1,64}$/);
const keys = z.array(entityKey).min(1).max(5_000);
const day = z.iso.date();
const requestId = z.string().regex(/^[A-Za-z0-9-]{8,64}$/);
const label = z.string().trim().min(1).max(120);

/** Watch or stop watching revealed people and companies (history keys). */
export const WatchKeys = z.object({ keys });
export type WatchKeys = z.infer<typeof WatchKeys>;

/** What a refresh asks Lusha for; without `keys`, everything watched. */
export const SignalQueryInput = z.object({
  personTypes: z.array(z.enum(PERSON_SIGNAL_TYPES as [string, ...string[]])).max(2),
  companyTypes: z.array(z.enum(COMPANY_SIGNAL_TYPES as [string, ...string[]])).max(30),
  maxResultsPerSignal: z.number().int().min(1).max(100),
  startDate: day,
  intentCategories: z.array(label).max(50).optional(),
  keys: keys.optional(),
});
export type SignalQueryInput = z.infer<typeof SignalQueryInput>;

/** A confirmed refresh: the query, one id per click, and the most-it-can-cost the rep saw. */
export const RefreshSignals = SignalQueryInput.extend({
  requestId,
  expectedCredits: z.number().min(0).max(100_000_000),
});
export type RefreshSignals = z.infer<typeof RefreshSignals>;

/** Values of one company signal sub-filter (free). */
export const GetSignalFilterValues = z.object({
  filterType: z.enum([
    'newsEventTypes',
    'hiringByDepartments',
    'hiringByLocations',
    'intentCategories',
  ]),
  query: z.string().trim().min(2).max(256).optional(),
});
export type GetSignalFilterValues = z.infer<typeof GetSignalFilterValues>;

export const SaveTrackedDomains = z.object({
  domains: z.array(z.string().trim().min(1).max(300)).max(20),
});
export type SaveTrackedDomains = z.infer<typeof SaveTrackedDomains>;

const range = (max: number, integer = true) =>
  z
    .object({
      min: (integer ? z.number().int() : z.number()).min(0).max(max).optional(),
      max: (integer ? z.number().int() : z.number()).min(0).max(max).optional(),
    })
    .refine((r) => r.min === undefined || r.max === undefined || r.min <= r.max, {
      message: 'min must not be above max',
    });
const country = z.string().regex(/^[A-Za-z]{2}$/);

/** One page of website visits, filtered and sorted. */
export const GetWebsiteVisits = z.object({
  requestId,
  startDate: day,
  endDate: day,
  page: z.number().int().min(0).max(100_000),
  size: z.number().int().min(1).max(150),
  sort: z.object({ by: z.enum(VISIT_SORT_FIELDS), order: z.enum(['asc', 'desc']) }).optional(),
  filters: z
    .object({
      scoreBands: z.array(z.enum(SCORE_BANDS)).max(3).optional(),
      visitorCountries: z
        .object({
          include: z.array(country).max(250).optional(),
          exclude: z.array(country).max(250).optional(),
        })
        .optional(),
      score: range(100).optional(),
      totalSessions: range(10_000_000).optional(),
      uniqueVisitors: range(10_000_000).optional(),
      avgSessionMinutes: range(100_000, false).optional(),
      daysVisited: range(100_000).optional(),
      highIntentPageviews: range(10_000_000).optional(),
      daysSinceLastVisit: range(100_000).optional(),
    })
    .optional(),
});
export type GetWebsiteVisits = z.infer<typeof GetWebsiteVisits>;

const Empty = z.object({}).strict();
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
