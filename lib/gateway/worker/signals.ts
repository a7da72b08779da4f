/**
 * `GET /team/signals?since=ISO` (or `?cursor=N` from a previous answer; rep token in
 * `api_key`): the webhook deliveries the team received, oldest first, each Lusha's payload as
 * delivered plus `receivedAt`.
 */
import { tokenHashOf } from './auth';
import type { Env } from './env';
import { json, lushaError } from './http';
import { team } from './lusha/context';

const MAX_LIMIT = 500;

/** Answers a rep's read of the team's signals. */
export async function handleSignals(request: Request, env: Env, url: URL): Promise<Response> {
  if (request.method !== 'GET') return lushaError(405, 'Use GET', { allow: 'GET' });
  const tokenHash = await tokenHashOf(request);
  const rep = tokenHash ? await team(env).authorize(tokenHash) : null;
  if (!rep) return lushaError(401, 'Invalid API key');
  const since = url.searchParams.get('since');
  const cursor = url.searchParams.get('cursor');
  const limit = Math.min(
    MAX_LIMIT,
    Math.max(1, Number(url.searchParams.get('limit') ?? 100) || 100),
  );
  if (since !== null && Number.isNaN(Date.parse(since)))
    return lushaError(400, 'since must be an ISO date-time');
  if (cursor !== null && !/^\d+$/.test(cursor))
    return lushaError(400, 'cursor must come from a previous answer');
  const sinceIso = since === null ? '' : new Date(Date.parse(since)).toISOString();
  const { results } = await env.DB.prepare(
    'SELECT seq, payload, received_at FROM signals WHERE received_at > ? AND seq > ? ORDER BY seq LIMIT ?',
  )
    .bind(sinceIso, Number(cursor ?? 0), limit + 1)
    .all<{ seq: number; payload: string; received_at: string }>();
  const page = results.slice(0, limit);
  const signals = page.map((r) => ({
    ...(JSON.parse(r.payload) as object),
    receivedAt: r.received_at,
  }));
  const last = page[page.length - 1];
  return json(200, {
    signals,
    cursor: last ? String(last.seq) : cursor,
    hasMore: results.length > limit,
  });
}
