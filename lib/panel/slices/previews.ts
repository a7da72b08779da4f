/**
 * The previews slice: what Lusha has on each target, by target key. A preview is asked for
 * free first (`search: false`, cached only), then searched (billed) per the auto-preview
 * setting or when the rep clicks.
 */
import type { LookupTarget, PreviewOutcome } from '@/lib/lookup';
import { sendMessage } from '@/lib/messaging/client';
import type { TargetInput } from '@/lib/messaging/lookup';
import { lushaKey } from '../cards';
import type { Slice } from './types';

/** A preview as the panel holds it: being fetched, or its outcome. */
export type PreviewState = PreviewOutcome | { status: 'loading' };

export interface PreviewsSlice {
  previews: Record<string, PreviewState>;
  /** Marks `keys` as being fetched. */
  previewsLoading(keys: string[]): void;
  /** Stores answers; asked keys with no answer go back to "not previewed". */
  previewsLoaded(asked: string[], outcomes: Record<string, PreviewOutcome>): void;
  /** Asks the background; `search: true` searches (billed) what is not cached. */
  loadPreviews(targets: LookupTarget[], search: boolean): Promise<void>;
}

/** The wire form of a target: the background rebuilds the key itself. */
export function toTargetInput(target: LookupTarget): TargetInput {
  const { key: _key, ...input } = target;
  return input as TargetInput;
}

const CHUNK = 100;

/** Creates the previews slice. */
export const createPreviewsSlice: Slice<PreviewsSlice> = (set, get) => ({
  previews: {},
  previewsLoading: (keys) =>
    set((state) => {
      const next = { ...state.previews };
      for (const key of keys) next[key] = { status: 'loading' };
      return { previews: next };
    }),
  previewsLoaded: (asked, outcomes) =>
    set((state) => {
      const next = { ...state.previews };
      for (const key of asked) {
        const outcome = outcomes[key];
        if (outcome) next[key] = outcome;
        else if (next[key]?.status === 'loading') delete next[key];
      }
      return { previews: next };
    }),
  loadPreviews: async (targets, search) => {
    // People and companies are separate searches: chunked per kind, as the quote counts them.
    const chunks: LookupTarget[][] = [];
    for (const kind of ['person', 'company'] as const) {
      const ofKind = targets.filter((t) => t.kind === kind);
      for (let start = 0; start < ofKind.length; start += CHUNK) chunks.push(ofKind.slice(start, start + CHUNK));
    }
    for (const chunk of chunks) {
      const keys = chunk.map((t) => t.key);
      if (search) get().previewsLoading(keys);
      try {
        const answer = await sendMessage('previewTargets', {
          targets: chunk.map(toTargetInput),
          search,
        });
        get().previewsLoaded(keys, answer.outcomes);
        const ids = Object.values(answer.outcomes).flatMap((o) =>
          o.status === 'found' && o.data.id ? [lushaKey(o.kind, o.data.id)] : [],
        );
        void get().findRevealed(ids);
      } catch {
        get().previewsLoaded(keys, {});
        get().showError({
          kind: 'unexpected',
          message: search
            ? 'Prospect Lens could not reach its background while previewing. Close and reopen the panel; previews already searched are kept and not billed again.'
            : 'Prospect Lens could not reach its background. Close and reopen the panel.',
          retryable: true,
        });
      }
    }
    // A search is billed: show the balance the background already lowered (no usage call).
    if (search) {
      void get().loadAccount(false);
      void get().loadSpend();
    }
  },
});
