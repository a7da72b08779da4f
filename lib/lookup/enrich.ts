/**
 * Enrich: the only place credits are spent on reveals, and only when the rep confirmed the
 * total. Each confirmed reveal carries the panel's request id and is journaled before the call:
 * the same id asked again (a double click, a panel retrying after the worker stopped) answers
 * from the journal or finishes the open entry, never bills twice. The result is saved to the
 * history before it is returned; if the save fails, the answer still carries the revealed data
 * and says it could not be kept.
 */
import type { DataScope, JournalRow } from '@/lib/db';
import type { HistoryEntry, HistoryStore } from '@/lib/history';
import type {
  CompanyRevealField,
  ContactRevealField,
  EnrichedCompany,
  EnrichedContact,
  LushaClient,
  LushaResult,
} from '@/lib/lusha';
import type { Billing } from './billing';
import { companyEntry, personEntry } from './enrich-entries';
import type { Journal } from './journal';

export type EnrichRequest = { requestId: string; expectedCredits: number } & (
  | { kind: 'person'; ids: string[]; reveal: ContactRevealField[] }
  | { kind: 'company'; ids: string[]; reveal: CompanyRevealField[] }
);

/** What one confirmed enrich gave. */
export interface EnrichOutcome {
  requestId: string;
  entries: HistoryEntry[];
  failures: { id: string; code: string; message: string }[];
  creditsCharged: number;
  /** False when the history could not keep the result: the entries above are the only copy. */
  saved: boolean;
  /** True when the answer was lost on the way and the charge was worked out afterwards. */
  recovered: boolean;
}

export interface EnrichServiceDeps {
  client: () => Promise<LushaClient>;
  billing: Billing;
  history: HistoryStore;
  journal: Journal;
  scope: DataScope;
  now?: () => number;
}

/** The journal could not be written, so the reveal was not sent: nothing was charged. */
export class JournalError extends Error {
  readonly kind = 'storage';
  readonly userMessage =
    'Prospect Lens could not write to its storage, so it did not send this reveal. Nothing was charged. Free some disk space or restart the browser, then try again.';
  constructor(cause: unknown) {
    super('the reveal journal could not be written', { cause });
    this.name = 'JournalError';
  }
}

type Item = (EnrichedContact | EnrichedCompany) & { unreadable?: boolean };

const FAILURE_WORDS: Record<string, string> = {
  NOT_FOUND: 'Lusha returned nothing for this one.',
  COMPLIANCE_RESTRICTED: 'Lusha restricts this profile for compliance (privacy law).',
  ENRICH_FAILED: 'Lusha could not reveal this one. Try again later; a repeat is free.',
  UNREADABLE: 'Lusha’s answer for this one could not be read. Try again; a repeat is free.',
};

/** The fields a reveal adds to an entry's `revealedFields`. */
const revealedFields = (request: EnrichRequest) =>
  request.kind === 'company' ? ['company', ...request.reveal] : [...request.reveal];

/** The enrich service; one per pipeline. */
export function createEnrichService(deps: EnrichServiceDeps) {
  const now = deps.now ?? Date.now;
  const inFlight = new Map<string, Promise<EnrichOutcome>>();

  function send(client: LushaClient, request: EnrichRequest) {
    return (): Promise<LushaResult<{ results?: Item[] }>> =>
      request.kind === 'person'
        ? client.enrichContacts({ ids: request.ids, reveal: request.reveal })
        : client.enrichCompanies({
            ids: request.ids,
            ...(request.reveal.length ? { reveal: request.reveal } : {}),
          });
  }

  function toOutcome(request: EnrichRequest, items: Item[], charged: number, recovered: boolean) {
    const byId = new Map(items.filter((r) => r.id).map((r) => [r.id!, r]));
    const ok = request.ids
      .map((id) => byId.get(id))
      .filter((r): r is Item => !!r && !r.error && !r.unreadable);
    const share = ok.length ? Math.round((charged / ok.length) * 100) / 100 : 0;
    const base = {
      revealedAt: now(),
      creditsCharged: share,
      demo: deps.scope === 'demo',
      revealedFields: revealedFields(request),
    };
    const entries: HistoryEntry[] = ok.map((r) =>
      request.kind === 'person'
        ? personEntry(r as EnrichedContact, { ...base, id: r.id! })
        : companyEntry(r as EnrichedCompany, { ...base, id: r.id! }),
    );
    const unreadable = items.filter((r) => r.unreadable).length;
    const failures = request.ids
      .filter((id) => !ok.some((r) => r.id === id))
      .map((id) => {
        const code = byId.get(id)?.error?.code ?? (unreadable ? 'UNREADABLE' : 'NOT_FOUND');
        const message =
          FAILURE_WORDS[code] ?? byId.get(id)?.error?.message ?? FAILURE_WORDS.NOT_FOUND!;
        return { id, code, message };
      });
    return {
      requestId: request.requestId,
      entries,
      failures,
      creditsCharged: charged,
      saved: false,
      recovered,
    };
  }

  /** Calls Lusha (or finishes a journaled call), saves, and closes the journal entry. */
  async function run(request: EnrichRequest, resumed: JournalRow | null): Promise<EnrichOutcome> {
    const client = await deps.client();
    await deps.journal.attempt(request.requestId);
    const { result, charged, uncertain } = await deps.billing.call({
      id: request.requestId,
      action: request.kind === 'person' ? 'enrichContacts' : 'enrichCompanies',
      estimate: request.expectedCredits,
      repeatable: true,
      resumed: !!resumed,
      known: resumed?.charged,
      send: send(client, request),
    });
    await deps.journal.charged(request.requestId, charged).catch(() => undefined);
    const outcome = toOutcome(request, result.data.results ?? [], charged, uncertain);
    try {
      // Saved before it is shown: a closed panel or a stopped worker loses nothing paid for.
      outcome.entries = await deps.history.save(outcome.entries);
      outcome.saved = true;
    } catch (error) {
      console.error('Prospect Lens: the history could not keep a paid reveal', error);
    }
    const kept = outcome.saved
      ? { ...outcome, entries: outcome.entries.map((e) => `${e.kind}:${e.id}`) }
      : outcome;
    await deps.journal.finish(request.requestId, kept).catch(() => undefined);
    return outcome;
  }

  /** A finished entry's outcome, with the entries read back from the history. */
  async function replay(stored: unknown): Promise<EnrichOutcome> {
    const outcome = stored as Omit<EnrichOutcome, 'entries'> & {
      entries: (string | HistoryEntry)[];
    };
    const keys = outcome.entries.filter((e): e is string => typeof e === 'string');
    const inline = outcome.entries.filter((e): e is HistoryEntry => typeof e !== 'string');
    return { ...outcome, entries: [...(await deps.history.get(keys)), ...inline] };
  }

  async function start(request: EnrichRequest): Promise<EnrichOutcome> {
    const entry = await deps.journal.get(request.requestId);
    if (entry?.status === 'done') return replay(entry.outcome);
    if (entry?.status === 'open') return run(entry.request as EnrichRequest, entry);
    // Written before anything is sent; if it cannot be written, nothing is sent.
    await deps.journal.open(request.requestId, deps.scope, request).catch((error: unknown) => {
      throw new JournalError(error);
    });
    try {
      return await run(request, null);
    } catch (error) {
      const entryNow = await deps.journal.get(request.requestId);
      // Refused by a cap or by Lusha (nothing billed): the entry is closed as failed.
      if (entryNow?.status === 'open' && !(error as { billingUnknown?: boolean }).billingUnknown) {
        await deps.journal.fail(request.requestId, { error: String(error) }).catch(() => undefined);
      }
      throw error;
    }
  }

  return {
    /** Reveals what the rep confirmed, once per request id (ids deduplicated). */
    enrich(request: EnrichRequest): Promise<EnrichOutcome> {
      const unique = { ...request, ids: [...new Set(request.ids)] } as EnrichRequest;
      let promise = inFlight.get(request.requestId);
      if (!promise) {
        promise = start(unique).finally(() => inFlight.delete(request.requestId));
        inFlight.set(request.requestId, promise);
      }
      return promise;
    },
    /** Finishes every reveal a stopped worker left open; resolves with their outcomes. */
    async recover(): Promise<EnrichOutcome[]> {
      // Entries with an `op` belong to another journaled call (search-and-enrich).
      const open = (await deps.journal.unfinished()).filter(
        (e) => e.scope === deps.scope && !(e.request as { op?: unknown }).op,
      );
      const done: EnrichOutcome[] = [];
      for (const entry of open) {
        const request = entry.request as EnrichRequest;
        try {
          done.push(await this.enrich(request));
        } catch (error) {
          console.warn('Prospect Lens: an interrupted reveal could not be finished yet', error);
        }
      }
      return done;
    },
  };
}

export type EnrichService = ReturnType<typeof createEnrichService>;
