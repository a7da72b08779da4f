/**
 * Quotes: the most a call can cost, from the team's price list (`pricing` of Lusha's
 * `GET /v3/account/usage`). A call is described by billable units per pricing action plus
 * credits already known (from a preview's `canReveal`); each action rounds up to whole credits.
 */

/** One pricing entry: `credits` for every `perQuantity` units. */
export interface Price {
  credits?: number;
  perQuantity?: number;
}

/** The team's price list by action. */
export type PriceList = Record<string, Price | undefined>;

/** What a call may cost: known credits plus units of pricing actions. */
export interface QuoteSpec {
  credits?: number;
  units?: Record<string, number>;
}

/**
 * Used only when Lusha's list lacks an action: 1 credit a unit. The quote is then a guess;
 * the rep is still charged what Lusha's answer says it charged.
 */
const FALLBACK_PRICE: Price = { credits: 1, perQuantity: 1 };

/** Credits for one unit of `action` (may be a fraction: a search result can cost 1/25). */
export function unitPrice(prices: PriceList, action: string): number {
  const entry = prices[action] ?? FALLBACK_PRICE;
  if (typeof entry.credits !== 'number') return 1;
  const per = entry.perQuantity && entry.perQuantity > 0 ? entry.perQuantity : 1;
  return Math.max(0, entry.credits) / per;
}

/** Whole credits for a possibly fractional amount: rounds up, ignoring float dust. */
export function wholeCredits(credits: number): number {
  return credits <= 0 ? 0 : Math.ceil(credits - 1e-9);
}

/** The quote of a spec under a price list. */
export function quoteOf(prices: PriceList, spec: QuoteSpec): number {
  let total = Math.max(0, Math.ceil(spec.credits ?? 0));
  for (const [action, units] of Object.entries(spec.units ?? {})) {
    if (units > 0) total += wholeCredits(units * unitPrice(prices, action));
  }
  return total;
}
