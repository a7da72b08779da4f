/**
 * The admin surface: the page (`/admin`, no secrets in it) and the API under `/admin/...`,
 * which needs `authorization: Bearer <GATEWAY_ADMIN_TOKEN>`.
 */
import { requireAdmin } from '../auth';
import type { Env } from '../env';
import { json, lushaError } from '../http';
import { team } from '../lusha/context';
import { matchRoute, type Route } from '../router';
import { adminLusha } from './lusha';
import { PAGE_JS } from './page-js';
import { PAGE_CSS, PAGE_HTML } from './page-html';
import {
  auditRoute,
  createRep,
  deleteRep,
  getRep,
  listRepsRoute,
  patchRep,
  type AdminInput,
} from './reps';

const CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; " +
  "base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

const STATIC: Record<string, [string, string]> = {
  '/admin': [PAGE_HTML, 'text/html; charset=utf-8'],
  '/admin/app.js': [PAGE_JS, 'text/javascript; charset=utf-8'],
  '/admin/app.css': [PAGE_CSS, 'text/css; charset=utf-8'],
};

type Handler = (input: AdminInput) => Promise<Response>;

const ROUTES: Route<Handler>[] = [
  { method: 'POST', path: '/admin/reps', handler: createRep },
  { method: 'GET', path: '/admin/reps', handler: listRepsRoute },
  { method: 'GET', path: '/admin/reps/:id', handler: getRep },
  { method: 'PATCH', path: '/admin/reps/:id', handler: patchRep },
  { method: 'DELETE', path: '/admin/reps/:id', handler: deleteRep },
  { method: 'GET', path: '/admin/audit', handler: auditRoute },
  { method: 'GET', path: '/admin/team', handler: teamRoute },
];

/** `GET /admin/team`: the team's Lusha account as last read (at most a minute old). */
async function teamRoute({ env }: AdminInput): Promise<Response> {
  const snapshot = await team(env).teamUsage();
  return json(200, {
    usage: snapshot.usage,
    fetchedAt: snapshot.fetchedAt ? new Date(snapshot.fetchedAt).toISOString() : null,
    error: snapshot.error ?? null,
  });
}

/** Answers `/admin` and everything under it. */
export async function handleAdmin(request: Request, env: Env, url: URL): Promise<Response> {
  const page = STATIC[url.pathname];
  if (page && request.method === 'GET') {
    return new Response(page[0], {
      headers: {
        'content-type': page[1],
        'content-security-policy': CSP,
        'x-content-type-options': 'nosniff',
        'cache-control': 'no-store',
      },
    });
  }
  const refused = await requireAdmin(request, env);
  if (refused) return refused;
  if (url.pathname.startsWith('/admin/lusha/')) return adminLusha(request, env, url);
  const match = matchRoute(ROUTES, request.method, url.pathname);
  if (!match) return lushaError(404, `No admin route ${url.pathname}`);
  if ('allowed' in match)
    return lushaError(405, `Cannot ${request.method} ${url.pathname}`, {
      allow: match.allowed.join(', '),
    });
  let body: unknown;
  if (request.method !== 'GET' && request.method !== 'DELETE') {
    try {
      const text = await request.text();
      body = text.trim() === '' ? {} : JSON.parse(text);
    } catch {
      return lushaError(400, 'The body is not JSON');
    }
    if (!body || typeof body !== 'object' || Array.isArray(body))
      return lushaError(400, 'The body must be a JSON object');
  }
  return match.handler({ request, env, url, params: match.params, body });
}
