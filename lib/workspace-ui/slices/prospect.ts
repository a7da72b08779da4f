/**
 * The prospecting slice: the filter catalogue, the rep's choices (contacts or companies), the
 * run with its pages (each billed, its cost on the button), saved searches, and "people at
 * this company" from a company row.
 */
import type { UserError } from '@/lib/lookup';
import { sendMessage } from '@/lib/messaging/client';
import type { FilterCatalog } from '@/lib/workspace/catalog';
import type { FilterField } from '@/lib/workspace/filter-fields';
import { describeChoices, signalTypesChosen, type FilterChoice } from '@/lib/workspace/filter-set';
import type { EntityKind, ResultRow, RunSummary, SavedSearch } from '@/lib/workspace/types';
import { unreachable } from '../errors';
import type { WsSlice } from './types';

export interface ProspectState {
  kind: EntityKind;
  choices: FilterChoice[];
  run: RunSummary | null;
  loading: boolean;
  error: UserError | null;
  savedSearchId: string | null;
  /** Items of the last page Lusha sent that could not be read. */
  unreadable: number;
}

export interface ProspectSlice {
  catalog: FilterCatalog | null;
  catalogError: UserError | null;
  prospect: ProspectState;
  saved: SavedSearch[];
  loadCatalog(): Promise<void>;
  setKind(kind: EntityKind): void;
  addChoice(choice: FilterChoice): void;
  removeChoice(index: number): void;
  toggleExclude(index: number): void;
  clearChoices(): void;
  /** Signal types per result the chosen signal filters may bill. */
  signalTypes(): number;
  /** The choices in words. */
  describe(): string;
  /** Starts a new run with the current choices: its first page (billed). */
  search(): Promise<void>;
  /** The run's next page (billed). */
  nextPage(): Promise<void>;
  /** The newest prospecting run, as it was left (no call). */
  restore(): Promise<void>;
  /** A contact search prefilled with the company of a row. */
  /** A contact search prefilled with one company (a company row, a visiting company). */
  peopleAt(row: Pick<ResultRow, 'lushaId' | 'name'>): void;
  loadSaved(): Promise<void>;
  saveSearch(name: string): Promise<void>;
  runSaved(id: string): Promise<void>;
  deleteSaved(id: string): Promise<void>;
}

const fieldLabel = (catalog: FilterCatalog | null) => (c: FilterChoice) =>
  catalog?.fields.find((f: FilterField) => f.group === c.group && f.field === c.field)?.label ??
  (c.field === 'ids' ? 'Company' : c.field);

const same = (a: FilterChoice, b: FilterChoice) =>
  a.group === b.group && a.field === b.field && JSON.stringify(a.value) === JSON.stringify(b.value);

/** Creates the prospecting slice. */
export const createProspectSlice: WsSlice<ProspectSlice> = (set, get) => {
  const patch = (next: Partial<ProspectState>) =>
    set((s) => ({ prospect: { ...s.prospect, ...next } }));

  async function load(page: number, runId: string) {
    const { prospect } = get();
    patch({ loading: true, error: null });
    const outcome = await sendMessage('prospectPage', {
      runId,
      kind: prospect.kind,
      choices: prospect.choices,
      label: get().describe() || 'Everyone',
      page,
      signalTypes: get().signalTypes(),
      ...(prospect.savedSearchId ? { savedSearchId: prospect.savedSearchId } : {}),
    }).catch(() => null);
    if (!outcome || !outcome.ok) {
      patch({ loading: false, error: outcome ? outcome.error : unreachable() });
      return;
    }
    const { run, rows, unreadable } = outcome.value;
    if (page === 0) get().setRows('prospecting', rows);
    else get().appendRows('prospecting', rows);
    patch({ loading: false, run, unreadable });
    void get().findRevealed(rows.map((r) => r.key));
    void get().loadAccount();
    void get().loadSpend();
    if (prospect.savedSearchId) void get().loadSaved();
  }

  return {
    catalog: null,
    catalogError: null,
    prospect: {
      kind: 'contacts',
      choices: [],
      run: null,
      loading: false,
      error: null,
      savedSearchId: null,
      unreadable: 0,
    },
    saved: [],
    loadCatalog: async () => {
      const outcome = await sendMessage('getFilterCatalog', {}).catch(() => null);
      if (outcome?.ok) set({ catalog: outcome.value, catalogError: null });
      else set({ catalogError: outcome ? outcome.error : unreachable() });
    },
    setKind: (kind) => patch({ kind, savedSearchId: null }),
    addChoice: (choice) => {
      const { choices } = get().prospect;
      if (!choices.some((c) => same(c, choice)))
        patch({ choices: [...choices, choice], savedSearchId: null });
    },
    removeChoice: (index) =>
      patch({ choices: get().prospect.choices.filter((_, i) => i !== index), savedSearchId: null }),
    toggleExclude: (index) =>
      patch({
        choices: get().prospect.choices.map((c, i) =>
          i === index ? { ...c, exclude: !c.exclude } : c,
        ),
        savedSearchId: null,
      }),
    clearChoices: () => patch({ choices: [], savedSearchId: null }),
    signalTypes: () => {
      const { prospect, catalog } = get();
      return signalTypesChosen(
        prospect.kind,
        prospect.choices,
        catalog?.signalTypes ?? { contacts: [], companies: [] },
      );
    },
    describe: () => {
      const { prospect, catalog } = get();
      const shown = prospect.choices.filter(
        (c) => prospect.kind === 'contacts' || c.group === 'companies',
      );
      return describeChoices(shown, fieldLabel(catalog));
    },
    search: async () => {
      if (get().prospect.loading) return;
      await load(0, crypto.randomUUID());
    },
    nextPage: async () => {
      const { run, loading } = get().prospect;
      if (!run || loading) return;
      const next = run.pages.length ? Math.max(...run.pages) + 1 : 0;
      await load(next, run.id);
    },
    restore: async () => {
      const runs = await sendMessage('getRuns', { source: 'prospecting' }).catch(() => []);
      const run = runs[0];
      if (!run || get().prospect.run) return;
      const rows: ResultRow[] = [];
      for (let offset = 0; offset < run.loaded; offset += 2000) {
        const part = await sendMessage('getRunRows', { runId: run.id, offset, limit: 2000 }).catch(
          () => [],
        );
        if (!part.length) break;
        rows.push(...part);
      }
      if (get().prospect.run) return;
      patch({ run, kind: run.kind });
      get().setRows('prospecting', rows);
      void get().findRevealed(rows.map((r) => r.key));
    },
    peopleAt: (row) => {
      const choice: FilterChoice = {
        group: 'companies',
        field: 'ids',
        value: row.lushaId,
        label: row.name,
      };
      patch({ kind: 'contacts', choices: [choice], run: null, savedSearchId: null, error: null });
      get().setRows('prospecting', []);
      get().setSection('prospecting');
    },
    loadSaved: async () => {
      const saved = await sendMessage('getSavedSearches', {}).catch(() => null);
      if (saved) set({ saved });
    },
    saveSearch: async (name) => {
      const { kind, choices } = get().prospect;
      const outcome = await sendMessage('saveSearch', { name, kind, choices }).catch(() => null);
      if (outcome?.ok) {
        patch({ savedSearchId: outcome.value.id });
        get().showNotice({ tone: 'ok', text: `Saved as “${outcome.value.name}”.` });
        await get().loadSaved();
      } else get().showNotice({ tone: 'error', text: (outcome?.error ?? unreachable()).message });
    },
    runSaved: async (id) => {
      const search = get().saved.find((s) => s.id === id);
      if (!search) return;
      patch({
        kind: search.kind,
        choices: search.filters as FilterChoice[],
        savedSearchId: id,
        run: null,
      });
      await get().search();
    },
    deleteSaved: async (id) => {
      const saved = await sendMessage('deleteSavedSearch', { id }).catch(() => null);
      if (saved) set({ saved });
      if (get().prospect.savedSearchId === id) patch({ savedSearchId: null });
    },
  };
};
