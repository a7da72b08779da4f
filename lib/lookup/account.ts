/**
 * The account: credits remaining, plan, pricing and rate-limit status. `GET /v3/account/usage`
 * is free but limited to 5 calls a minute, so answers are kept and refreshed at most every 12 s;
 * a refresh asked for sooner gets the kept answer and when the next one is allowed.
 */
import type { GetAccountUsageResponse, LushaClient, RateLimit } from '@/lib/lusha';
import type { Pricing } from './pricing';
import type { ApiQueue } from './queue';

/** One budget a team gateway gives a rep (credits a day or a month). */
export interface RepBudget {
  limit: number;
  used: number;
  remaining: number;
  resetsAt: string | null;
}

/** What a team gateway says of the rep using it (absent when talking to Lusha directly). */
export interface GatewayRep {
  rep: string;
  daily: RepBudget | null;
  monthly: RepBudget | null;
  spentToday: number | null;
  spentThisMonth: number | null;
}

const num = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : null);

function budgetOf(raw: unknown): RepBudget | null {
  const b = raw as Record<string, unknown> | null;
  const limit = num(b?.limit);
  if (!b || limit === null) return null;
  return {
    limit,
    used: num(b.used) ?? 0,
    remaining: num(b.remaining) ?? Math.max(0, limit - (num(b.used) ?? 0)),
    resetsAt: typeof b.resetsAt === 'string' ? b.resetsAt : null,
  };
}

/** The gateway block of a usage answer, read as untrusted text and numbers. */
export function gatewayOf(data: unknown): GatewayRep | null {
  const g = (data as { gateway?: Record<string, unknown> } | null)?.gateway;
  if (!g || typeof g !== 'object') return null;
  const rep = g.rep as { name?: unknown } | string | undefined;
  const name = typeof rep === 'string' ? rep : typeof rep?.name === 'string' ? rep.name : '';
  const budgets = (g.budgets ?? {}) as Record<string, unknown>;
  return {
    rep: name.slice(0, 100),
    daily: budgetOf(budgets.daily),
    monthly: budgetOf(budgets.monthly),
    spentToday: num(g.spentToday),
    spentThisMonth: num(g.spentThisMonth),
  };
}

/** A rep's budgets after `credits` more were spent through the gateway. */
function spendOnBudgets(gateway: GatewayRep, credits: number): GatewayRep {
  const spend = (b: RepBudget | null) =>
    b && { ...b, used: b.used + credits, remaining: Math.max(0, b.remaining - credits) };
  return {
    ...gateway,
    daily: spend(gateway.daily),
    monthly: spend(gateway.monthly),
    spentToday: gateway.spentToday === null ? null : gateway.spentToday + credits,
    spentThisMonth: gateway.spentThisMonth === null ? null : gateway.spentThisMonth + credits,
  };
}

/** What the side panel shows of the account. */
export interface AccountSummary {
  credits: { total: number | null; used: number | null; remaining: number | null };
  plan: string | null;
  /** The plan's renewal and dates as Lusha states them (the Account section shows them). */
  planTerms?: { renewalType: string | null; startDate: string | null; endDate: string | null };
  pricing: Pricing;
  /** Limits as the usage answer reports them (body), by window. */
  limits: GetAccountUsageResponse['rateLimits'] | null;
  /** Counters from the response headers. */
  rateLimit: RateLimit;
  fetchedAt: number;
  /** Earliest time a refresh is sent to Lusha. */
  nextRefreshAt: number;
  demo: boolean;
  /** The rep's own budget and spend, when calls go through a team gateway. */
  gateway?: GatewayRep | null;
}

/** Minimum spacing of usage calls: 5 a minute. */
export const USAGE_INTERVAL_MS = 12_000;

/** Summarises one usage answer. */
export function summarizeUsage(
  data: GetAccountUsageResponse,
  rateLimit: RateLimit,
  fetchedAt: number,
  demo: boolean,
): AccountSummary {
  const pricing: Pricing = {};
  for (const [action, price] of Object.entries(data.pricing ?? {})) {
    if (typeof price.credits === 'number')
      pricing[action] = { credits: price.credits, perQuantity: price.perQuantity };
  }
  return {
    credits: {
      total: data.credits?.total ?? null,
      used: data.credits?.used ?? null,
      remaining: data.credits?.remaining ?? null,
    },
    plan: data.plan?.category ?? null,
    planTerms: {
      renewalType: data.plan?.renewalType ?? null,
      startDate: data.plan?.startDate ?? null,
      endDate: data.plan?.endDate ?? null,
    },
    pricing,
    limits: data.rateLimits ?? null,
    rateLimit,
    fetchedAt,
    nextRefreshAt: fetchedAt + USAGE_INTERVAL_MS,
    demo,
    gateway: gatewayOf(data),
  };
}

export interface AccountServiceDeps {
  /** Waits `ms` (tests pass a fake). */
  sleep?: (ms: number) => Promise<void>;
  client: () => Promise<LushaClient>;
  queue: ApiQueue;
  demo: () => Promise<boolean>;
  /** Where the last answer is kept (storage.session), so a restarted worker still has it. */
  load: () => Promise<AccountSummary | null>;
  save: (summary: AccountSummary | null) => Promise<void>;
  now?: () => number;
}

/** The account service; one per service worker. */
export function createAccountService(deps: AccountServiceDeps) {
  const now = deps.now ?? Date.now;
  let inFlight: Promise<AccountSummary> | null = null;

  async function fetchSummary(): Promise<AccountSummary> {
    const client = await deps.client();
    const { data, rateLimit } = await deps.queue.run(() => client.getAccountUsage(), {
      bucket: 'usage',
    });
    const summary = summarizeUsage(data, rateLimit, now(), await deps.demo());
    await deps.save(summary);
    return summary;
  }

  return {
    /** The account; from Lusha when the kept answer is stale (or `refresh` and allowed). */
    async get({ refresh = false, maxAgeMs = 60_000 } = {}): Promise<AccountSummary> {
      const kept = await deps.load();
      const demo = await deps.demo();
      if (kept && kept.demo === demo) {
        const fresh = now() - kept.fetchedAt < maxAgeMs;
        if (now() < kept.nextRefreshAt || (fresh && !refresh)) return kept;
      }
      inFlight ??= fetchSummary().finally(() => (inFlight = null));
      return inFlight;
    },
    /**
     * Lowers the kept balance by what a billed response charged, so the panel shows the
     * balance after a reveal at once, without spending one of the 5 usage calls a minute.
     */
    async applyCharge(credits: number): Promise<void> {
      const kept = await deps.load();
      if (!kept || !(credits > 0)) return;
      const { remaining, used } = kept.credits;
      await deps.save({
        ...kept,
        credits: {
          ...kept.credits,
          remaining: remaining === null ? null : remaining - credits,
          used: used === null ? null : used + credits,
        },
        gateway: kept.gateway ? spendOnBudgets(kept.gateway, credits) : kept.gateway,
      });
    },
    /**
     * A fresh answer from Lusha, waiting for the next allowed usage call (at most 12 s), with
     * the answer kept before it: what the ledger reconciles against. Null if Lusha cannot be
     * reached or the mode changed meanwhile.
     */
    async refreshNow(): Promise<{ before: AccountSummary | null; after: AccountSummary } | null> {
      const kept = await deps.load();
      const wait = (kept?.nextRefreshAt ?? 0) - now();
      if (wait > 0) await (deps.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms))))(wait);
      // Read after the wait: charges recorded meanwhile have lowered it.
      const before = await deps.load();
      try {
        const after = await (inFlight ??= fetchSummary().finally(() => (inFlight = null)));
        return { before, after };
      } catch {
        return null;
      }
    },
    /** Forgets the kept answer (after a key change or a switch to or from demo mode). */
    forget: () => deps.save(null),
  };
}

export type AccountService = ReturnType<typeof createAccountService>;
