/**
 * TeamLedger: the one Durable Object of a team, where a single writer must decide. It holds
 * the reps' budgets (check and reserve in one synchronous step), the team's rate gates, the
 * search coordinator, and the team account's price list; every call to Lusha goes out from
 * here. Each call it handles is audited once, with what it charged the rep.
 */
import { DurableObject } from 'cloudflare:workers';
import { recordAudit, type AuditOutcome } from '../audit';
import { settingsOf, type Env } from '../env';
import {
  BudgetBook,
  refusalMessage,
  type AuditDraft,
  type BudgetView,
  type Hold,
  type Refusal,
  type RepLimits,
} from './budget';
import { teamGates, type RateClass, type RateGate } from './gate';
import { TeamAccount, USAGE_MAX_AGE_MS, type TeamSnapshot } from './account';
import { quoteOf, type QuoteSpec } from './pricing';
import { TeamSearch, type SearchEntry, type SearchGroup } from './search';
import { Upstream, creditsCharged, type UpstreamAnswer, type UpstreamRequest } from './upstream';
import { searchUnits } from '../lusha/quotes';

/** A call for Lusha on a rep's behalf. */
export interface LedgerCall {
  rep: RepLimits;
  quote: QuoteSpec;
  request: UpstreamRequest;
  draft: AuditDraft;
}

/** What the ledger answers; the worker shapes the rep's response from it. */
export interface LedgerResult {
  status: number;
  headers: [string, string][];
  text: string;
  charged: number;
  budget: BudgetView;
  upstreamCalls: number;
}

/** Team-cache misses of one rep's search. */
export interface LedgerSearch {
  rep: RepLimits;
  group: SearchGroup;
  misses: SearchEntry[];
  draft: AuditDraft;
}

/** A search's outcome: the results by key, or the failure to pass on. */
export interface LedgerSearchResult extends LedgerResult {
  results: Record<string, Record<string, unknown>> | null;
  /** Misses answered by another rep's search in flight or just done (free for this rep). */
  shared: number;
}

/** The Durable Object class (bound as TEAM in wrangler.jsonc). */
export class TeamLedger extends DurableObject<Env> {
  private readonly budget: BudgetBook;
  private readonly gates: Record<RateClass, RateGate>;
  private readonly upstream: Upstream;
  private readonly account: TeamAccount;
  private readonly searcher: TeamSearch;
  private rateHeaders: [string, string][] = [];

  constructor(ctx: DurableObjectState, env: Env) {
    super(ctx, env);
    const settings = settingsOf(env);
    this.budget = new BudgetBook(ctx.storage);
    this.gates = teamGates(settings.ratePerSecond);
    this.upstream = new Upstream(env, settings, this.gates, (rateClass, headers) => {
      if (rateClass === 'general' && headers.length) this.rateHeaders = headers;
    });
    this.account = new TeamAccount(ctx.storage, this.upstream);
    this.searcher = new TeamSearch({
      upstream: this.upstream,
      db: env.DB,
      windowMs: settings.batchWindowMs,
      ttlMs: settings.cacheTtlMs,
    });
    void ctx.blockConcurrencyWhile(() => this.recover());
  }

  /**
   * Holds still open when the object starts belong to calls a restart cut off: Lusha may have
   * billed them, so each is charged its quote (the most it could cost) and audited as such.
   */
  private async recover(): Promise<void> {
    for (const hold of this.budget.openHolds()) {
      const note = 'cut off by a restart: charged the quote, the most it could have cost';
      await this.finish(hold, hold.credits, 0, 'interrupted', 0, note);
    }
  }

  /** Audits a held call, then turns its hold into spend (in that order: see recover). */
  private async finish(
    hold: Hold,
    credits: number,
    status: number,
    outcome: AuditOutcome,
    upstreamCalls: number,
    note: string | null = null,
  ): Promise<void> {
    const durationMs = Date.now() - hold.createdAt;
    try {
      await recordAudit(this.env.DB, {
        ...hold.draft,
        credits,
        status,
        outcome,
        upstreamCalls,
        durationMs,
        note,
      });
    } catch (error) {
      console.error('audit: entry not written', (error as Error).message);
    }
    this.budget.settle(hold.id, credits);
  }

  /** The 402 answer naming the budget (audited as refused; Lusha is not called). */
  private async refuse(rep: RepLimits, refusal: Refusal, draft: AuditDraft): Promise<LedgerResult> {
    const message = refusalMessage(rep, refusal);
    await recordAudit(this.env.DB, {
      ...draft,
      credits: 0,
      status: 402,
      outcome: 'refused',
      upstreamCalls: 0,
      durationMs: 0,
      note: message,
    });
    return {
      status: 402,
      headers: this.rateHeaders,
      text: JSON.stringify({ statusCode: 402, message }),
      charged: 0,
      budget: this.budget.view(rep),
      upstreamCalls: 0,
    };
  }

  /** Sends one call for a rep: 402 before Lusha when the quote passes a budget. */
  async call(call: LedgerCall): Promise<LedgerResult> {
    const quote = quoteOf(await this.account.prices(), call.quote);
    // Check and hold in one synchronous step: no await between, so parallel calls cannot race.
    const refusal = this.budget.check(call.rep, quote);
    if (refusal) return this.refuse(call.rep, refusal, call.draft);
    const hold = this.budget.hold(call.rep, quote, call.draft);
    const answer = await this.upstream.send(call.request);
    const charged = chargeOf(answer, quote);
    await this.finish(
      hold,
      charged,
      answer.status,
      outcomeOf(answer),
      answer.attempts,
      noteOf(answer),
    );
    return this.result(call.rep, answer, charged);
  }

  /** Searches a rep's cache misses, sharing in-flight and batched searches across reps. */
  async search(call: LedgerSearch): Promise<LedgerSearchResult> {
    const prices = await this.account.prices();
    const now = Date.now();
    const results: Record<string, Record<string, unknown>> = {};
    const waits: Promise<unknown>[] = [];
    const owned: SearchEntry[] = [];
    const seen = new Set<string>();
    for (const entry of call.misses) {
      if (seen.has(entry.key)) continue;
      seen.add(entry.key);
      const recent = this.searcher.recentResult(entry.key, now);
      const pending = recent ? undefined : this.searcher.pending(entry.key);
      if (recent) results[entry.key] = recent;
      else if (pending) waits.push(pending.then((r) => (results[entry.key] = r)));
      else owned.push(entry);
    }
    const quote = owned.length ? quoteOf(prices, searchUnits(call.group, owned.length)) : 0;
    // From the loop above to enqueue, nothing awaits: no other call can claim the same keys.
    const refusal = this.budget.check(call.rep, quote);
    if (refusal)
      return { ...(await this.refuse(call.rep, refusal, call.draft)), results: null, shared: 0 };
    const held = this.budget.hold(call.rep, quote, call.draft);
    const mine = this.searcher.enqueue(call.group, owned, held.id, quote);
    const ownedDone = mine.map((p, i) => p.then((r) => (results[owned[i]!.key] = r)));
    const settled = await Promise.allSettled([...waits, ...ownedDone]);
    const charged = this.searcher.takeShare(held.id);
    const failure = settled.find((s): s is PromiseRejectedResult => s.status === 'rejected');
    const answer = failure ? (failure.reason as UpstreamAnswer) : null;
    const status = answer ? answer.status : 200;
    const calls = owned.length ? 1 : 0;
    const shared = seen.size - owned.length;
    await this.finish(
      held,
      charged,
      status,
      answer ? outcomeOf(answer) : 'ok',
      calls,
      answer ? noteOf(answer) : null,
    );
    if (answer) return { ...this.result(call.rep, answer, charged), results: null, shared };
    const budget = this.budget.view(call.rep);
    return {
      status,
      headers: this.rateHeaders,
      text: '',
      charged,
      budget,
      upstreamCalls: calls,
      results,
      shared,
    };
  }

  private result(rep: RepLimits, answer: UpstreamAnswer, charged: number): LedgerResult {
    return {
      status: answer.status,
      headers: answer.headers.length ? answer.headers : this.rateHeaders,
      text: answer.text,
      charged,
      budget: this.budget.view(rep),
      upstreamCalls: answer.attempts,
    };
  }

  /** A rep's budgets and the team's latest rate-limit headers (no call to Lusha). */
  async view(rep: RepLimits): Promise<{ budget: BudgetView; headers: [string, string][] }> {
    return { budget: this.budget.view(rep), headers: this.rateHeaders };
  }

  /** Budgets and spend of several reps (the admin's list). */
  async views(reps: RepLimits[]): Promise<Record<string, BudgetView>> {
    return Object.fromEntries(reps.map((rep) => [rep.id, this.budget.view(rep)]));
  }

  /** The team account (usage, plan, prices), at most a minute old when Lusha answers. */
  async teamUsage(): Promise<TeamSnapshot> {
    return this.account.get(USAGE_MAX_AGE_MS);
  }

  /** Counters for the figures: search requests sent to Lusha. */
  async stats(): Promise<{ searchRequests: number }> {
    return { searchRequests: this.searcher.sent };
  }
}

/**
 * What a call charges the rep: what Lusha's answer says it charged. When an earlier attempt's
 * answer was lost (timeout, cut body), Lusha may have billed that one instead (a retried
 * reveal is then free): the rep is charged the quote if that is more, never twice. A call that
 * failed charges nothing.
 */
export function chargeOf(answer: UpstreamAnswer, quote: number): number {
  if (!answer.ok) return 0;
  const charged = creditsCharged(answer.json);
  return answer.lost > 0 ? Math.max(charged, quote) : charged;
}

function outcomeOf(answer: UpstreamAnswer): AuditOutcome {
  return answer.status < 400 ? 'ok' : 'error';
}

function noteOf(answer: UpstreamAnswer): string | null {
  const parts: string[] = [];
  if (answer.attempts > 1) parts.push(`${answer.attempts} attempts`);
  if (answer.lost) parts.push(`${answer.lost} answer(s) lost (Lusha may have billed them)`);
  if (!answer.ok) parts.push(messageOf(answer.text));
  return parts.length ? parts.join('; ') : null;
}

function messageOf(text: string): string {
  try {
    const message = (JSON.parse(text) as { message?: unknown }).message;
    if (typeof message === 'string') return message.slice(0, 200);
  } catch {
    // not JSON: fall through
  }
  return text.slice(0, 200);
}
