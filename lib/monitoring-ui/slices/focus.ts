/**
 * The focus slice: one watched person opened from a notification or the watchlist, shown at
 * the new company. A one-click preview there (a billed search, its cost on the button) says
 * the title Lusha has now and what revealing costs; a reveal needs its own confirm.
 */
import type { EnrichOutcome, PreviewOutcome, UserError } from '@/lib/lookup';
import { sendMessage } from '@/lib/messaging/client';
import type { TargetInput } from '@/lib/messaging/lookup';
import type { WatchItem } from '@/lib/monitoring/watchlist';
import { newRequestId, unreachable } from '../util';
import type { MonSlice } from './types';

export interface FocusSlice {
  /** The search target at the new company (name + company), and its preview once asked. */
  focusTarget: TargetInput | null;
  focusPreview: PreviewOutcome | null;
  focusLoading: boolean;
  focusFields: string[];
  focusRevealing: boolean;
  focusReveal: EnrichOutcome | null;
  focusError: UserError | null;
  /** Prepares the person's preview at `companyName` and shows a cached one (free). */
  openFocus(item: WatchItem, companyName: string | undefined): Promise<void>;
  /** Searches Lusha (billed: the button says what it costs). */
  previewFocus(): Promise<void>;
  toggleFocusField(field: string): void;
  /** Reveals the ticked fields of the previewed person for `expectedCredits`. */
  revealFocus(expectedCredits: number): Promise<void>;
}

/** The person's search target: by name at the company (LinkedIn when no company is known). */
export function focusTargetOf(
  item: WatchItem,
  companyName: string | undefined,
): TargetInput | null {
  const [firstName, ...rest] = item.snapshot.name.trim().split(/\s+/);
  const lastName = rest.join(' ');
  if (companyName && firstName && lastName) {
    return {
      kind: 'person',
      by: 'name',
      firstName,
      lastName,
      companyName: companyName.slice(0, 200),
    };
  }
  const url = item.snapshot.linkedinUrl;
  return url ? { kind: 'person', by: 'linkedin', linkedinUrl: url } : null;
}

async function preview(target: TargetInput, search: boolean) {
  const answer = await sendMessage('previewTargets', { targets: [target], search }).catch(
    () => null,
  );
  if (!answer) return null;
  return answer.outcomes[answer.keys[0]!] ?? undefined;
}

/** Creates the focus slice. */
export const createFocusSlice: MonSlice<FocusSlice> = (set, get) => ({
  focusTarget: null,
  focusPreview: null,
  focusLoading: false,
  focusFields: [],
  focusRevealing: false,
  focusReveal: null,
  focusError: null,
  openFocus: async (item, companyName) => {
    const target = focusTargetOf(item, companyName);
    set({
      focusTarget: target,
      focusPreview: null,
      focusReveal: null,
      focusError: null,
      focusFields: [],
    });
    if (!target) return;
    const cached = await preview(target, false);
    if (cached && get().focusTarget === target) set({ focusPreview: cached });
  },
  previewFocus: async () => {
    const target = get().focusTarget;
    if (!target || get().focusLoading) return;
    set({ focusLoading: true, focusError: null });
    const outcome = await preview(target, true);
    if (get().focusTarget !== target) return;
    if (outcome === null) set({ focusLoading: false, focusError: unreachable() });
    else set({ focusLoading: false, focusPreview: outcome ?? null });
    void get().loadAccount();
  },
  toggleFocusField: (field) =>
    set((s) => ({
      focusFields: s.focusFields.includes(field)
        ? s.focusFields.filter((f) => f !== field)
        : [...s.focusFields, field],
    })),
  revealFocus: async (expectedCredits) => {
    const p = get().focusPreview;
    const fields = get().focusFields;
    const id = p?.status === 'found' && p.kind === 'person' ? p.data.id : undefined;
    if (!id || !fields.length || get().focusRevealing) return;
    set({ focusRevealing: true, focusError: null });
    const outcome = await sendMessage('enrich', {
      requestId: newRequestId(),
      kind: 'person',
      ids: [id],
      reveal: fields as ('emails' | 'phones')[],
      expectedCredits,
    }).catch(() => null);
    if (outcome?.ok) set({ focusRevealing: false, focusReveal: outcome.value, focusFields: [] });
    else set({ focusRevealing: false, focusError: outcome?.error ?? unreachable() });
    void get().loadAccount();
    void get().loadSpend();
  },
});
