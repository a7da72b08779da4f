/**
 * The enrich requests of a confirmed selection: one per kind and set of fields, at most 100
 * ids each, each Lusha id once, each with the quote of exactly what it reveals (fields already
 * revealed are not offered, so never quoted). Shared by the side panel and the workspace.
 */
import type { Enrich } from '@/lib/messaging/lookup';
import { lushaKey, type Card } from '@/lib/panel/cards';
import { billedFields, cardCost, COMPANY_BASE } from '@/lib/panel/costs';
import type { Pricing } from '@/lib/lookup/pricing';

/** Ids per enrich request (Lusha's bulk limit). */
export const REVEAL_CHUNK = 100;

/** A request before it is given its request id (made at send time, one per confirm). */
export type PlannedReveal = Omit<Enrich, 'requestId'>;

interface Group {
  kind: 'person' | 'company';
  reveal: string[];
  items: { id: string; credits: number }[];
}

/** The requests revealing `selection` (fields by card key) of `cards`. */
export function planReveal(
  cards: Card[],
  selection: Record<string, string[]>,
  pricing: Pricing,
): PlannedReveal[] {
  const groups = new Map<string, Group>();
  const seen = new Set<string>();
  for (const card of cards) {
    const fields = selection[card.key] ?? [];
    if (card.preview?.status !== 'found' || !card.lushaId || !fields.length) continue;
    const key = lushaKey(card.kind, card.lushaId);
    if (seen.has(key)) continue;
    seen.add(key);
    const reveal = billedFields(card, fields)
      .filter((f) => f !== COMPANY_BASE)
      .sort();
    if (card.kind === 'person' && !reveal.length) continue;
    const group = `${card.kind}:${reveal.join(',')}`;
    const entry = groups.get(group) ?? { kind: card.kind, reveal, items: [] };
    entry.items.push({ id: card.lushaId, credits: cardCost(card, fields, pricing) });
    groups.set(group, entry);
  }
  const requests: PlannedReveal[] = [];
  for (const { kind, reveal, items } of groups.values()) {
    for (let i = 0; i < items.length; i += REVEAL_CHUNK) {
      const part = items.slice(i, i + REVEAL_CHUNK);
      requests.push({
        kind,
        ids: part.map((p) => p.id),
        reveal,
        expectedCredits: part.reduce((sum, p) => sum + p.credits, 0),
      } as PlannedReveal);
    }
  }
  return requests;
}
