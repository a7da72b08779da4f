/**
 * Who is calling: a rep by the token in `api_key` (where Lusha expects its key, so the
 * extension's client works unchanged; the ledger looks the hash up), or the admin by
 * `authorization: Bearer <token>`. Rep tokens are stored only as SHA-256 hashes; comparisons of
 * secrets are constant-time.
 */
import type { Env } from './env';
import { lushaError } from './http';

const encoder = new TextEncoder();

function hex(bytes: ArrayBuffer | Uint8Array): string {
  return Array.from(new Uint8Array(bytes), (b) => b.toString(16).padStart(2, '0')).join('');
}

/** Hex SHA-256 of a token: what the database keeps instead of the token. */
export async function hashToken(token: string): Promise<string> {
  return hex(await crypto.subtle.digest('SHA-256', encoder.encode(token)));
}

/** A new rep token: `plr_` and 32 random bytes, base64url. */
export function newRepToken(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(32));
  const b64 = btoa(String.fromCharCode(...bytes));
  return `plr_${b64.replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')}`;
}

/** Compares two strings by their hashes, so neither content nor length leaks through timing. */
export async function sameSecret(a: string, b: string): Promise<boolean> {
  const [x, y] = await Promise.all([hashToken(a), hashToken(b)]);
  let diff = 0;
  for (let i = 0; i < x.length; i++) diff |= x.charCodeAt(i) ^ y.charCodeAt(i);
  return diff === 0;
}

/** `null` when the request carries the admin token, else the 401/503 answer to send. */
export async function requireAdmin(request: Request, env: Env): Promise<Response | null> {
  if (!env.GATEWAY_ADMIN_TOKEN) {
    return lushaError(503, 'The admin token is not set: wrangler secret put GATEWAY_ADMIN_TOKEN');
  }
  const header = request.headers.get('authorization') ?? '';
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  if (match && (await sameSecret(match[1] as string, env.GATEWAY_ADMIN_TOKEN))) return null;
  return lushaError(401, 'Invalid admin token', { 'www-authenticate': 'Bearer' });
}

/** The hash of the rep token in `api_key`, or null when there is none. */
export async function tokenHashOf(request: Request): Promise<string | null> {
  const token = request.headers.get('api_key')?.trim();
  return token ? hashToken(token) : null;
}
