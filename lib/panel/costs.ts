/**
 * What revealing costs, as the side panel adds it up before anything is billed: the fields a
 * card can still reveal and their credits, the total of what the rep ticked (each person
 * once), and the balance left after it.
 */
import type { HistoryEntry } from '@/lib/history/types';
import { estimateCredits, type Pricing } from '@/lib/lookup/pricing';
import type { PreviewOutcome } from '@/lib/lookup/previews';
import type { Card } from './cards';

/** One field the rep can tick on a card, with what it costs now. */
export interface RevealOption {
  field: string;
  credits: number;
}

/** The base company record; billed as `reveal_company`, shown as "Company profile". */
export const COMPANY_BASE = 'company';

/** The fields a person can be revealed with (the request schema's). */
export const PERSON_FIELDS = ['emails', 'phones'] as const;

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

/** What the history says was revealed of an entry (older entries: what they hold). */
export function revealedFieldsOf(entry: HistoryEntry | undefined): Set<string> {
  if (!entry) return new Set();
  if (entry.revealedFields) return new Set(entry.revealedFields);
  if (entry.kind === 'company') return new Set([COMPANY_BASE, ...Object.keys(entry.fields)]);
  const held = new Set<string>();
  if (entry.emails.length) held.add('emails');
  if (entry.phones.length) held.add('phones');
  return held;
}

/** Every field a found preview offers, with its cost now (0: revealed before, free). */
export function previewOptions(outcome: PreviewOutcome | undefined, pricing: Pricing): RevealOption[] {
  if (outcome?.status !== 'found') return [];
  const offered = (outcome.data.canReveal ?? []).map((c) => ({ field: c.field, credits: c.credits }));
  if (outcome.kind === 'person') {
    return offered.filter((o) => (PERSON_FIELDS as readonly string[]).includes(o.field));
  }
  const base = { field: COMPANY_BASE, credits: estimateCredits(pricing, 'reveal_company', 1) };
  const extras = COMPANY_FIELDS.filter((f) => !offered.some((o) => o.field === f))
    .filter((f) => outcome.data.has?.includes(f))
    .map((field) => ({ field, credits: estimateCredits(pricing, field, 1) }));
  const known = offered.filter((o) => (COMPANY_FIELDS as readonly string[]).includes(o.field));
  return [base, ...known, ...extras];
}

/** The fields a card can still reveal, with costs: what was revealed before is left out. */
export function revealOptions(card: Card, pricing: Pricing): RevealOption[] {
  const done = revealedFieldsOf(card.revealed);
  const options = previewOptions(card.preview as PreviewOutcome | undefined, pricing);
  return options
    .filter((o) => !done.has(o.field))
    .map((o) => (card.kind === 'company' && card.revealed && o.field === COMPANY_BASE ? { ...o, credits: 0 } : o));
}

/** The ticked fields, by card key. */
export type Selection = Record<string, string[]>;

/**
 * The fields a reveal really bills: any company field brings the base company record with it
 * (Lusha bills `reveal_company` for it unless already revealed), so it is counted too.
 */
export function billedFields(card: Card, fields: string[]): string[] {
  if (card.kind !== 'company' || !fields.length || fields.includes(COMPANY_BASE)) return fields;
  return card.revealed ? fields : [COMPANY_BASE, ...fields];
}

/** What revealing `fields` of one card costs. */
export function cardCost(card: Card, fields: string[], pricing: Pricing): number {
  const options = revealOptions(card, pricing);
  return billedFields(card, fields).reduce(
    (sum, f) => sum + (options.find((o) => o.field === f)?.credits ?? 0),
    0,
  );
}

/** The credits of every ticked field of every card (what the confirm bar shows). */
export function selectionTotal(cards: Card[], selection: Selection, pricing: Pricing): number {
  return cards.reduce((sum, card) => sum + cardCost(card, selection[card.key] ?? [], pricing), 0);
}

/** Credits left after spending `total`; null when the balance is unknown. */
export function balanceAfter(remaining: number | null | undefined, total: number): number | null {
  return typeof remaining === 'number' ? remaining - total : null;
}

/**
 * What searching these targets costs at most: people and companies are separate searches,
 * each billed per batch of up to 100 (`api_search` per result, at least one unit a request).
 */
export function previewCost(pricing: Pricing, people: number, companies: number): number {
  const cost = (n: number) => {
    let total = 0;
    for (let left = n; left > 0; left -= 100) total += estimateCredits(pricing, 'api_search', Math.min(100, left));
    return total;
  };
  return cost(people) + cost(companies);
}

/**
 * Why a reveal of `total` credits would be refused by a cap, in words, or null. The background
 * checks again under its lock; this tells the rep before the click.
 */
export function capProblem(
  spend: { today: number; month: number; held: number; caps: { daily: number | null; monthly: number | null } } | null,
  total: number,
): string | null {
  if (!spend || total <= 0) return null;
  const { caps } = spend;
  if (caps.daily !== null && spend.today + spend.held + total > caps.daily) {
    const left = Math.max(0, caps.daily - spend.today - spend.held);
    return `Your daily cap is ${caps.daily} credits and ${left} are left today. Raise it in Settings or tick less.`;
  }
  if (caps.monthly !== null && spend.month + spend.held + total > caps.monthly) {
    const left = Math.max(0, caps.monthly - spend.month - spend.held);
    return `Your monthly cap is ${caps.monthly} credits and ${left} are left this month. Raise it in Settings or tick less.`;
  }
  return null;
}
