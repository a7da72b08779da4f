/**
 * The selection slice: the fields the rep ticked on each card (one by one, per field for all
 * cards, or a range), the confirmed reveal with its progress, and its result. Nothing is billed
 * before `confirmReveal`; a reveal of many is sent in requests of at most 100 with a Stop that
 * keeps what was already revealed.
 */
import type { EnrichOutcome, UserError } from '@/lib/lookup';
import type { Enrich } from '@/lib/messaging/lookup';
import { lushaKey, identifiersOf, type Card } from '../cards';
import { billedFields, cardCost, COMPANY_BASE, revealOptions } from '../costs';
import { sendReveal } from '../reveal';
import { cardsOf } from '../selectors';
import type { PanelState, Slice } from './types';

/** How far a confirmed reveal got. */
export interface RevealProgress {
  done: number;
  total: number;
  stopping: boolean;
}

export interface SelectionSlice {
  selection: Record<string, string[]>;
  /** The card a field was last ticked on (the start of a shift-click range). */
  anchor: string | null;
  revealing: RevealProgress | null;
  /** The last confirmed reveal (already saved to history by the background). */
  revealResult: EnrichOutcome | null;
  revealError: UserError | null;
  toggleField(key: string, field: string, range?: boolean): void;
  /** Ticks (or unticks) `field` on every card that can still reveal it. */
  selectField(field: string, on: boolean): void;
  clearSelection(): void;
  confirmReveal(): Promise<void>;
  /** Stops after the request under way; what it reveals is kept. */
  stopReveal(): void;
  dismissResult(): void;
}

const CHUNK = 100;

/** The enrich requests for a selection: one per kind and set of fields, at most 100 ids each. */
export function enrichRequests(state: PanelState, cards: Card[] = cardsOf(state)): Omit<Enrich, 'requestId'>[] {
  const pricing = state.account?.pricing ?? {};
  const groups = new Map<string, { kind: 'person' | 'company'; reveal: string[]; items: { id: string; credits: number }[] }>();
  const seen = new Set<string>();
  for (const card of cards) {
    const fields = state.selection[card.key] ?? [];
    if (card.preview?.status !== 'found' || !card.lushaId || !fields.length) continue;
    if (seen.has(lushaKey(card.kind, card.lushaId))) continue;
    seen.add(lushaKey(card.kind, card.lushaId));
    const reveal = billedFields(card, fields).filter((f) => f !== COMPANY_BASE).sort();
    if (card.kind === 'person' && !reveal.length) continue;
    const group = `${card.kind}:${reveal.join(',')}`;
    const entry = groups.get(group) ?? { kind: card.kind, reveal, items: [] };
    entry.items.push({ id: card.lushaId, credits: cardCost(card, fields, pricing) });
    groups.set(group, entry);
  }
  const requests: Omit<Enrich, 'requestId'>[] = [];
  for (const { kind, reveal, items } of groups.values()) {
    for (let i = 0; i < items.length; i += CHUNK) {
      const part = items.slice(i, i + CHUNK);
      requests.push({
        kind,
        ids: part.map((p) => p.id),
        reveal,
        expectedCredits: part.reduce((sum, p) => sum + p.credits, 0),
      } as Omit<Enrich, 'requestId'>);
    }
  }
  return requests;
}

function merge(a: EnrichOutcome | null, b: EnrichOutcome): EnrichOutcome {
  if (!a) return b;
  return {
    ...b,
    entries: [...a.entries, ...b.entries],
    failures: [...a.failures, ...b.failures],
    creditsCharged: a.creditsCharged + b.creditsCharged,
    saved: a.saved && b.saved,
    recovered: a.recovered || b.recovered,
  };
}

function toggle(fields: string[], field: string, on: boolean): string[] {
  const without = fields.filter((f) => f !== field);
  return on ? [...without, field] : without;
}

/** Creates the selection slice. */
export const createSelectionSlice: Slice<SelectionSlice> = (set, get) => ({
  selection: {},
  anchor: null,
  revealing: null,
  revealResult: null,
  revealError: null,
  toggleField: (key, field, range = false) =>
    set((state) => {
      const on = !(state.selection[key] ?? []).includes(field);
      const cards = cardsOf(state);
      const from = cards.findIndex((c) => c.key === state.anchor);
      const to = cards.findIndex((c) => c.key === key);
      const span = range && from >= 0 && to >= 0 ? cards.slice(Math.min(from, to), Math.max(from, to) + 1) : cards.filter((c) => c.key === key);
      const selection = { ...state.selection };
      const pricing = state.account?.pricing ?? {};
      for (const card of span) {
        if (card.key !== key && !revealOptions(card, pricing).some((o) => o.field === field)) continue;
        const next = toggle(selection[card.key] ?? [], field, on);
        if (next.length) selection[card.key] = next;
        else delete selection[card.key];
      }
      return { selection, anchor: key };
    }),
  selectField: (field, on) =>
    set((state) => {
      const selection = { ...state.selection };
      const pricing = state.account?.pricing ?? {};
      for (const card of cardsOf(state)) {
        const option = revealOptions(card, pricing).find((o) => o.field === field);
        if (!option || option.credits === 0) continue;
        const next = toggle(selection[card.key] ?? [], field, on);
        if (next.length) selection[card.key] = next;
        else delete selection[card.key];
      }
      return { selection };
    }),
  clearSelection: () => set({ selection: {}, anchor: null }),
  dismissResult: () => set({ revealResult: null, revealError: null }),
  stopReveal: () => set((s) => (s.revealing ? { revealing: { ...s.revealing, stopping: true } } : {})),
  confirmReveal: async () => {
    const requests = enrichRequests(get());
    if (!requests.length || get().revealing) return;
    const total = requests.reduce((n, r) => n + r.ids.length, 0);
    set({ revealing: { done: 0, total, stopping: false }, revealError: null, revealResult: null });
    let result: EnrichOutcome | null = null;
    for (const request of requests) {
      if (get().revealing?.stopping) break;
      const outcome = await sendReveal({ ...request, requestId: crypto.randomUUID() } as Enrich);
      if (!outcome.ok) {
        set({ revealError: outcome.error });
        break;
      }
      result = merge(result, outcome.value);
      const done = (get().revealing?.done ?? 0) + request.ids.length;
      set((s) => ({ revealing: s.revealing ? { ...s.revealing, done } : null }));
    }
    set({ revealing: null, revealResult: result, ...(result ? { selection: {}, anchor: null } : {}) });
    void get().loadAccount(false);
    void get().loadSpend();
    void get().loadHistory();
    if (result) {
      const targets = [...get().manualTargets, ...get().targets];
      void get().findRevealed([...identifiersOf(targets), ...result.entries.map((e) => lushaKey(e.kind, e.id))]);
    }
  },
});
