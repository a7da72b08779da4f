/**
 * The selection slice: the fields the rep ticked on each card, the confirmed reveal and its
 * result. Nothing is billed before `confirmReveal`.
 */
import type { EnrichOutcome, UserError } from '@/lib/lookup';
import type { ContactRevealField, CompanyRevealField } from '@/lib/lusha';
import { sendMessage } from '@/lib/messaging/client';
import type { Enrich } from '@/lib/messaging/lookup';
import { identifiersOf } from '../connect';
import { billedFields, COMPANY_BASE, revealOptions, type Selection } from '../costs';
import type { PanelState, Slice } from './types';

export interface SelectionSlice {
  selection: Selection;
  revealing: boolean;
  /** The last confirmed reveal (already saved to history by the background). */
  revealResult: EnrichOutcome | null;
  revealError: UserError | null;
  toggleField(key: string, field: string): void;
  clearSelection(): void;
  /** Sends the ticked reveals, one request per kind and set of fields. */
  confirmReveal(): Promise<void>;
  dismissResult(): void;
}

/** The enrich request of one card: its kind, its Lusha id, the fields asked and their cost. */
function cardRequest(state: PanelState, key: string, fields: string[]): Enrich | null {
  const preview = state.previews[key];
  if (preview?.status !== 'found' || !preview.data.id || !fields.length) return null;
  const options = revealOptions(preview, state.account?.pricing ?? {});
  const credits = billedFields(preview, fields).reduce(
    (sum, f) => sum + (options.find((o) => o.field === f)?.credits ?? 0),
    0,
  );
  const reveal = fields.filter((f) => f !== COMPANY_BASE).sort();
  const ids = [preview.data.id];
  if (preview.kind === 'company') {
    return {
      kind: 'company',
      ids,
      reveal: reveal as CompanyRevealField[],
      expectedCredits: credits,
    };
  }
  const asked = reveal as ContactRevealField[];
  return asked.length ? { kind: 'person', ids, reveal: asked, expectedCredits: credits } : null;
}

/** The enrich requests for a selection: one per kind and set of ticked fields. */
export function enrichRequests(state: PanelState): Enrich[] {
  const groups = new Map<string, Enrich>();
  for (const [key, fields] of Object.entries(state.selection)) {
    const request = cardRequest(state, key, fields);
    if (!request) continue;
    const group = `${request.kind}:${request.reveal.join(',')}`;
    const existing = groups.get(group);
    if (existing) {
      existing.ids.push(...request.ids);
      existing.expectedCredits += request.expectedCredits;
    } else groups.set(group, request);
  }
  return [...groups.values()];
}

const UNREACHABLE: UserError = {
  kind: 'unexpected',
  message: 'Prospect Lens could not reach its background. Nothing was charged; try again.',
  retryable: true,
};

function merge(a: EnrichOutcome | null, b: EnrichOutcome): EnrichOutcome {
  if (!a) return b;
  return {
    entries: [...a.entries, ...b.entries],
    failures: [...a.failures, ...b.failures],
    creditsCharged: a.creditsCharged + b.creditsCharged,
  };
}

/** Creates the selection slice. */
export const createSelectionSlice: Slice<SelectionSlice> = (set, get) => ({
  selection: {},
  revealing: false,
  revealResult: null,
  revealError: null,
  toggleField: (key, field) =>
    set((state) => {
      const fields = state.selection[key] ?? [];
      const next = fields.includes(field) ? fields.filter((f) => f !== field) : [...fields, field];
      const selection = { ...state.selection, [key]: next };
      if (!next.length) delete selection[key];
      return { selection };
    }),
  clearSelection: () => set({ selection: {} }),
  dismissResult: () => set({ revealResult: null, revealError: null }),
  confirmReveal: async () => {
    const requests = enrichRequests(get());
    if (!requests.length || get().revealing) return;
    set({ revealing: true, revealError: null, revealResult: null });
    let result: EnrichOutcome | null = null;
    for (const request of requests) {
      const outcome = await sendMessage('enrich', request).catch(() => null);
      if (!outcome || !outcome.ok) {
        set({ revealError: outcome?.ok === false ? outcome.error : UNREACHABLE });
        break;
      }
      result = merge(result, outcome.value);
    }
    set({ revealing: false, revealResult: result, ...(result ? { selection: {} } : {}) });
    void get().loadAccount(false);
    void get().loadHistory();
    if (result) void get().findRevealed(identifiersOf([...get().manualTargets, ...get().targets]));
  },
});
