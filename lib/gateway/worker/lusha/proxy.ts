/**
 * The Lusha V3 paths a rep's extension uses, served at the same paths: searches and enrich go
 * through the team cache, the account usage call answers with the rep's own budget, and every
 * other path is passed to Lusha through the team's ledger (budget, rate gate, audit). A path
 * the extension does not use answers 404: the gateway spends the team's credits on nothing else.
 */
import { tokenHashOf } from '../auth';
import type { Env } from '../env';
import { lushaError } from '../http';
import { matchRoute, type Route } from '../router';
import { keepRecords } from './store';
import { parseBody, repContext, type RepContext } from './context';
import { forward } from './forward';
import { handleEnrich, revealedRows } from './enrich';
import type { Entity } from './keys';
import { handleSearch } from './search';
import { handleUsage } from './usage';

type Handler = (ctx: RepContext) => Promise<Response>;

const both = (
  path: string,
  method: string,
  make: (entity: Entity) => Handler,
): Route<Handler>[] => [
  { method, path: `/v3/contacts${path}`, handler: make('contact') },
  { method, path: `/v3/companies${path}`, handler: make('company') },
];

const passOn = () => forward;

const ROUTES: Route<Handler>[] = [
  ...both('/search', 'POST', (entity) => (ctx) => handleSearch(ctx, entity)),
  ...both('/enrich', 'POST', (entity) => (ctx) => handleEnrich(ctx, entity)),
  ...both('/search-and-enrich', 'POST', (entity) => (ctx) => searchAndEnrich(ctx, entity)),
  ...both('/prospecting', 'POST', passOn),
  ...both('/prospecting/filters', 'GET', passOn),
  ...both('/prospecting/filters/:filterType', 'GET', passOn),
  ...both('/signals', 'POST', passOn),
  ...both('/signals/types', 'GET', passOn),
  ...both('/lookalike', 'POST', passOn),
  { method: 'GET', path: '/v3/companies/signals/filters', handler: forward },
  { method: 'GET', path: '/v3/companies/signals/filters/:filterType', handler: forward },
  { method: 'POST', path: '/v3/companies/website-visits', handler: forward },
  { method: 'GET', path: '/v3/account/usage', handler: handleUsage },
];

/** Answers a rep's call to a `/v3/...` path. */
export async function handleLusha(request: Request, env: Env, url: URL): Promise<Response> {
  const match = matchRoute(ROUTES, request.method, url.pathname);
  if (!match) return lushaError(404, `The team gateway does not serve ${url.pathname}`);
  if ('allowed' in match) {
    return lushaError(405, `Cannot ${request.method} ${url.pathname}`, {
      allow: match.allowed.join(', '),
    });
  }
  const tokenHash = await tokenHashOf(request);
  if (!tokenHash) return lushaError(401, 'Invalid API key');
  return match.handler(await repContext(request, env, url, tokenHash, match.params));
}

/** Search-and-enrich is passed on; what it revealed goes into the team store. */
async function searchAndEnrich(ctx: RepContext, entity: Entity): Promise<Response> {
  const response = await forward(ctx);
  if (response.status !== 200) return response;
  const text = await response.text();
  const body = parseBody(text) as { results?: unknown; reveal?: unknown } | undefined;
  const request = parseBody(ctx.body) as { reveal?: unknown } | undefined;
  const reveal = Array.isArray(request?.reveal) ? (request.reveal as string[]) : undefined;
  const rows = revealedRows(entity, Array.isArray(body?.results) ? body.results : [], reveal);
  await keepRecords(ctx.env.DB, entity, rows, Date.now());
  return new Response(text, { status: response.status, headers: response.headers });
}
