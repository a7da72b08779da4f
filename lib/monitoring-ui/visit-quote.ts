/**
 * What revealing visiting companies costs, exactly as the side panel quotes a company card: the
 * company profile (`reveal_company`, free when revealed before) and the extra fields Lusha offers
 * for that company (`canReveal`, or `has` priced from the account), only those not revealed yet.
 */
import type { HistoryEntry } from '@/lib/history/types';
import type { Pricing } from '@/lib/lookup/pricing';
import type { CompanyRevealField, WebsiteVisitsCompanyResult } from '@/lib/lusha';
import type { Card } from '@/lib/panel/cards';
import { billedFields, cardCost, COMPANY_BASE, revealOptions } from '@/lib/panel/costs';

/** A visiting company as a company card (no page target: it came from Lusha's list). */
export function visitCard(
  row: WebsiteVisitsCompanyResult,
  revealed: HistoryEntry | undefined,
): Card {
  return {
    key: `company:${row.id}`,
    kind: 'company',
    targets: [],
    preview: { status: 'found', kind: 'company', data: row, fetchedAt: 0 },
    lushaId: row.id,
    revealed,
  };
}

/** The fields any of `rows` can still reveal (the picker's chips), company profile first. */
export function fieldsOffered(cards: Card[], pricing: Pricing): string[] {
  const fields = new Set<string>();
  for (const card of cards) for (const o of revealOptions(card, pricing)) fields.add(o.field);
  return [COMPANY_BASE, ...[...fields].filter((f) => f !== COMPANY_BASE)];
}

/** One company's share of a reveal: the fields billed for it and their credits. */
export interface VisitLine {
  id: string;
  fields: string[];
  credits: number;
}

/** The exact quote of revealing `fields` of `cards`: per company, and the total. */
export function visitsQuote(cards: Card[], fields: string[], pricing: Pricing) {
  const lines: VisitLine[] = cards.map((card) => {
    const offered = new Set(revealOptions(card, pricing).map((o) => o.field));
    const wanted = fields.filter((f) => offered.has(f));
    return {
      id: card.lushaId!,
      fields: billedFields(card, wanted).filter((f) => f === COMPANY_BASE || offered.has(f)),
      credits: cardCost(card, wanted, pricing),
    };
  });
  return { lines, total: lines.reduce((sum, l) => sum + l.credits, 0) };
}

/** A company enrich as the `enrich` message takes it (without its request id). */
export interface VisitRequest {
  kind: 'company';
  ids: string[];
  reveal: CompanyRevealField[];
  expectedCredits: number;
}

/** The enrich requests of a quote: one per set of fields, at most 100 companies each. */
export function visitRequests(lines: VisitLine[]): VisitRequest[] {
  const groups = new Map<string, VisitLine[]>();
  for (const line of lines.filter((l) => l.fields.length)) {
    const key = line.fields.join(',');
    groups.set(key, [...(groups.get(key) ?? []), line]);
  }
  const requests: VisitRequest[] = [];
  for (const group of groups.values()) {
    for (let i = 0; i < group.length; i += 100) {
      const chunk = group.slice(i, i + 100);
      requests.push({
        kind: 'company',
        ids: chunk.map((l) => l.id),
        reveal: chunk[0]!.fields.filter((f) => f !== COMPANY_BASE) as CompanyRevealField[],
        expectedCredits: chunk.reduce((sum, l) => sum + l.credits, 0),
      });
    }
  }
  return requests;
}

/** What one field costs over `cards` on its own (a chip's figure; 0 where revealed before). */
export function fieldCost(cards: Card[], field: string, pricing: Pricing): number {
  return cards.reduce(
    (sum, card) =>
      sum + (revealOptions(card, pricing).find((o) => o.field === field)?.credits ?? 0),
    0,
  );
}
