/**
 * What every rep-facing Lusha route works with: the hash of the rep's token, the raw body, the
 * team's Durable Object, and the helpers that turn a ledger result into the rep's response
 * (Lusha's status, body and rate-limit headers, plus `x-gateway-*` headers with the rep's budget).
 */
import { settingsOf, type Env, type Settings } from '../env';
import type { DraftInput, LedgerResult, TeamLedger } from '../team/ledger';

/** One rep call in progress. */
export interface RepContext {
  request: Request;
  env: Env;
  url: URL;
  tokenHash: string;
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
  tokenHash: string,
  params: Record<string, string>,
): Promise<RepContext> {
  const body = request.method === 'GET' || request.method === 'HEAD' ? '' : await request.text();
  return { request, env, url, tokenHash, params, body, settings: settingsOf(env) };
}

/** The ledger's RPC methods, with the plain-object types they really return. */
export type TeamApi = Pick<
  TeamLedger,
  | 'call'
  | 'adminCall'
  | 'search'
  | 'served'
  | 'usage'
  | 'authorize'
  | 'createRep'
  | 'updateRep'
  | 'revokeRep'
  | 'views'
  | 'flushAudit'
  | 'teamUsage'
  | 'stats'
>;

/**
 * The team's Durable Object (one per gateway: the gateway serves one team). The cast keeps
 * the methods' own types: their results are plain data, which RPC clones as they are.
 */
export function team(env: Env): TeamApi {
  return env.TEAM.get(env.TEAM.idFromName('team')) as unknown as TeamApi;
}

/** What this call's audit entry will say. */
export function draftOf(ctx: RepContext, identifiers: number, cached: number): DraftInput {
  return { method: ctx.request.method, path: ctx.url.pathname, identifiers, cached };
}

/** The `x-gateway-*` headers: who called, what this call charged, what budget is left. */
export function gatewayHeaders(
  result: Pick<LedgerResult, 'rep' | 'charged' | 'budget'>,
  cache?: 'hit' | 'partial' | 'miss',
): [string, string][] {
  if (!result.rep) return [];
  const out: [string, string][] = [
    ['x-gateway-rep', result.rep.id],
    ['x-gateway-credits-charged', String(result.charged)],
  ];
  const budget = result.budget;
  if (budget?.binding && budget.remaining !== null) {
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
export function respondLedger(result: LedgerResult, cache?: 'hit' | 'partial' | 'miss'): Response {
  return respond(result.status, result.text, result.headers, gatewayHeaders(result, cache));
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
