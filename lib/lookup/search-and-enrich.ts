/**
 * Search and reveal in one step (`POST /v3/contacts/search-and-enrich`): the rep's opt-in for a
 * manual look-up, billed twice (the search and each revealed field), both quoted first. Like
 * enrich it is journaled by the panel's request id before it is sent, its result saved to the
 * history before it is shown, and the same request id never bills twice.
 *
 * Unlike enrich, a repeat is not free (the search part bills again), so a call whose answer was
 * lost is never sent again blindly: the billing gate asks Lusha's usage first. An entry a
 * stopped worker left open is closed at the next start with what usage says was charged.
 */
import type { DataScope } from '@/lib/db';
import type { HistoryStore } from '@/lib/history';
import type { ContactRevealField, LushaClient } from '@/lib/lusha';
import type { Billing } from './billing';
import type { EnrichOutcome } from './enrich';
import { JournalError } from './enrich';
import { personEntry } from './enrich-entries';
import type { Journal } from './journal';
import { contactSearchItem, type PersonTarget } from './targets';

/** What the journal keeps of the request (`op` tells it apart from an enrich). */
export interface SearchAndEnrichRequest {
  op: 'searchAndEnrich';
  requestId: string;
  target: PersonTarget;
  reveal: ContactRevealField[];
  expectedCredits: number;
}

export interface SearchAndEnrichDeps {
  client: () => Promise<LushaClient>;
  billing: Billing;
  history: HistoryStore;
  journal: Journal;
  scope: DataScope;
  now?: () => number;
}

const NOT_FOUND = 'Lusha has no profile for this one.';
const LOST =
  'Prospect Lens stopped while Lusha was answering. What Lusha charged for it is in your balance; look the person up again to see them.';

/** True for a journal entry of this service. */
export const isSearchAndEnrich = (request: unknown) =>
  (request as { op?: unknown } | null)?.op === 'searchAndEnrich';

/** The service; one per pipeline. */
export function createSearchAndEnrichService(deps: SearchAndEnrichDeps) {
  const now = deps.now ?? Date.now;
  const inFlight = new Map<string, Promise<EnrichOutcome>>();

  async function run(request: SearchAndEnrichRequest): Promise<EnrichOutcome> {
    const client = await deps.client();
    await deps.journal.attempt(request.requestId);
    const { result, charged, uncertain } = await deps.billing.call({
      id: request.requestId,
      action: 'searchAndEnrichContacts',
      estimate: request.expectedCredits,
      repeatable: false,
      send: () =>
        client.searchAndEnrichContacts({
          contacts: [contactSearchItem(request.target)],
          reveal: request.reveal,
        }),
    });
    await deps.journal.charged(request.requestId, charged).catch(() => undefined);
    const item = (result.data.results ?? []).find((r) => r.id && !r.error);
    const entries = item
      ? [
          personEntry(item, {
            id: item.id!,
            revealedAt: now(),
            creditsCharged: charged,
            demo: deps.scope === 'demo',
            revealedFields: [...request.reveal],
          }),
        ]
      : [];
    const failures = item
      ? []
      : [{ id: request.target.key, code: 'NOT_FOUND', message: NOT_FOUND }];
    const outcome: EnrichOutcome = {
      requestId: request.requestId,
      entries,
      failures,
      creditsCharged: charged,
      saved: false,
      recovered: uncertain,
    };
    try {
      outcome.entries = await deps.history.save(entries);
      outcome.saved = true;
    } catch (error) {
      console.error('Prospect Lens: the history could not keep a paid reveal', error);
    }
    await deps.journal.finish(request.requestId, outcome).catch(() => undefined);
    return outcome;
  }

  async function start(request: SearchAndEnrichRequest): Promise<EnrichOutcome> {
    const entry = await deps.journal.get(request.requestId);
    if (entry?.status === 'done') return entry.outcome as EnrichOutcome;
    if (entry?.status === 'open')
      return close(entry.request as SearchAndEnrichRequest, entry.charged);
    await deps.journal.open(request.requestId, deps.scope, request).catch((error: unknown) => {
      throw new JournalError(error);
    });
    try {
      return await run(request);
    } catch (error) {
      const open = await deps.journal.get(request.requestId);
      if (open?.status === 'open') {
        await deps.journal.fail(request.requestId, { error: String(error) }).catch(() => undefined);
      }
      throw error;
    }
  }

  /** An entry a stopped worker left open: what usage says was charged, and no data. */
  async function close(request: SearchAndEnrichRequest, known?: number): Promise<EnrichOutcome> {
    const charged =
      known ??
      (await deps.billing.reconcile('searchAndEnrichContacts', request.expectedCredits)) ??
      0;
    const outcome: EnrichOutcome = {
      requestId: request.requestId,
      entries: [],
      failures: [{ id: request.target.key, code: 'LOST', message: LOST }],
      creditsCharged: charged,
      saved: true,
      recovered: true,
    };
    await deps.journal.finish(request.requestId, outcome).catch(() => undefined);
    return outcome;
  }

  return {
    /** Searches and reveals once per request id. */
    searchAndEnrich(request: SearchAndEnrichRequest): Promise<EnrichOutcome> {
      let promise = inFlight.get(request.requestId);
      if (!promise) {
        promise = start(request).finally(() => inFlight.delete(request.requestId));
        inFlight.set(request.requestId, promise);
      }
      return promise;
    },
    /** Closes the entries a stopped worker left open (run at worker start). */
    async recover(): Promise<void> {
      const open = (await deps.journal.unfinished()).filter(
        (e) => e.scope === deps.scope && isSearchAndEnrich(e.request),
      );
      for (const entry of open) {
        if (inFlight.has(entry.requestId)) continue;
        await close(entry.request as SearchAndEnrichRequest, entry.charged).catch(() => undefined);
      }
    },
  };
}

export type SearchAndEnrichService = ReturnType<typeof createSearchAndEnrichService>;
