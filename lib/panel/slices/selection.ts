/**
 * The selection slice: the fields the rep ticked on each card (one by one, per field for all
 * cards, or a range), the confirmed reveal with its progress, and its result. Nothing is billed
 * before `confirmReveal`; a reveal of many is sent in requests of at most 100 with a Stop that
 * keeps what was already revealed.
 */
import type { EnrichOutcome, UserError } from '@/lib/lookup';
import type { Enrich } from '@/lib/messaging/lookup';
import { planReveal, runReveal } from '@/lib/reveal';
import { lushaKey, identifiersOf, type Card } from '../cards';
import { revealOptions } from '../costs';
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

/** The enrich requests for a selection: one per kind and set of fields, at most 100 ids each. */
export function enrichRequests(
  state: PanelState,
  cards: Card[] = cardsOf(state),
): Omit<Enrich, 'requestId'>[] {
  return planReveal(cards, state.selection, state.account?.pricing ?? {});
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
      const span =
        range && from >= 0 && to >= 0
          ? cards.slice(Math.min(from, to), Math.max(from, to) + 1)
          : cards.filter((c) => c.key === key);
      const selection = { ...state.selection };
      const pricing = state.account?.pricing ?? {};
      for (const card of span) {
        if (card.key !== key && !revealOptions(card, pricing).some((o) => o.field === field))
          continue;
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
  stopReveal: () =>
    set((s) => (s.revealing ? { revealing: { ...s.revealing, stopping: true } } : {})),
  confirmReveal: async () => {
    const requests = enrichRequests(get());
    if (!requests.length || get().revealing) return;
    const total = requests.reduce((n, r) => n + r.ids.length, 0);
    set({ revealing: { done: 0, total, stopping: false }, revealError: null, revealResult: null });
    const { result, error } = await runReveal(requests, {
      shouldStop: () => !!get().revealing?.stopping,
      onProgress: (done) =>
        set((s) => ({ revealing: s.revealing ? { ...s.revealing, done } : null })),
    });
    if (error) set({ revealError: error });
    set({
      revealing: null,
      revealResult: result,
      ...(result ? { selection: {}, anchor: null } : {}),
    });
    void get().loadAccount(false);
    void get().loadSpend();
    void get().loadHistory();
    if (result) {
      const targets = [...get().manualTargets, ...get().targets];
      void get().findRevealed([
        ...identifiersOf(targets),
        ...result.entries.map((e) => lushaKey(e.kind, e.id)),
      ]);
    }
  },
});
