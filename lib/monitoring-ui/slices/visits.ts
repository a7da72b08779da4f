/**
 * The website-visits slice: tracked domains, the window and filters, one page of visiting
 * companies at a time (sorted by any metric), the selection, and the confirmed reveal of the
 * selected companies with the side panel's company fields: one enrich per set of fields, at the
 * exact quote shown (the background holds it against the caps and bills what Lusha charges).
 */
import type { HistoryEntry } from '@/lib/history/types';
import type { EnrichOutcome, UserError } from '@/lib/lookup';
import { sendMessage } from '@/lib/messaging/client';
import type { GetWebsiteVisits } from '@/lib/messaging/monitoring';
import type { VisitsPage } from '@/lib/monitoring/visits';
import { RANGE_PRESETS, rangeProblem } from '@/lib/monitoring/visits-range';
import { COMPANY_BASE } from '@/lib/panel/costs';
import { newRequestId, unreachable } from '../util';
import { visitCard, visitRequests, visitsQuote } from '../visit-quote';
import type { MonSlice } from './types';

/** The rep's question: window (a preset or custom), filters, sort, page size. */
export type VisitsQuery = Omit<GetWebsiteVisits, 'requestId' | 'page'> & { preset: string };

export interface VisitsSlice {
  trackedDomains: string[];
  domainsError: string | null;
  visitsQuery: VisitsQuery;
  visitsPage: VisitsPage | null;
  visitsLoading: boolean;
  visitsError: UserError | null;
  selectedVisits: string[];
  revealFields: string[];
  /** History entries of visiting companies, by `company:<id>`. */
  revealedCompanies: Record<string, HistoryEntry>;
  visitsRevealing: boolean;
  visitsReveal: { outcome: EnrichOutcome; quoted: number } | null;
  visitsRevealError: UserError | null;
  loadDomains(): Promise<void>;
  saveDomains(domains: string[]): Promise<boolean>;
  setVisitsQuery(patch: Partial<VisitsQuery>): void;
  loadVisits(page?: number): Promise<void>;
  toggleVisit(id: string): void;
  selectAllVisits(on: boolean): void;
  setRevealFields(fields: string[]): void;
  revealVisits(): Promise<void>;
}

const today = () => new Date().toISOString().slice(0, 10);

const initialQuery = (): VisitsQuery => ({
  preset: 'lastMonth',
  ...RANGE_PRESETS.find((p) => p.id === 'lastMonth')!.range(today()),
  size: 25,
  sort: { by: 'score', order: 'desc' },
  filters: {},
});

/** Creates the website-visits slice. */
export const createVisitsSlice: MonSlice<VisitsSlice> = (set, get) => ({
  trackedDomains: [],
  domainsError: null,
  visitsQuery: initialQuery(),
  visitsPage: null,
  visitsLoading: false,
  visitsError: null,
  selectedVisits: [],
  revealFields: [COMPANY_BASE],
  revealedCompanies: {},
  visitsRevealing: false,
  visitsReveal: null,
  visitsRevealError: null,
  loadDomains: async () => {
    const domains = await sendMessage('getTrackedDomains', {}).catch(() => null);
    if (domains) set({ trackedDomains: domains });
  },
  saveDomains: async (domains) => {
    const outcome = await sendMessage('saveTrackedDomains', { domains }).catch(() => null);
    if (outcome?.ok) set({ trackedDomains: outcome.value, domainsError: null });
    else set({ domainsError: (outcome?.error ?? unreachable()).message });
    return !!outcome?.ok;
  },
  setVisitsQuery: (patch) => set((s) => ({ visitsQuery: { ...s.visitsQuery, ...patch } })),
  loadVisits: async (page = 0) => {
    const { preset: _preset, ...query } = get().visitsQuery;
    const problem = rangeProblem(query.startDate, query.endDate, today());
    if (problem) {
      set({ visitsError: { kind: 'badRequest', message: problem, retryable: false } });
      return;
    }
    set({ visitsLoading: true, visitsError: null });
    const outcome = await sendMessage('getWebsiteVisits', {
      ...query,
      page,
      requestId: newRequestId(),
    }).catch(() => null);
    if (!outcome?.ok) {
      set({ visitsLoading: false, visitsError: outcome?.error ?? unreachable() });
      return;
    }
    set({ visitsLoading: false, visitsPage: outcome.value, selectedVisits: [] });
    const ids = outcome.value.rows.map((r) => `company:${r.id}`);
    const found = ids.length
      ? await sendMessage('findRevealed', { identifiers: ids }).catch(() => null)
      : null;
    if (found) set((s) => ({ revealedCompanies: { ...s.revealedCompanies, ...found } }));
  },
  toggleVisit: (id) =>
    set((s) => ({
      selectedVisits: s.selectedVisits.includes(id)
        ? s.selectedVisits.filter((x) => x !== id)
        : [...s.selectedVisits, id],
    })),
  selectAllVisits: (on) =>
    set((s) => ({ selectedVisits: on ? (s.visitsPage?.rows.map((r) => r.id!) ?? []) : [] })),
  setRevealFields: (fields) => set({ revealFields: fields }),
  revealVisits: async () => {
    const { visitsPage, selectedVisits, revealFields, revealedCompanies, account } = get();
    if (!visitsPage || !account || get().visitsRevealing) return;
    const rows = visitsPage.rows.filter((r) => selectedVisits.includes(r.id!));
    const cards = rows.map((r) => visitCard(r, revealedCompanies[`company:${r.id}`]));
    const { lines, total } = visitsQuote(cards, revealFields, account.pricing);
    set({ visitsRevealing: true, visitsRevealError: null, visitsReveal: null });
    const merged: EnrichOutcome = {
      requestId: '',
      entries: [],
      failures: [],
      creditsCharged: 0,
      saved: true,
      recovered: false,
    };
    let error: UserError | null = null;
    for (const request of visitRequests(lines)) {
      const outcome = await sendMessage('enrich', { ...request, requestId: newRequestId() }).catch(
        () => null,
      );
      if (!outcome?.ok) {
        error = outcome?.error ?? unreachable();
        break;
      }
      merged.entries.push(...outcome.value.entries);
      merged.failures.push(...outcome.value.failures);
      merged.creditsCharged += outcome.value.creditsCharged;
      merged.saved &&= outcome.value.saved;
    }
    const revealed = Object.fromEntries(merged.entries.map((e) => [`company:${e.id}`, e]));
    set((s) => ({
      visitsRevealing: false,
      visitsRevealError: error,
      visitsReveal: { outcome: merged, quoted: total },
      revealedCompanies: { ...s.revealedCompanies, ...revealed },
      selectedVisits: [],
    }));
    void get().loadAccount();
    void get().loadSpend();
  },
});
