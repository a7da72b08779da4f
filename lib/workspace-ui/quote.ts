/**
 * Workspace rows as the side panel's cards, so a reveal from a table is quoted exactly as one
 * from the panel: only fields not revealed yet, each Lusha id once, at Lusha's own `canReveal`
 * costs (rows without them, lookalike results, must get their costs first).
 */
import type { HistoryEntry } from '@/lib/history/types';
import type { Pricing } from '@/lib/lookup/pricing';
import type { Card } from '@/lib/panel/cards';
import { cardCost, revealOptions } from '@/lib/panel/costs';
import type { ResultRow } from '@/lib/workspace/types';

/** A row as a card: its costs as a found preview, and what the history holds of it. */
export function rowCard(row: ResultRow, revealed: Record<string, HistoryEntry>): Card {
  const entry = revealed[row.key];
  return {
    key: row.key,
    kind: row.kind,
    targets: [],
    lushaId: row.lushaId,
    preview: row.canReveal
      ? ({
          status: 'found',
          kind: row.kind,
          data: { id: row.lushaId, canReveal: row.canReveal, has: row.has },
          fetchedAt: 0,
        } as Card['preview'])
      : undefined,
    revealed: entry?.kind === row.kind ? entry : undefined,
  };
}

/** One field the selected rows can reveal: on how many rows, for how much in all. */
export interface FieldQuote {
  field: string;
  rows: number;
  credits: number;
}

/** What revealing `fields` of the selected rows costs, and what is left out of it. */
export interface RevealQuote {
  cards: Card[];
  /** Fields to reveal by card key (only those each card still offers). */
  selection: Record<string, string[]>;
  total: number;
  /** Every field the selected rows offer, with its rows and credits. */
  offered: FieldQuote[];
  /** Selected rows with no costs yet (to be priced first). */
  unpriced: ResultRow[];
  /** Selected rows with nothing left to reveal. */
  done: number;
}

/** The quote of revealing `fields` of `rows`. */
export function quoteReveal(
  rows: ResultRow[],
  fields: string[],
  revealed: Record<string, HistoryEntry>,
  pricing: Pricing,
): RevealQuote {
  const cards: Card[] = [];
  const selection: Record<string, string[]> = {};
  const offered = new Map<string, FieldQuote>();
  const unpriced: ResultRow[] = [];
  let done = 0;
  let total = 0;
  const seen = new Set<string>();
  for (const row of rows) {
    if (seen.has(row.key)) continue;
    seen.add(row.key);
    const card = rowCard(row, revealed);
    if (!card.preview) {
      if (!card.revealed) unpriced.push(row);
      continue;
    }
    const options = revealOptions(card, pricing);
    if (!options.length) done += 1;
    for (const o of options) {
      const q = offered.get(o.field) ?? { field: o.field, rows: 0, credits: 0 };
      offered.set(o.field, { ...q, rows: q.rows + 1, credits: q.credits + o.credits });
    }
    const chosen = options.filter((o) => fields.includes(o.field)).map((o) => o.field);
    if (!chosen.length) continue;
    cards.push(card);
    selection[card.key] = chosen;
    total += cardCost(card, chosen, pricing);
  }
  return { cards, selection, total, offered: [...offered.values()], unpriced, done };
}
