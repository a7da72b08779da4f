/**
 * The sandbox's price list: one table that both `GET /v3/account/usage` reports (`pricing`) and
 * `ctx.price`/`ctx.charge` bill from, so what a client reads is what it pays. Names follow the
 * spec and the FAQ. `perQuantity` is how many units one `credits` buys: searches cost 1 credit
 * per 25 results (the spec's examples bill 1 credit for 3 results), reveals 1 per item.
 */
import { SandboxHttpError } from './types';

/** One action's price, as `AccountUsageResponse.pricing` shows it. */
export interface PricingEntry {
  credits: number;
  perQuantity: number;
}

/** Credits per action. */
export const PRICING: Readonly<Record<string, PricingEntry>> = {
  api_search: { credits: 1, perQuantity: 25 },
  revealEmail: { credits: 1, perQuantity: 1 },
  revealPhone: { credits: 5, perQuantity: 1 },
  reveal_company: { credits: 1, perQuantity: 1 },
  employeesByDepartment: { credits: 1, perQuantity: 1 },
  employeesByLocation: { credits: 1, perQuantity: 1 },
  employeesBySeniority: { credits: 1, perQuantity: 1 },
  competitors: { credits: 1, perQuantity: 1 },
  intent: { credits: 0, perQuantity: 1 },
  estimatedAnnualItSpend: { credits: 1, perQuantity: 1 },
  monthlyWebsiteTraffic: { credits: 1, perQuantity: 1 },
  showSignalsContact: { credits: 1, perQuantity: 1 },
  showSignalsCompany: { credits: 1, perQuantity: 1 },
  lookalikeContact: { credits: 1, perQuantity: 1 },
  lookalikeCompany: { credits: 1, perQuantity: 1 },
  webhookSignal: { credits: 1, perQuantity: 1 },
};

/**
 * Credits for one unit of `action` (`credits / perQuantity`, so possibly a fraction: a single
 * search result costs 1/25 credit). Unknown actions are a bug in a route module: 500.
 */
export function unitPrice(action: string): number {
  const entry = PRICING[action];
  if (!entry) throw new SandboxHttpError(500, `Unknown pricing action: ${action}`);
  return entry.credits / entry.perQuantity;
}

/** Whole credits for a possibly fractional amount: rounds up, ignoring float dust. */
export function wholeCredits(credits: number): number {
  return credits <= 0 ? 0 : Math.ceil(credits - 1e-9);
}
