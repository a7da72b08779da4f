/**
 * The rep's monitoring settings: which signals a refresh asks for, how many results per signal,
 * how far back, and the opt-ins (a daily refresh within a credit budget, notifications of job
 * changes). Read with defaults field by field: a bad stored value never breaks the rest.
 */
import * as z from 'zod/mini';
import { COMPANY_SIGNAL_TYPES, PERSON_SIGNAL_TYPES } from './signal-types';

const PersonType = z.enum(PERSON_SIGNAL_TYPES as [string, ...string[]]);
const CompanyType = z.enum(COMPANY_SIGNAL_TYPES as [string, ...string[]]);
const int = (min: number, max: number) => z.int().check(z.minimum(min), z.maximum(max));
const labels = z
  .array(z.string().check(z.trim(), z.minLength(1), z.maxLength(120)))
  .check(z.maxLength(50));

/** Settings as stored and sent to the page (every field present). */
export const MonitorSettings = z.object({
  personTypes: z.array(PersonType).check(z.maxLength(PERSON_SIGNAL_TYPES.length)),
  companyTypes: z.array(CompanyType).check(z.maxLength(COMPANY_SIGNAL_TYPES.length)),
  maxResultsPerSignal: int(1, 100),
  months: int(1, 24),
  /** Refines LinkedIn activity (sent to Lusha). */
  intentCategories: labels,
  /** Narrow what the feed shows (the signals request has no such filters). */
  newsEventTypes: labels,
  hiringDepartments: labels,
  hiringLocations: labels,
  daily: z.object({ enabled: z.boolean(), budget: int(1, 1_000_000) }),
  notify: z.boolean(),
});
export type MonitorSettings = z.infer<typeof MonitorSettings> & {
  personTypes: (typeof PERSON_SIGNAL_TYPES)[number][];
  companyTypes: (typeof COMPANY_SIGNAL_TYPES)[number][];
};

/** Defaults: job changes and promotions, a few company signals, 1 result each, 6 months; opt-ins off. */
export const DEFAULT_MONITOR_SETTINGS: MonitorSettings = {
  personTypes: ['companyChange', 'promotion'],
  companyTypes: [
    'headcountIncrease3m',
    'headcountDecrease3m',
    'surgeInHiring',
    'financialEventsNews',
  ],
  maxResultsPerSignal: 1,
  months: 6,
  intentCategories: [],
  newsEventTypes: [],
  hiringDepartments: [],
  hiringLocations: [],
  daily: { enabled: false, budget: 50 },
  notify: false,
};

/** Stored settings, each field validated on its own (a bad one falls back to its default). */
export function readMonitorSettings(raw: unknown): MonitorSettings {
  const stored = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const out: Record<string, unknown> = { ...DEFAULT_MONITOR_SETTINGS };
  for (const [key, schema] of Object.entries(MonitorSettings.shape)) {
    if (!(key in stored)) continue;
    const parsed = (schema as z.ZodMiniType).safeParse(stored[key]);
    if (parsed.success) out[key] = parsed.data;
  }
  return out as MonitorSettings;
}
