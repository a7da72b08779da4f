/**
 * The admin's window on Lusha's webhook API (`/admin/lusha/api/...` -> `/api/...` with the team
 * key): subscriptions (created and deleted in chunks of 25, as Lusha allows), test deliveries,
 * audit logs and stats, opt-out, and the account secret, which the gateway keeps to verify the
 * deliveries it receives. Calls go through the team's ledger (rate gate, audit) as `admin`.
 */
import type { Env } from '../env';
import { lushaError } from '../http';
import { parseBody, respond, team } from '../lusha/context';
import type { LedgerResult } from '../team/ledger';
import { storeWebhookSecret } from '../webhooks';
import { matchRoute, type Route } from '../router';

const CHUNK = 25;

const API: Route<true>[] = [
  ['GET', '/api/subscriptions'],
  ['POST', '/api/subscriptions'],
  ['GET', '/api/subscriptions/:id'],
  ['PATCH', '/api/subscriptions/:id'],
  ['POST', '/api/subscriptions/:id/test'],
  ['POST', '/api/subscriptions/delete'],
  ['POST', '/api/subscriptions/opt-out'],
  ['GET', '/api/audit-logs'],
  ['GET', '/api/audit-logs/stats'],
  ['GET', '/api/account/secret'],
  ['POST', '/api/account/secret/regenerate'],
].map(([method, path]) => ({ method: method as string, path: path as string, handler: true }));

async function send(env: Env, method: string, path: string, body?: string): Promise<LedgerResult> {
  return team(env).adminCall({
    quote: {},
    request: { method, path, body },
    draft: { method, path: path.split('?')[0] as string, identifiers: 0, cached: 0 },
  });
}

type Batch = { total: number; successful: number; failed: number; results: { index: number }[] };

/** Sends a list in chunks of 25 and merges Lusha's batch answers (indexes over the whole list). */
async function chunked(env: Env, path: string, body: Record<string, unknown>, field: string) {
  const list = body[field] as unknown[];
  let merged: Batch | null = null;
  let last: LedgerResult | null = null;
  for (let offset = 0; offset < list.length; offset += CHUNK) {
    const part = { ...body, [field]: list.slice(offset, offset + CHUNK) };
    last = await send(env, 'POST', path, JSON.stringify(part));
    if (last.status >= 300)
      return respond(last.status, last.text, last.headers, [
        ['x-gateway-items-done', String(offset)],
      ]);
    const answer = parseBody(last.text) as Batch;
    const shifted = (answer.results ?? []).map((r) => ({ ...r, index: r.index + offset }));
    merged = merged
      ? {
          ...answer,
          total: merged.total + answer.total,
          successful: merged.successful + answer.successful,
          failed: merged.failed + answer.failed,
          results: [...merged.results, ...shifted],
        }
      : { ...answer, results: shifted };
  }
  return respond(last!.status, JSON.stringify(merged), last!.headers, []);
}

/** Answers `/admin/lusha/api/...` (the admin token was checked by the caller). */
export async function adminLusha(request: Request, env: Env, url: URL): Promise<Response> {
  const path = url.pathname.slice('/admin/lusha'.length);
  const match = matchRoute(API, request.method, path);
  if (!match || 'allowed' in match)
    return lushaError(404, `The gateway does not pass on ${request.method} ${path}`);
  const text = request.method === 'GET' ? '' : await request.text();
  const body = parseBody(text) as Record<string, unknown> | undefined;
  const field =
    path === '/api/subscriptions'
      ? 'subscriptions'
      : path === '/api/subscriptions/delete'
        ? 'ids'
        : null;
  if (
    request.method === 'POST' &&
    field &&
    body &&
    Array.isArray(body[field]) &&
    (body[field] as unknown[]).length > CHUNK
  ) {
    return chunked(env, path, body, field);
  }
  const result = await send(env, request.method, path + url.search, text === '' ? undefined : text);
  if (result.status === 200 && path.startsWith('/api/account/secret')) {
    const secret = (parseBody(result.text) as { secret?: unknown } | undefined)?.secret;
    if (typeof secret === 'string') await storeWebhookSecret(env.DB, secret);
  }
  return respond(result.status, result.text, result.headers, []);
}
