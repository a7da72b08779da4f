/**
 * The gateway's web-standard handler, `(request, env, ctx) => Response`: Lusha-compatible
 * paths for reps (`/v3/...`, rep token in `api_key`), the team's signals (`/team/signals`),
 * the webhook receiver (`/webhooks/lusha`) and the admin page and API (`/admin`). Errors never
 * carry the team key: unexpected ones answer a bare 500 and are logged with the key redacted.
 */
import { handleAdmin } from './admin';
import type { Env } from './env';
import { json, lushaError, redact } from './http';
import { handleLusha } from './lusha/proxy';
import { handleSignals } from './signals';
import { handleWebhook } from './webhooks';

/** Answers one request. */
export async function handle(
  request: Request,
  env: Env,
  _ctx?: ExecutionContext,
): Promise<Response> {
  const url = new URL(request.url);
  const path = url.pathname;
  try {
    if (path.startsWith('/v3/')) return await handleLusha(request, env, url);
    if (path === '/admin' || path.startsWith('/admin/'))
      return await handleAdmin(request, env, url);
    if (path === '/webhooks/lusha') return await handleWebhook(request, env);
    if (path === '/team/signals') return await handleSignals(request, env, url);
    if (path === '/' && request.method === 'GET') {
      return json(200, {
        service: 'Prospect Lens team gateway',
        admin: '/admin',
        lusha: '/v3/...',
      });
    }
    return lushaError(404, `Cannot ${request.method} ${path}`);
  } catch (error) {
    const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    console.error(
      'gateway: unexpected error on',
      request.method,
      path,
      redact(message, env.LUSHA_API_KEY),
    );
    return lushaError(500, 'Internal gateway error. Please try again later.');
  }
}
