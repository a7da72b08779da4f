/**
 * The lookalikes slice: the seeds the rep picked (people or companies from any table), "Find
 * similar" and "More like these" (each billed per result, its most on the button), and the
 * plain message when Lusha had forgotten the seed set's session.
 */
import type { UserError } from '@/lib/lookup';
import { sendMessage } from '@/lib/messaging/client';
import { LOOKALIKE_LIMIT, MAX_SEEDS, MIN_SEEDS } from '@/lib/workspace/costs';
import type { Seeds } from '@/lib/workspace/lookalikes';
import type { EntityKind, ResultRow, RunSummary } from '@/lib/workspace/types';
import { unreachable } from '../errors';
import type { WsSlice } from './types';

export interface LookState {
  kind: EntityKind;
  seeds: ResultRow[];
  run: RunSummary | null;
  loading: boolean;
  error: UserError | null;
  /** Said once after a call: a renewed session, repeats left out. */
  message: string | null;
  limit: number;
}

export interface LookalikesSlice {
  look: LookState;
  /** Takes rows as seeds (people or companies, whichever most of them are). */
  setSeeds(rows: ResultRow[]): void;
  /** Why "Find similar" cannot run now, or null. */
  seedProblem(): string | null;
  /** A new search with the seeds (continuing their session when Lusha still has it). */
  findSimilar(): Promise<void>;
  /** More from the same run, without repeats. */
  more(): Promise<void>;
}

/** The seeds Lusha takes for rows of a kind: ids for people; domains and LinkedIn for companies. */
export function seedsOf(kind: EntityKind, rows: ResultRow[]): Seeds {
  if (kind === 'contacts') return { ids: rows.map((r) => r.lushaId) };
  const domains = rows.flatMap((r) => (r.domain ? [r.domain] : []));
  const linkedinUrls = rows.flatMap((r) => (!r.domain && r.linkedinUrl ? [r.linkedinUrl] : []));
  return {
    ...(domains.length ? { domains } : {}),
    ...(linkedinUrls.length ? { linkedinUrls } : {}),
  };
}

const usable = (kind: EntityKind, rows: ResultRow[]) =>
  kind === 'contacts' ? rows : rows.filter((r) => r.domain || r.linkedinUrl);

/** Creates the lookalikes slice. */
export const createLookalikesSlice: WsSlice<LookalikesSlice> = (set, get) => {
  const patch = (next: Partial<LookState>) => set((s) => ({ look: { ...s.look, ...next } }));

  async function call(runId: string) {
    const { kind, seeds, limit } = get().look;
    patch({ loading: true, error: null, message: null });
    const seedRows = usable(kind, seeds);
    const outcome = await sendMessage('findLookalikes', {
      runId,
      kind,
      seeds: seedsOf(kind, seedRows),
      label: `Similar to ${seedRows.length} ${kind === 'contacts' ? 'people' : 'companies'}`,
      limit,
    }).catch(() => null);
    if (!outcome || !outcome.ok) {
      patch({ loading: false, error: outcome ? outcome.error : unreachable() });
      return;
    }
    const { run, rows, renewed, repeated } = outcome.value;
    if (runId !== get().look.run?.id) get().setRows('lookalikes', rows);
    else get().appendRows('lookalikes', rows);
    const message = renewed
      ? `Lusha no longer had the earlier session for these seeds (it keeps one 30 days), so a new one started.${repeated ? ` ${repeated} already shown were left out.` : ''}`
      : null;
    patch({ loading: false, run, message });
    void get().findRevealed(rows.map((r) => r.key));
    void get().loadAccount();
    void get().loadSpend();
  }

  return {
    look: {
      kind: 'contacts',
      seeds: [],
      run: null,
      loading: false,
      error: null,
      message: null,
      limit: LOOKALIKE_LIMIT,
    },
    setSeeds: (rows) => {
      const people = rows.filter((r) => r.kind === 'person');
      const companies = rows.filter((r) => r.kind === 'company');
      const kind: EntityKind = people.length >= companies.length ? 'contacts' : 'companies';
      patch({
        kind,
        seeds: kind === 'contacts' ? people : companies,
        run: null,
        error: null,
        message: null,
      });
      get().setRows('lookalikes', []);
      get().setSection('lookalikes');
    },
    seedProblem: () => {
      const { kind, seeds } = get().look;
      const n = usable(kind, seeds).length;
      const what = kind === 'contacts' ? 'people' : 'companies';
      if (n < MIN_SEEDS)
        return `Lusha needs at least ${MIN_SEEDS} ${what} to find lookalikes; ${n} ${n === 1 ? 'is' : 'are'} picked. Select more rows and choose Find similar.`;
      if (n > MAX_SEEDS) return `Lusha takes at most ${MAX_SEEDS} seeds; ${n} are picked.`;
      return null;
    },
    findSimilar: async () => {
      if (get().look.loading || get().seedProblem()) return;
      await call(crypto.randomUUID());
    },
    more: async () => {
      const { run, loading } = get().look;
      if (!run || loading) return;
      await call(run.id);
    },
  };
};
