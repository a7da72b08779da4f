/**
 * What every rep-facing Lusha route works with: the authenticated rep, the raw body, the team's
 * Durable Object, and the helpers that turn a ledger result into the rep's response (Lusha's
 * status, body and rate-limit headers, plus `x-gateway-*` headers with the rep's budget).
 */
import { recordAudit } from '../audit';
import { settingsOf, type Env, type Settings } from '../env';
import type { Rep } from '../reps';
import type { AuditDraft, BudgetView, RepLimits } from '../team/budget';
import type { LedgerResult, TeamLedger } from '../team/ledger';

/** One rep call in progress. */
export interface RepContext {
  request: Request;
  env: Env;
  url: URL;
  rep: Rep;
  params: Record<string, string>;
  /** The request body as received ('' when none). */
  body: string;
  settings: Settings;
}

/** Builds the context of a rep call. */
export async function repContext(
  request: Request,
  env: Env,
  url: URL,
  rep: Rep,
  params: Record<string, string>,
): Promise<RepContext> {
  const body = request.method === 'GET' || request.method === 'HEAD' ? '' : await request.text();
  return { request, env, url, rep, params, body, settings: settingsOf(env) };
}

/** The ledger's RPC methods, with the plain-object types they really return. */
export type TeamApi = Pick<
  TeamLedger,
  'call' | 'search' | 'view' | 'views' | 'teamUsage' | 'stats'
>;

/**
 * The team's Durable Object (one per gateway: the gateway serves one team). The cast keeps
 * the methods' own types: their results are plain data, which RPC clones as they are.
 */
export function team(env: Env): TeamApi {
  return env.TEAM.get(env.TEAM.idFromName('team')) as unknown as TeamApi;
}

/** The budgets the ledger checks. */
export function limitsOf(rep: Rep): RepLimits {
  return {
    id: rep.id,
    name: rep.name,
    dailyCredits: rep.dailyCredits,
    monthlyCredits: rep.monthlyCredits,
  };
}

/** The audit entry's fixed part for this call. */
export function draftOf(ctx: RepContext, identifiers: number, cached: number): AuditDraft {
  return {
    callId: crypto.randomUUID(),
    at: new Date().toISOString(),
    repId: ctx.rep.id,
    repName: ctx.rep.name,
    method: ctx.request.method,
    path: ctx.url.pathname,
    identifiers,
    cached,
  };
}

/** Audits a call the gateway answered without Lusha (team cache, usage, catalogue). */
export async function auditLocal(ctx: RepContext, draft: AuditDraft, status = 200): Promise<void> {
  await recordAudit(ctx.env.DB, {
    ...draft,
    credits: 0,
    status,
    outcome: status < 400 ? 'ok' : 'error',
    upstreamCalls: 0,
    durationMs: null,
    note: null,
  });
}

/** The `x-gateway-*` headers: who called, what this call charged, what budget is left. */
export function gatewayHeaders(
  rep: Rep,
  charged: number,
  budget: BudgetView,
  cache?: 'hit' | 'partial' | 'miss',
): [string, string][] {
  const out: [string, string][] = [
    ['x-gateway-rep', rep.id],
    ['x-gateway-credits-charged', String(charged)],
  ];
  if (budget.binding && budget.remaining !== null) {
    out.push(['x-gateway-budget', budget.binding]);
    out.push(['x-gateway-budget-remaining', String(budget.remaining)]);
  }
  if (cache) out.push(['x-gateway-cache', cache]);
  return out;
}

/** A response from a body and the rate-limit and gateway headers. */
export function respond(
  status: number,
  text: string,
  headers: [string, string][],
  gateway: [string, string][],
): Response {
  const out = new Headers();
  for (const [name, value] of headers) out.set(name, value);
  for (const [name, value] of gateway) out.set(name, value);
  out.set('content-type', 'application/json; charset=utf-8');
  return new Response(text, { status, headers: out });
}

/** The rep's response for a ledger result passed on as is. */
export function respondLedger(
  ctx: RepContext,
  result: LedgerResult,
  cache?: 'hit' | 'partial' | 'miss',
): Response {
  return respond(
    result.status,
    result.text,
    result.headers,
    gatewayHeaders(ctx.rep, result.charged, result.budget, cache),
  );
}

/** Parses JSON text; `undefined` for an empty or broken body. */
export function parseBody(text: string): unknown {
  if (text.trim() === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
