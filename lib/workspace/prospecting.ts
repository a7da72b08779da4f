/**
 * Prospecting pages: each page is a billed call (`api_search` per result), made once through
 * the billing gate, its rows saved in the run before anyone sees them. A page already kept is
 * never bought again; the same page asked twice at once is one call.
 */
import type { DataScope } from '@/lib/db';
import type { LushaClient } from '@/lib/lusha';
import type { Billing } from '@/lib/lookup/billing';
import type { Pricing } from '@/lib/lookup/pricing';
import { PAGE_SIZE, pageAllowed, pageCost, resultsOnPage } from './costs';
import { buildFilters, choicesKey, type FilterChoice } from './filter-set';
import { rowsOf } from './rows';
import { summaryOf, type RunStore } from './runs';
import type { SavedSearchStore } from './saved';
import type { EntityKind, ResultRow, RunSummary } from './types';

/** One page asked for. */
export interface PageRequest {
  runId: string;
  kind: EntityKind;
  choices: FilterChoice[];
  /** The filters in words, as the rep saw them. */
  label: string;
  page: number;
  /** Signal types per result the signal filters may bill (for the hold). */
  signalTypes: number;
  savedSearchId?: string;
}

/** What a page brought. */
export interface PageOutcome {
  run: RunSummary;
  /** Rows new to the run, in order (empty when the page was kept already). */
  rows: ResultRow[];
  charged: number;
  /** Items Lusha sent that could not be read (billed, shown as a count). */
  unreadable: number;
  /** False when the rows could not be kept: they are only in this answer. */
  saved: boolean;
}

/** A refusal the rep can act on; nothing was sent. */
export class WorkspaceError extends Error {
  readonly kind = 'itemFailed';
  constructor(readonly userMessage: string) {
    super(userMessage);
    this.name = 'WorkspaceError';
  }
}

export interface ProspectingDeps {
  client: () => Promise<LushaClient>;
  billing: Billing;
  runs: RunStore;
  saved: SavedSearchStore;
  pricing: () => Promise<Pricing>;
  scope: DataScope;
  now?: () => number;
}

/** The prospecting service; one per pipeline. */
export function createProspectingService(deps: ProspectingDeps) {
  const now = deps.now ?? Date.now;
  const inFlight = new Map<string, Promise<PageOutcome>>();

  async function openRun(request: PageRequest) {
    const key = choicesKey(request.kind, request.choices);
    const run = await deps.runs.get(request.runId);
    if (run) {
      const query = run.query as { key?: string };
      if (run.scope !== deps.scope || run.source !== 'prospecting' || query.key !== key) {
        throw new WorkspaceError('These filters belong to another search. Start a new search.');
      }
      return run;
    }
    if (request.page !== 0) throw new WorkspaceError('Start this search from its first page.');
    if (request.savedSearchId) await deps.saved.startRun(request.savedSearchId);
    return deps.runs.create({
      id: request.runId,
      scope: deps.scope,
      source: 'prospecting',
      kind: request.kind,
      label: request.label,
      query: { key, choices: request.choices },
      total: null,
      loaded: 0,
      pages: [],
      charged: 0,
      savedSearchId: request.savedSearchId,
      createdAt: now(),
      updatedAt: now(),
    });
  }

  async function load(request: PageRequest): Promise<PageOutcome> {
    if (!pageAllowed(request.page)) {
      throw new WorkspaceError(
        'Lusha shows at most 1,000 pages (50,000 results) of one search. Narrow the filters to see the rest.',
      );
    }
    const run = await openRun(request);
    const kept = { run: summaryOf(run), rows: [], charged: 0, unreadable: 0, saved: true };
    if (run.pages.includes(request.page)) return kept;
    if (run.total !== null && request.page * PAGE_SIZE >= run.total) return kept;
    const { kind, page } = request;
    const client = await deps.client();
    const estimate = pageCost(
      await deps.pricing(),
      kind,
      resultsOnPage(run.total, page),
      request.signalTypes,
    ).total;
    const body = {
      pagination: { page, size: PAGE_SIZE },
      filters: buildFilters(kind, request.choices),
    };
    const { result, charged } = await deps.billing.call({
      id: `prospect:${request.runId}:${page}`,
      action: kind === 'contacts' ? 'prospectingContacts' : 'prospectingCompanies',
      estimate,
      repeatable: false,
      send: () =>
        kind === 'contacts'
          ? client.prospectingContacts(body as never)
          : client.prospectingCompanies(body as never),
    });
    const items: unknown[] = result.data.results ?? [];
    let rows = rowsOf(kind, items);
    if (run.savedSearchId) {
      const ids = rows.map((r) => r.lushaId);
      const fresh = await deps.saved.markSeen(run.savedSearchId, run.id, ids).catch(() => null);
      if (fresh?.size) rows = rows.map((r) => (fresh.has(r.lushaId) ? { ...r, isNew: true } : r));
    }
    const total = result.data.pagination?.total ?? run.total;
    const patch = {
      total: typeof total === 'number' ? total : null,
      pages: [...run.pages, page].sort((a, b) => a - b),
      charged: run.charged + charged,
      updatedAt: now(),
    };
    const unreadable = items.length - rows.length;
    try {
      const added = await deps.runs.append(run.id, rows, patch);
      const saved = (await deps.runs.get(run.id))!;
      return { run: summaryOf(saved), rows: added, charged, unreadable, saved: true };
    } catch (error) {
      console.error('Prospect Lens: a paid prospecting page could not be kept', error);
      const summary = { ...summaryOf(run), ...patch, loaded: run.loaded + rows.length };
      return { run: summary, rows, charged, unreadable, saved: false };
    }
  }

  return {
    /** Loads one page of a search (page 0 starts the run). */
    page(request: PageRequest): Promise<PageOutcome> {
      const key = `${request.runId}:${request.page}`;
      let promise = inFlight.get(key);
      if (!promise) {
        promise = load(request).finally(() => inFlight.delete(key));
        inFlight.set(key, promise);
      }
      return promise;
    },
  };
}

export type ProspectingService = ReturnType<typeof createProspectingService>;
