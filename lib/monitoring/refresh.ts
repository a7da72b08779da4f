/**
 * Refreshing the watchlist's signals: watched people and companies asked for by Lusha id in
 * requests of up to 100, each request a billed call through the billing gate (its worst case
 * held against the caps, what Lusha charged recorded), each answer saved to the watchlist before
 * the next request goes out. A refresh with a budget (the daily one) sends only requests whose
 * worst case still fits in what is left of it, and stops there, saying so.
 */
import type { DataScope } from '@/lib/db';
import type { Billing } from '@/lib/lookup/billing';
import { CapExceededError } from '@/lib/lookup/ledger';
import type { Pricing } from '@/lib/lookup/pricing';
import { toUserError, type UserError } from '@/lib/lookup/user-error';
import type { LushaClient } from '@/lib/lusha';
import {
  batchMax,
  fitInBudget,
  quoteRefresh,
  SIGNAL_BATCH,
  type SignalQuery,
  type SignalQuote,
} from './cost';
import { eventsByEntity } from './events';
import type { NewSignal, WatchItem, Watchlist } from './watchlist';

/** A refresh as asked: what to ask Lusha, of whom, and the quote the rep saw. */
export interface RefreshRequest extends SignalQuery {
  /** One per click: names the calls' holds in the ledger. */
  requestId: string;
  /** `person:<id>` / `company:<id>` to refresh; absent: everything watched. */
  keys?: string[];
  /** The most-it-can-cost the rep was shown; refused if it is no longer the figure. */
  expectedCredits?: number;
  /** Credits this refresh may spend at most (the daily refresh). */
  budget?: number;
}

/** What a refresh did. */
export interface RefreshOutcome {
  requestId: string;
  quote: SignalQuote;
  /** Credits Lusha charged, summed over the requests sent. */
  charged: number;
  refreshed: { people: number; companies: number };
  /** Watched entities asked for that were not refreshed (budget, cap or an error). */
  left: number;
  stopped: null | 'budget' | 'cap' | 'error';
  error?: UserError;
  newSignals: NewSignal[];
}

/** The quote changed between the rep's look and the click (prices, the watchlist). */
export class QuoteChangedError extends Error {
  readonly kind = 'itemFailed';
  constructor(readonly now: number) {
    super(`the refresh now costs up to ${now} credits`);
    this.name = 'QuoteChangedError';
  }
  get userMessage(): string {
    return `The most this refresh can cost is now ${now(this.now)}. Nothing was sent: check the new figure and refresh again.`;
  }
}
const now = (n: number) => `${n} ${n === 1 ? 'credit' : 'credits'}`;

export interface RefreshDeps {
  client: () => Promise<LushaClient>;
  billing: Billing;
  watchlist: Watchlist;
  pricing: () => Promise<Pricing>;
  scope: DataScope;
}

const ACTION = { person: 'contactSignals', company: 'companySignals' } as const;

function request(client: LushaClient, kind: 'person' | 'company', ids: string[], q: SignalQuery) {
  const common = { ids, startDate: q.startDate, maxResultsPerSignal: q.maxResultsPerSignal };
  if (kind === 'person')
    return () => client.getContactSignals({ ...common, signalTypes: q.personTypes });
  const intent = q.companyTypes.includes('linkedinActivityIntent') && q.intentCategories?.length;
  return () =>
    client.getCompanySignals({
      ...common,
      signalTypes: q.companyTypes,
      ...(intent ? { filters: { include: { intentCategories: q.intentCategories } } } : {}),
    });
}

interface Run {
  client: LushaClient;
  pricing: Pricing;
  req: RefreshRequest;
  out: RefreshOutcome;
  calls: number;
}

/** One billed request for `batch`; its events saved before the next one goes out. */
async function sendBatch(
  deps: RefreshDeps,
  run: Run,
  kind: 'person' | 'company',
  batch: WatchItem[],
): Promise<void> {
  const { req, out } = run;
  try {
    const billed = await deps.billing.call({
      id: `${req.requestId}-${++run.calls}`,
      action: ACTION[kind],
      estimate: batchMax(run.pricing, kind, batch.length, req),
      repeatable: false,
      send: request(
        run.client,
        kind,
        batch.map((b) => b.lushaId),
        req,
      ),
    });
    out.charged = Math.round((out.charged + billed.charged) * 100) / 100;
    const types = kind === 'person' ? req.personTypes : req.companyTypes;
    const events = eventsByEntity(billed.result.data.results, types);
    const checked = batch.map((b) => ({ key: b.key, events: events.get(b.lushaId) ?? [] }));
    out.newSignals.push(...(await deps.watchlist.record(deps.scope, checked, req.startDate)));
    out.refreshed[kind === 'person' ? 'people' : 'companies'] += batch.length;
    out.left -= batch.length;
  } catch (error) {
    out.stopped = error instanceof CapExceededError ? 'cap' : 'error';
    out.error = toUserError(error);
  }
}

/** The refresh service of one scope. */
export function createRefresher(deps: RefreshDeps) {
  /** The watched entities a request covers, split by kind (only kinds with types asked). */
  async function targets(req: RefreshRequest) {
    const items = req.keys
      ? await deps.watchlist.get(deps.scope, req.keys)
      : await deps.watchlist.due(deps.scope);
    const of = (kind: 'person' | 'company') => items.filter((i) => i.kind === kind);
    return {
      person: req.personTypes.length ? of('person') : [],
      company: req.companyTypes.length ? of('company') : [],
    };
  }

  return {
    /** The quote of a refresh (free: nothing is sent). */
    async quote(query: SignalQuery & { keys?: string[] }): Promise<SignalQuote> {
      const t = await targets({ ...query, requestId: 'quote' });
      return quoteRefresh(await deps.pricing(), t.person.length, t.company.length, query);
    },

    /** Runs a refresh; see RefreshOutcome. Throws QuoteChangedError before sending anything. */
    async refresh(req: RefreshRequest): Promise<RefreshOutcome> {
      const pricing = await deps.pricing();
      const t = await targets(req);
      const quote = quoteRefresh(pricing, t.person.length, t.company.length, req);
      if (req.expectedCredits !== undefined && req.expectedCredits !== quote.maxCredits) {
        throw new QuoteChangedError(quote.maxCredits);
      }
      const client = await deps.client();
      const out: RefreshOutcome = {
        requestId: req.requestId,
        quote,
        charged: 0,
        refreshed: { people: 0, companies: 0 },
        left: t.person.length + t.company.length,
        stopped: null,
        newSignals: [],
      };
      const run = { client, pricing, req, out, calls: 0 };
      for (const kind of ['person', 'company'] as const) {
        const queue: WatchItem[] = [...t[kind]];
        while (queue.length && !out.stopped) {
          const budgetLeft = req.budget === undefined ? Infinity : req.budget - out.charged;
          const n =
            budgetLeft === Infinity
              ? Math.min(SIGNAL_BATCH, queue.length)
              : fitInBudget(pricing, kind, queue.length, budgetLeft, req);
          if (n === 0) out.stopped = 'budget';
          else await sendBatch(deps, run, kind, queue.splice(0, n));
        }
      }
      return out;
    },
  };
}

export type Refresher = ReturnType<typeof createRefresher>;
