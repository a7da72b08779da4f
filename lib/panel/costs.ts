/**
 * What revealing costs, as the side panel adds it up before anything is billed: the options a
 * preview offers, the total of what the rep ticked and the balance left after it.
 */
import type { Pricing, PreviewOutcome } from '@/lib/lookup';
import { estimateCredits } from '@/lib/lookup';

/** One field the rep can tick on a card, with what it costs now (0: already revealed, free). */
export interface RevealOption {
  field: string;
  credits: number;
}

/** The base company record; billed as `reveal_company`, shown as "Company profile". */
export const COMPANY_BASE = 'company';

/** The optional company fields Lusha can reveal on top of the base record. */
export const COMPANY_FIELDS = [
  'employeesByDepartment',
  'employeesByLocation',
  'employeesBySeniority',
  'competitors',
  'intent',
  'estimatedAnnualItSpend',
  'monthlyWebsiteTraffic',
] as const;

/** What a found preview lets the rep reveal, with costs; nothing for anything else. */
export function revealOptions(
  outcome: PreviewOutcome | undefined,
  pricing: Pricing,
): RevealOption[] {
  if (outcome?.status !== 'found') return [];
  const offered = (outcome.data.canReveal ?? []).map((c) => ({
    field: c.field,
    credits: c.credits,
  }));
  if (outcome.kind === 'person') return offered;
  const base = { field: COMPANY_BASE, credits: estimateCredits(pricing, 'reveal_company', 1) };
  const extras = COMPANY_FIELDS.filter((f) => !offered.some((o) => o.field === f))
    .filter((f) => outcome.data.has?.includes(f))
    .map((field) => ({ field, credits: estimateCredits(pricing, field, 1) }));
  return [base, ...offered, ...extras];
}

/** The ticked fields of one card, by target key. */
export type Selection = Record<string, string[]>;

/**
 * The fields a reveal really bills: any company field brings the base company record with it
 * (Lusha bills `reveal_company` for it unless already revealed), so it is counted too.
 */
export function billedFields(outcome: PreviewOutcome | undefined, fields: string[]): string[] {
  const company = outcome?.status === 'found' && outcome.kind === 'company';
  if (!company || !fields.length || fields.includes(COMPANY_BASE)) return fields;
  return [COMPANY_BASE, ...fields];
}

/** The credits of every ticked field of every card (what the confirm bar shows). */
export function selectionTotal(
  selection: Selection,
  previews: Record<string, PreviewOutcome | { status: 'loading' }>,
  pricing: Pricing,
): number {
  let total = 0;
  for (const [key, fields] of Object.entries(selection)) {
    const preview = previews[key];
    const options = preview?.status === 'loading' ? [] : revealOptions(preview, pricing);
    const billed = preview?.status === 'loading' ? fields : billedFields(preview, fields);
    for (const field of billed) total += options.find((o) => o.field === field)?.credits ?? 0;
  }
  return total;
}

/** Credits left after spending `total`; null when the balance is unknown. */
export function balanceAfter(remaining: number | null | undefined, total: number): number | null {
  return typeof remaining === 'number' ? remaining - total : null;
}

/** What searching `count` targets costs (search is billed per batch of results). */
export function previewCost(pricing: Pricing, count: number): number {
  return estimateCredits(pricing, 'api_search', count);
}
