/**
 * TeamLedger: the one Durable Object of a team, where a single writer must decide. It knows
 * the reps (tokens by hash), holds their budgets (check and reserve in one synchronous step),
 * the team's rate gates, the search coordinator and the price list; every call to Lusha goes
 * out from here. Each rep call is audited once, in the same storage step that settles its spend.
 */
import { DurableObject } from 'cloudflare:workers';
import type { AuditEntry, AuditOutcome } from '../audit';
import { settingsOf, type Env } from '../env';
import type { Budgets, Rep } from '../reps';
import { searchUnits } from '../lusha/quotes';
import { TeamAccount, USAGE_MAX_AGE_MS, type TeamSnapshot } from './account';
import {
  BudgetBook,
  refusalMessage,
  type AuditDraft,
  type BudgetView,
  type Hold,
  type RepLimits,
} from './budget';
import { RepDirectory } from './directory';
import { teamGates, type RateClass } from './gate';
import { PreviewMemory } from './memory';
import { AuditOutbox } from './outbox';
import { quoteOf, type QuoteSpec } from './pricing';
import { TeamSearch, type SearchEntry, type SearchGroup } from './search';
import { Upstream, creditsCharged, type UpstreamAnswer, type UpstreamRequest } from './upstream';

/** What the worker says about a call; the ledger adds who, when and the call id. */
export interface DraftInput {
  method: string;
  path: string;
  identifiers: number;
  cached: number;
}

/** A rep as answers name it. */
export interface RepInfo {
  id: string;
  name: string;
}

/** A call for Lusha on a rep's behalf (the rep by the hash of the token in `api_key`). */
export interface LedgerCall {
  tokenHash: string;
  quote: QuoteSpec;
  request: UpstreamRequest;
  draft: DraftInput;
}

/** What the ledger answers; the worker shapes the rep's response from it. */
export interface LedgerResult {
  status: number;
  headers: [string, string][];
  text: string;
  charged: number;
  /** The rep's budgets after the call (null when the token was refused). */
  budget: BudgetView | null;
  upstreamCalls: number;
  rep: RepInfo | null;
}

/** The look-ups of one rep's search (the ledger answers from the team cache first). */
export interface LedgerSearch {
  tokenHash: string;
  group: SearchGroup;
  lookUps: SearchEntry[];
  draft: DraftInput;
}

/** A search's outcome: results by key, or (results null) the failure to pass on. */
export interface LedgerSearchResult extends LedgerResult {
  results: Record<string, Record<string, unknown>> | null;
  /** Misses answered by another rep's search in flight or just done (free for this rep). */
  shared: number;
}

const ADMIN: RepLimits = { id: 'admin', name: 'admin', dailyCredits: null, monthlyCredits: null };

const refusedToken = (message: string): LedgerResult => ({
  status: 401,
  headers: [],
  text: JSON.stringify({ statusCode: 401, message }),
  charged: 0,
  budget: null,
  upstreamCalls: 0,
  rep: null,
});

/** The Durable Object class (bound as TEAM in wrangler.jsonc). */
export class TeamLedger extends DurableObject<Env> {
  private readonly budget: BudgetBook;
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
    this.reps = new RepDirectory(env.DB);
    this.upstream = new Upstream(
      env,
      settings,
      teamGates(settings.ratePerSecond),
      (rateClass: RateClass, headers) => {
        if (rateClass === 'general' && headers.length) this.rateHeaders = headers;
      },
    );
    this.account = new TeamAccount(ctx.storage, this.upstream);
    this.memory = new PreviewMemory(env.DB, settings.cacheTtlMs);
    this.searcher = new TeamSearch({
      upstream: this.upstream,
      db: env.DB,
      windowMs: settings.batchWindowMs,
      maxWaitMs: settings.batchMaxWaitMs,
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
      this.finish(hold, hold.credits, 0, 'interrupted', 0, note);
    }
  }

  /** The runtime's alarm: copy audit entries to D1. */
  override async alarm(): Promise<void> {
    await this.outbox.onAlarm();
  }

  private draft(rep: RepLimits, input: DraftInput): AuditDraft {
    return {
      callId: crypto.randomUUID(),
      at: new Date().toISOString(),
      repId: rep.id,
      repName: rep.name,
      ...input,
    };
  }

  private entry(
    draft: AuditDraft,
    fields: Partial<AuditEntry> & { status: number; outcome: AuditOutcome },
  ): AuditEntry {
    return { ...draft, credits: 0, upstreamCalls: 0, durationMs: null, note: null, ...fields };
  }

  /** Audits a held call and turns its hold into spend, in one storage step. */
  private finish(
    hold: Hold,
    credits: number,
    status: number,
    outcome: AuditOutcome,
    calls: number,
    note: string | null = null,
  ): void {
    const durationMs = Date.now() - hold.createdAt;
    this.ctx.storage.transactionSync(() => {
      this.outbox.add(
        this.entry(hold.draft, {
          credits,
          status,
          outcome,
          upstreamCalls: calls,
          durationMs,
          note,
        }),
      );
      this.budget.settle(hold.id, credits);
    });
  }

  /** The rep holding a token, or the 401 to answer. */
  private async who(tokenHash: string): Promise<Rep | LedgerResult> {
    const rep = await this.reps.byToken(tokenHash);
    if (!rep) return refusedToken('Invalid API key');
    if (rep.revokedAt) return refusedToken('Invalid API key: this rep token was revoked');
    return rep;
  }

  private result(
    rep: RepLimits,
    answer: Pick<UpstreamAnswer, 'status' | 'headers' | 'text' | 'attempts'>,
    charged: number,
  ): LedgerResult {
    return {
      status: answer.status,
      headers: answer.headers.length ? answer.headers : this.rateHeaders,
      text: answer.text,
      charged,
      budget: this.budget.view(rep),
      upstreamCalls: answer.attempts,
      rep: { id: rep.id, name: rep.name },
    };
  }

  /** The 402 naming the budget, audited as refused; `null` when the quote fits (and is held). */
  private holdOrRefuse(rep: RepLimits, quote: number, draft: AuditDraft): Hold | LedgerResult {
    const refusal = this.budget.check(rep, quote);
    if (!refusal) return this.budget.hold(rep, quote, draft);
    const message = refusalMessage(rep, refusal);
    this.outbox.add(this.entry(draft, { status: 402, outcome: 'refused', note: message }));
    const text = JSON.stringify({ statusCode: 402, message });
    return this.result(rep, { status: 402, headers: [], text, attempts: 0 }, 0);
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
    const held = this.holdOrRefuse(rep, quote, this.draft(rep, call.draft));
    if ('status' in held) return held;
    const answer = await this.upstream.send(call.request);
    const charged = chargeOf(answer, quote);
    this.finish(held, charged, answer.status, outcomeOf(answer), answer.attempts, noteOf(answer));
    if (answer.ok) this.noteReveals(call.request, answer.json);
    return this.result(rep, answer, charged);
  }

  /** What an enrich (or search-and-enrich) revealed, so cached previews show it as free. */
  private noteReveals(request: UpstreamRequest, json: unknown): void {
    const match = /^\/v3\/(contacts|companies)\/(enrich|search-and-enrich)$/.exec(request.path);
    if (!match) return;
    const entity = match[1] === 'contacts' ? 'contact' : 'company';
    const reveal = (parseJson(request.body ?? '') as { reveal?: unknown } | undefined)?.reveal;
    const all = entity === 'contact' ? ['emails', 'phones'] : [];
    const fields = Array.isArray(reveal) ? (reveal as string[]) : all;
    const results = (json as { results?: { id?: unknown; error?: unknown }[] } | null)?.results;
    const ids = (results ?? []).filter((r) => typeof r.id === 'string' && !r.error);
    this.memory.noteReveals(
      entity,
      ids.map((r) => r.id as string),
      fields,
    );
  }

  /**
   * Answers a rep's search look-ups from the team cache (memory, then D1 in a shared query),
   * and searches the rest, sharing in-flight and batched searches across reps.
   */
  async search(call: LedgerSearch): Promise<LedgerSearchResult> {
    const rep = await this.who(call.tokenHash);
    if ('status' in rep) return { ...rep, results: null, shared: 0 };
    const prices = await this.account.prices();
    const now = Date.now();
    const cold = call.lookUps.filter(
      (e) => !this.memory.get(e.key, now) && !this.searcher.pending(e.key),
    );
    await this.memory.load(cold.map((e) => e.key));
    const { results, waits, owned } = this.claim(call.lookUps);
    const quote = owned.length ? quoteOf(prices, searchUnits(call.group, owned.length)) : 0;
    // From claim() to enqueue, nothing awaits: no other call can claim the same keys.
    const shared = call.lookUps.length - owned.length;
    const held = this.holdOrRefuse(rep, quote, this.draft(rep, { ...call.draft, cached: shared }));
    if ('status' in held) return { ...held, results: null, shared: 0 };
    const mine = this.searcher.enqueue(call.group, owned, held.id, quote);
    const done = mine.map((p, i) => p.then((r) => (results[owned[i]!.key] = r)));
    const waited = waits.map((w) => w.then((r) => (results[w.key] = r)));
    const settled = await Promise.allSettled([...waited, ...done]);
    const charged = this.searcher.takeShare(held.id);
    const failure = settled.find((s): s is PromiseRejectedResult => s.status === 'rejected');
    const answer = failure ? (failure.reason as UpstreamAnswer) : null;
    const calls = owned.length ? 1 : 0;
    const note = answer ? noteOf(answer) : null;
    this.finish(
      held,
      charged,
      answer?.status ?? 200,
      answer ? outcomeOf(answer) : 'ok',
      calls,
      note,
    );
    if (answer) return { ...this.result(rep, answer, charged), results: null, shared };
    const ok = this.result(rep, { status: 200, headers: [], text: '', attempts: calls }, charged);
    return { ...ok, results, shared };
  }

  /** Splits look-ups: in the team cache, in flight elsewhere (wait), or this call's to search. */
  private claim(entries: SearchEntry[]) {
    const now = Date.now();
    const results: Record<string, Record<string, unknown>> = {};
    const waits: (Promise<Record<string, unknown>> & { key: string })[] = [];
    const owned: SearchEntry[] = [];
    const seen = new Set<string>();
    for (const entry of entries) {
      if (seen.has(entry.key)) continue;
      seen.add(entry.key);
      const cached = this.memory.get(entry.key, now);
      const pending = cached ? undefined : this.searcher.pending(entry.key);
      if (cached) results[entry.key] = cached;
      else if (pending)
        waits.push(
          Object.assign(
            pending.then((r) => r),
            { key: entry.key },
          ),
        );
      else owned.push(entry);
    }
    return { results, waits, owned };
  }

  /** A call the worker answered itself (team cache, store): audited, with the rep's budget. */
  async served(call: { tokenHash: string; draft: DraftInput }): Promise<LedgerResult> {
    const rep = await this.who(call.tokenHash);
    if ('status' in rep) return rep;
    this.outbox.add(this.entry(this.draft(rep, call.draft), { status: 200, outcome: 'ok' }));
    return this.result(rep, { status: 200, headers: [], text: '', attempts: 0 }, 0);
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

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
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
