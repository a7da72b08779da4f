/**
 * What workspace calls cost before they run, from the account's price list: a prospecting page
 * (`api_search` per result, at least one unit a request, plus signals per matched signal per
 * result when a signal filter is on) and a batch of lookalikes (per result).
 */
import { estimateCredits, type Pricing } from '@/lib/lookup/pricing';
import type { EntityKind } from './types';

/** Results per prospecting page. */
export const PAGE_SIZE = 50;
/** Lusha serves up to 1,000 pages (numbered from 0) and 50,000 results per query. */
export const MAX_PAGES = 1000;
export const MAX_RESULTS = 50_000;
/** Lookalikes a call asks for (Lusha allows 1-100). */
export const LOOKALIKE_LIMIT = 25;
/** Seeds a lookalike call needs, as Lusha says: "Provide 5-100 seed contacts". */
export const MIN_SEEDS = 5;
export const MAX_SEEDS = 100;

/** True when Lusha serves page `page` (0-based) of a query. */
export function pageAllowed(page: number): boolean {
  return page >= 0 && page < MAX_PAGES && page * PAGE_SIZE < MAX_RESULTS;
}

/** Results page `page` will hold: all of a page, or what is left of `total` (null: unknown). */
export function resultsOnPage(total: number | null, page: number): number {
  if (total === null) return PAGE_SIZE;
  return Math.max(0, Math.min(PAGE_SIZE, total - page * PAGE_SIZE));
}

/** A page's cost: the search part (exact once the count is known) and the most signals add. */
export interface PageCost {
  search: number;
  signalsUpTo: number;
  /** The most it can cost in all (what is held against the caps). */
  total: number;
}

/** What loading a page of `results` costs; `signalTypes` per result may add signal charges. */
export function pageCost(
  pricing: Pricing,
  kind: EntityKind,
  results: number,
  signalTypes = 0,
): PageCost {
  const search = estimateCredits(pricing, 'api_search', Math.max(1, results));
  const action = kind === 'contacts' ? 'showSignalsContact' : 'showSignalsCompany';
  const signalsUpTo = signalTypes ? estimateCredits(pricing, action, results * signalTypes) : 0;
  return { search, signalsUpTo, total: search + signalsUpTo };
}

/** The most a lookalike call of `limit` results costs (at least one result is billed). */
export function lookalikeCost(pricing: Pricing, kind: EntityKind, limit: number): number {
  const action = kind === 'contacts' ? 'lookalikeContact' : 'lookalikeCompany';
  return estimateCredits(pricing, action, Math.max(1, limit));
}

/** What searching `count` people or companies by id costs at most (to learn reveal costs). */
export function priceRowsCost(pricing: Pricing, count: number): number {
  let total = 0;
  for (let left = count; left > 0; left -= 100)
    total += estimateCredits(pricing, 'api_search', Math.min(100, left));
  return total;
}
