/**
 * The reveal slice: the fields the rep picked for a table's selected rows, the exact quote,
 * one confirm, then requests of at most 100 with progress and a Stop that keeps what was
 * revealed. Rows without costs (lookalike results) are priced first, a billed search by id
 * with its own cost on the button.
 */
import type { EnrichOutcome, UserError } from '@/lib/lookup';
import { sendMessage } from '@/lib/messaging/client';
import { planReveal, runReveal } from '@/lib/reveal';
import { quoteReveal } from '../quote';
import { selectedRows, type TableId } from './tables';
import type { WsSlice } from './types';

export interface RevealState {
  table: TableId;
  done: number;
  total: number;
  stopping: boolean;
}

export interface RevealSlice {
  /** Fields picked per table. */
  revealFields: Record<TableId, string[]>;
  revealing: RevealState | null;
  pricing: TableId | null;
  revealResult: { table: TableId; outcome: EnrichOutcome } | null;
  revealError: { table: TableId; error: UserError } | null;
  toggleRevealField(table: TableId, field: string): void;
  /** Reveals the picked fields of the selected rows (what the quote showed). */
  confirmReveal(table: TableId): Promise<void>;
  stopReveal(): void;
  /** Gets reveal costs for the selected rows that have none (billed search by id). */
  priceSelected(table: TableId): Promise<void>;
  dismissReveal(): void;
}

const runIdOf = (
  table: TableId,
  state: { prospect: { run: { id: string } | null }; look: { run: { id: string } | null } },
) =>
  table === 'prospecting'
    ? state.prospect.run?.id
    : table === 'lookalikes'
      ? state.look.run?.id
      : undefined;

/** Creates the reveal slice. */
export const createRevealSlice: WsSlice<RevealSlice> = (set, get) => ({
  revealFields: { prospecting: ['emails'], lookalikes: ['emails'], lists: ['emails'] },
  revealing: null,
  pricing: null,
  revealResult: null,
  revealError: null,
  toggleRevealField: (table, field) =>
    set((s) => {
      const now = s.revealFields[table];
      const next = now.includes(field) ? now.filter((f) => f !== field) : [...now, field];
      return { revealFields: { ...s.revealFields, [table]: next } };
    }),
  stopReveal: () =>
    set((s) => (s.revealing ? { revealing: { ...s.revealing, stopping: true } } : {})),
  dismissReveal: () => set({ revealResult: null, revealError: null }),
  confirmReveal: async (table) => {
    const state = get();
    if (state.revealing) return;
    const pricing = state.account?.pricing ?? {};
    const rows = selectedRows(state.tables[table]);
    const quote = quoteReveal(rows, state.revealFields[table], state.revealed, pricing);
    const requests = planReveal(quote.cards, quote.selection, pricing);
    if (!requests.length) return;
    const total = requests.reduce((n, r) => n + r.ids.length, 0);
    set({
      revealing: { table, done: 0, total, stopping: false },
      revealResult: null,
      revealError: null,
    });
    const run = await runReveal(requests, {
      shouldStop: () => !!get().revealing?.stopping,
      onProgress: (done) =>
        set((s) => ({ revealing: s.revealing ? { ...s.revealing, done } : null })),
    });
    set({
      revealing: null,
      revealResult: run.result ? { table, outcome: run.result } : null,
      revealError: run.error ? { table, error: run.error } : null,
    });
    if (run.result) get().clearSelection(table);
    await get().findRevealed(rows.map((r) => r.key));
    void get().loadAccount();
    void get().loadSpend();
  },
  priceSelected: async (table) => {
    const state = get();
    if (state.pricing) return;
    const rows = selectedRows(state.tables[table]).filter(
      (r) => !r.canReveal && !state.revealed[r.key],
    );
    if (!rows.length) return;
    set({ pricing: table, revealError: null });
    const runId = runIdOf(table, state);
    for (const kind of ['contacts', 'companies'] as const) {
      const ofKind = rows.filter((r) => (r.kind === 'person') === (kind === 'contacts'));
      for (let i = 0; i < ofKind.length; i += 100) {
        const ids = ofKind.slice(i, i + 100).map((r) => r.lushaId);
        const outcome = await sendMessage('priceRows', {
          kind,
          ids,
          ...(runId ? { runId } : {}),
        }).catch(() => null);
        if (!outcome?.ok) {
          const error: UserError = outcome?.error ?? {
            kind: 'unexpected',
            retryable: true,
            message: 'Prospect Lens could not reach its background. Reload the page and try again.',
          };
          set({ pricing: null, revealError: { table, error } });
          return;
        }
        get().updateRows(table, outcome.value.rows);
      }
    }
    set({ pricing: null });
    void get().loadAccount();
  },
});
