/**
 * TeamLedger: the one Durable Object of a team, where a single writer must decide. It knows
 * the reps (tokens by hash), holds their budgets (check and reserve in one synchronous step),
 * the team's rate gates, the search coordinator and the price list; every call to Lusha goes
 * out from here. Each rep call is audited once, in the same storage step that settles its spend.
 */
import { DurableObject } from 'cloudflare:workers';
import { settingsOf, type Env } from '../env';
import type { Budgets, Rep } from '../reps';
import { searchUnits } from '../lusha/quotes';
import { TeamAccount, USAGE_MAX_AGE_MS, type TeamSnapshot } from './account';
import { BudgetBook, type BudgetView, type RepLimits } from './budget';
import { CallDesk, refusedToken } from './desk';
import { RepDirectory } from './directory';
import { teamGates } from './gate';
import { claim, cold, revealsOf } from './lookups';
import { PreviewMemory } from './memory';
import { chargeOf, noteOf, outcomeOf } from './outcome';
import { AuditOutbox } from './outbox';
import { quoteOf } from './pricing';
import { TeamSearch } from './search';
import { Upstream, type UpstreamAnswer } from './upstream';
import type {
  DraftInput,
  LedgerCall,
  LedgerResult,
  LedgerSearch,
  LedgerSearchResult,
  RepInfo,
} from './ledger-types';

export type * from './ledger-types';

const ADMIN: RepLimits = { id: 'admin', name: 'admin', dailyCredits: null, monthlyCredits: null };

/** The Durable Object class (bound as TEAM in wrangler.jsonc). */
export class TeamLedger extends DurableObject<Env> {
  private readonly budget: BudgetBook;
  private readonly desk: CallDesk;
  private readonly upstream: Upstream;
  private readonly account: TeamAccount;
  private readonly searcher: TeamSearch;
  private readonly memory: PreviewMemory;
  private readonly outbox: AuditOutbox;
  private readonly reps: RepDirectory;
  private rateHeaders: [string, string][] = [];

  constructor(ctx: DurableObjectState, env: Env) {
    super(ctx, env);
    const settings = settingsOf(env);
    this.budget = new BudgetBook(ctx.storage);
    this.outbox = new AuditOutbox(ctx.storage, env.DB);
    this.desk = new CallDesk(ctx.storage, this.budget, this.outbox, () => this.rateHeaders);
    this.reps = new RepDirectory(env.DB);
    this.upstream = new Upstream(
      env,
      settings,
      teamGates(settings.ratePerSecond),
      (rateClass, headers) => {
        if (rateClass === 'general' && headers.length) this.rateHeaders = headers;
      },
    );
    this.account = new TeamAccount(ctx.storage, this.upstream);
    this.memory = new PreviewMemory(env.DB, settings.cacheTtlMs);
    const { batchWindowMs: windowMs, batchMaxWaitMs: maxWaitMs } = settings;
    this.searcher = new TeamSearch({
      upstream: this.upstream,
      db: env.DB,
      windowMs,
      maxWaitMs,
      memory: this.memory,
    });
    this.recover();
  }

  /**
   * Holds still open when the object starts belong to calls a restart cut off: Lusha may have
   * billed them, so each is charged its quote (the most it could cost) and audited as such.
   */
  private recover(): void {
    for (const hold of this.budget.openHolds()) {
      const note = 'cut off by a restart: charged the quote, the most it could have cost';
      this.desk.finish(hold, {
        credits: hold.credits,
        status: 0,
        outcome: 'interrupted',
        calls: 0,
        note,
      });
    }
  }

  /** The runtime's alarm: copy audit entries to D1. */
  override async alarm(): Promise<void> {
    await this.outbox.onAlarm();
  }

  /** The rep holding a token, or the 401 to answer. */
  private async who(tokenHash: string): Promise<Rep | LedgerResult> {
    const rep = await this.reps.byToken(tokenHash);
    if (!rep) return refusedToken('Invalid API key');
    if (rep.revokedAt) return refusedToken('Invalid API key: this rep token was revoked');
    return rep;
  }

  /** Sends one call for a rep: 402 before Lusha when the quote passes a budget. */
  async call(call: LedgerCall): Promise<LedgerResult> {
    const rep = await this.who(call.tokenHash);
    if ('status' in rep) return rep;
    return this.send(rep, call);
  }

  /** Sends one call for the admin (webhook API; no budget). */
  async adminCall(call: Omit<LedgerCall, 'tokenHash'>): Promise<LedgerResult> {
    return this.send(ADMIN, call);
  }

  private async send(rep: RepLimits, call: Omit<LedgerCall, 'tokenHash'>): Promise<LedgerResult> {
    const quote = quoteOf(await this.account.prices(), call.quote);
    // Check and hold in one synchronous step: no await between, so parallel calls cannot race.
    const held = this.desk.holdOrRefuse(rep, quote, this.desk.draft(rep, call.draft));
    if ('status' in held) return held;
    const answer = await this.upstream.send(call.request);
    const charged = chargeOf(answer, quote);
    const { status, attempts: calls } = answer;
    this.desk.finish(held, {
      credits: charged,
      status,
      outcome: outcomeOf(answer),
      calls,
      note: noteOf(answer),
    });
    const revealed = answer.ok ? revealsOf(call.request, answer.json) : null;
    if (revealed) this.memory.noteReveals(revealed.entity, revealed.ids, revealed.fields);
    return this.desk.result(rep, answer, charged);
  }

  /**
   * Answers a rep's search look-ups from the team cache (memory, then D1 in a shared query),
   * and searches the rest, sharing in-flight and batched searches across reps.
   */
  async search(call: LedgerSearch): Promise<LedgerSearchResult> {
    const rep = await this.who(call.tokenHash);
    if ('status' in rep) return { ...rep, results: null, shared: 0 };
    const prices = await this.account.prices();
    await this.memory.load(cold(call.lookUps, this.memory, this.searcher));
    const { results, waits, owned } = claim(call.lookUps, this.memory, this.searcher);
    const quote = owned.length ? quoteOf(prices, searchUnits(call.group, owned.length)) : 0;
    // From claim() to enqueue, nothing awaits: no other call can claim the same keys.
    const shared = call.lookUps.length - owned.length;
    const held = this.desk.holdOrRefuse(
      rep,
      quote,
      this.desk.draft(rep, { ...call.draft, cached: shared }),
    );
    if ('status' in held) return { ...held, results: null, shared: 0 };
    const mine = this.searcher.enqueue(call.group, owned, held.id, quote);
    const settled = await Promise.allSettled([
      ...waits.map((w) => w.promise.then((r) => (results[w.key] = r))),
      ...mine.map((p, i) => p.then((r) => (results[owned[i]!.key] = r))),
    ]);
    const charged = this.searcher.takeShare(held.id);
    const failure = settled.find((s): s is PromiseRejectedResult => s.status === 'rejected');
    const answer = failure ? (failure.reason as UpstreamAnswer) : null;
    const calls = owned.length ? 1 : 0;
    const end = answer
      ? { status: answer.status, outcome: outcomeOf(answer), note: noteOf(answer) }
      : { status: 200, outcome: 'ok' as const };
    this.desk.finish(held, { credits: charged, calls, ...end });
    if (answer) return { ...this.desk.result(rep, answer, charged), results: null, shared };
    const ok = this.desk.result(
      rep,
      { status: 200, headers: [], text: '', attempts: calls },
      charged,
    );
    return { ...ok, results, shared };
  }

  /** A call the worker answered itself (team store): audited, with the rep's budget. */
  async served(call: { tokenHash: string; draft: DraftInput }): Promise<LedgerResult> {
    const rep = await this.who(call.tokenHash);
    if ('status' in rep) return rep;
    this.desk.served(this.desk.draft(rep, call.draft));
    return this.desk.result(rep, { status: 200, headers: [], text: '', attempts: 0 }, 0);
  }

  /** A rep's usage call: the team account (at most a minute old) and the rep's budget. */
  async usage(call: {
    tokenHash: string;
    draft: DraftInput;
  }): Promise<LedgerResult & { snapshot: TeamSnapshot | null }> {
    const served = await this.served(call);
    if (served.status !== 200) return { ...served, snapshot: null };
    return { ...served, snapshot: await this.account.get(USAGE_MAX_AGE_MS) };
  }

  /** The rep holding a token (revoked or unknown: null). */
  async authorize(tokenHash: string): Promise<RepInfo | null> {
    const rep = await this.who(tokenHash);
    return 'status' in rep ? null : { id: rep.id, name: rep.name };
  }

  /** Admin: a new rep (the token shown once). */
  async createRep(name: string, budgets: Budgets): Promise<{ rep: Rep; token: string }> {
    return this.reps.create(name, budgets);
  }

  /** Admin: new budgets (null: no such rep). */
  async updateRep(id: string, budgets: Budgets): Promise<Rep | null> {
    return this.reps.update(id, budgets);
  }

  /** Admin: revoke a rep's token (false: no such rep). */
  async revokeRep(id: string): Promise<boolean> {
    return this.reps.revoke(id);
  }

  /** Admin: budgets and spend of several reps. */
  async views(reps: RepLimits[]): Promise<Record<string, BudgetView>> {
    return Object.fromEntries(reps.map((rep) => [rep.id, this.budget.view(rep)]));
  }

  /** Admin: every audit entry copied to D1 (before the audit log is read). */
  async flushAudit(): Promise<void> {
    await this.outbox.flush();
  }

  /** The team account (usage, plan, prices), at most a minute old when Lusha answers. */
  async teamUsage(): Promise<TeamSnapshot> {
    return this.account.get(USAGE_MAX_AGE_MS);
  }

  /** Counters for the figures: search requests sent to Lusha, D1 reads for look-ups. */
  async stats(): Promise<{ searchRequests: number; cacheReads: number }> {
    return { searchRequests: this.searcher.sent, cacheReads: this.memory.reads };
  }
}
