/**
 * What a signals refresh can cost, before it runs. Lusha bills signals "per matched signal per
 * result" (`showSignalsContact`, `showSignalsCompany`), at least one unit a request: the most a
 * request can cost is its entities x signal types x results allowed per signal, priced from the
 * account's own pricing. That is the figure shown before the click and held against the caps.
 */
import { estimateCredits, type Pricing } from '@/lib/lookup/pricing';
import type { CompanySignal, PersonSignalType } from './signal-types';

/** Lusha takes at most 100 ids a signals request. */
export const SIGNAL_BATCH = 100;
/** LinkedIn activity is capped at 50 posts per company whatever is asked (the spec). */
export const INTENT_MAX_RESULTS = 50;

/** Lusha's billing action of each kind's signals. */
export const SIGNAL_ACTIONS = {
  person: 'showSignalsContact',
  company: 'showSignalsCompany',
} as const;

/** What a refresh asks Lusha for. */
export interface SignalQuery {
  personTypes: PersonSignalType[];
  companyTypes: CompanySignal[];
  /** 1-100 events per signal type per entity. */
  maxResultsPerSignal: number;
  /** `YYYY-MM-DD`: events on or after it. */
  startDate: string;
  /** Refines LinkedIn activity (the only sub-filter the signals request takes). */
  intentCategories?: string[];
}

/** The most one entity's signals can bill, in units. */
export function unitsPerEntity(
  kind: 'person' | 'company',
  query: Pick<SignalQuery, 'personTypes' | 'companyTypes' | 'maxResultsPerSignal'>,
): number {
  const types: readonly string[] = kind === 'person' ? query.personTypes : query.companyTypes;
  return types.reduce(
    (sum, t) =>
      sum +
      (t === 'linkedinActivityIntent'
        ? Math.min(query.maxResultsPerSignal, INTENT_MAX_RESULTS)
        : query.maxResultsPerSignal),
    0,
  );
}

/** The most one request for `n` entities of `kind` can cost (0 when nothing is asked). */
export function batchMax(
  pricing: Pricing,
  kind: 'person' | 'company',
  n: number,
  query: Pick<SignalQuery, 'personTypes' | 'companyTypes' | 'maxResultsPerSignal'>,
): number {
  const units = unitsPerEntity(kind, query);
  if (n <= 0 || units <= 0) return 0;
  return estimateCredits(pricing, SIGNAL_ACTIONS[kind], Math.max(1, n * units));
}

/** The quote of a refresh: how many of each kind, in how many requests, and the most it costs. */
export interface SignalQuote {
  people: number;
  companies: number;
  /** Signal types asked per person and per company. */
  personTypes: number;
  companyTypes: number;
  maxResultsPerSignal: number;
  requests: number;
  /** The most the whole refresh can cost, in credits. */
  maxCredits: number;
}

/** The quote for `people` people and `companies` companies, in batches of 100. */
export function quoteRefresh(
  pricing: Pricing,
  people: number,
  companies: number,
  query: SignalQuery,
): SignalQuote {
  let maxCredits = 0;
  let requests = 0;
  for (const [kind, count] of [
    ['person', people],
    ['company', companies],
  ] as const) {
    if (!unitsPerEntity(kind, query)) continue;
    for (let left = count; left > 0; left -= SIGNAL_BATCH) {
      maxCredits += batchMax(pricing, kind, Math.min(SIGNAL_BATCH, left), query);
      requests += 1;
    }
  }
  return {
    people: query.personTypes.length ? people : 0,
    companies: query.companyTypes.length ? companies : 0,
    personTypes: query.personTypes.length,
    companyTypes: query.companyTypes.length,
    maxResultsPerSignal: query.maxResultsPerSignal,
    requests,
    maxCredits,
  };
}

/**
 * The most entities of `kind` one request can take without its worst case passing `budget`
 * credits (0: not even one fits).
 */
export function fitInBudget(
  pricing: Pricing,
  kind: 'person' | 'company',
  wanted: number,
  budget: number,
  query: SignalQuery,
): number {
  let n = Math.min(wanted, SIGNAL_BATCH);
  while (n > 0 && batchMax(pricing, kind, n, query) > budget) {
    // Cost grows with n: halve while far over, then step down.
    const over = batchMax(pricing, kind, Math.ceil(n / 2), query) > budget;
    n = over ? Math.floor(n / 2) : n - 1;
  }
  return n;
}

/** `YYYY-MM-DD` of the day `months` calendar months before `now` (UTC). */
export function monthsAgo(now: number, months: number): string {
  const d = new Date(now);
  d.setUTCMonth(d.getUTCMonth() - months);
  return d.toISOString().slice(0, 10);
}
