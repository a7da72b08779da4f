/**
 * The webhook receiver, `POST /webhooks/lusha`: checks `X-Lusha-Signature` (hex HMAC-SHA256 of
 * `timestamp + "." + body` with the account secret, constant-time, timestamp within 5 minutes),
 * stores each delivery once by its payload id however often Lusha redelivers it, and answers
 * at once with the acknowledgement Lusha expects (`201 {received, timestamp, webhookId}`). A bad,
 * stale (replayed) or missing signature gets 401.
 */
import { verifyWebhookSignature } from '../../lusha/webhook-signature';
import { recordAudit } from './audit';
import type { Env } from './env';
import { json, lushaError } from './http';
import { team } from './lusha/context';

const TOLERANCE_SECONDS = 300;
/** After a signature mismatch, Lusha is asked for the current secret at most this often. */
const SECRET_RECHECK_MS = 60_000;

/** Keeps the account secret (from the admin's get or regenerate). */
export async function storeWebhookSecret(db: D1Database, secret: string): Promise<void> {
  await db
    .prepare(
      "INSERT INTO settings (key, value) VALUES ('webhook_secret', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
    )
    .bind(secret)
    .run();
}

async function storedSecret(db: D1Database): Promise<string | null> {
  return db
    .prepare("SELECT value FROM settings WHERE key = 'webhook_secret'")
    .first<string>('value');
}

let lastSecretCheck = 0;

/** Asks Lusha for the account secret (the admin may have regenerated it elsewhere). */
async function fetchSecret(env: Env): Promise<string | null> {
  if (Date.now() - lastSecretCheck < SECRET_RECHECK_MS) return null;
  lastSecretCheck = Date.now();
  const result = await team(env).adminCall({
    quote: {},
    request: { method: 'GET', path: '/api/account/secret' },
    draft: { method: 'GET', path: '/api/account/secret', identifiers: 0, cached: 0 },
  });
  if (result.status !== 200) return null;
  const secret = (JSON.parse(result.text) as { secret?: unknown }).secret;
  if (typeof secret !== 'string' || !secret) return null;
  await storeWebhookSecret(env.DB, secret);
  return secret;
}

async function verify(env: Env, signature: string, timestamp: string, body: string) {
  const check = (secret: string) =>
    verifyWebhookSignature({
      secret,
      signature,
      timestamp,
      body,
      toleranceSeconds: TOLERANCE_SECONDS,
    });
  if (env.LUSHA_WEBHOOK_SECRET) return check(env.LUSHA_WEBHOOK_SECRET);
  const kept = await storedSecret(env.DB);
  const first = kept ? await check(kept) : null;
  if (first && first.ok) return first;
  if (first && first.reason !== 'bad-signature') return first;
  const fresh = await fetchSecret(env);
  if (fresh && fresh !== kept) return check(fresh);
  return first ?? { ok: false as const, reason: 'no-secret' as const };
}

const REFUSALS: Record<string, string> = {
  'bad-signature': 'Invalid webhook signature',
  stale: 'Webhook timestamp outside the 5-minute tolerance (replayed or delayed delivery)',
  malformed: 'Malformed webhook signature or timestamp',
};

/** Answers a delivery from Lusha. */
export async function handleWebhook(request: Request, env: Env): Promise<Response> {
  if (request.method !== 'POST')
    return lushaError(405, 'Webhook deliveries are POSTed', { allow: 'POST' });
  const body = await request.text();
  const signature = request.headers.get('x-lusha-signature');
  const timestamp = request.headers.get('x-lusha-timestamp');
  if (!signature || !timestamp)
    return lushaError(401, 'Missing X-Lusha-Signature or X-Lusha-Timestamp');
  const check = await verify(env, signature, timestamp, body);
  if (!check.ok && check.reason === 'no-secret') {
    return lushaError(
      503,
      'The gateway has no webhook secret yet: get or regenerate it on the admin page',
    );
  }
  if (!check.ok) return lushaError(401, REFUSALS[check.reason] ?? 'Invalid webhook signature');
  let payload: Record<string, unknown>;
  try {
    payload = JSON.parse(body) as Record<string, unknown>;
  } catch {
    return lushaError(400, 'The delivery is not JSON');
  }
  if (typeof payload.id !== 'string' || !payload.id)
    return lushaError(400, 'The delivery has no id');
  const receivedAt = new Date().toISOString();
  const stored = await storeSignal(env.DB, payload, body, receivedAt);
  if (stored) await auditDelivery(env.DB, payload, receivedAt);
  return json(201, { received: true, timestamp: receivedAt, webhookId: payload.id });
}

/** Stores a delivery unless its id is already there; true when it was new. */
async function storeSignal(
  db: D1Database,
  p: Record<string, unknown>,
  body: string,
  at: string,
): Promise<boolean> {
  const text = (v: unknown) => (typeof v === 'string' || typeof v === 'number' ? String(v) : null);
  const result = await db
    .prepare(
      `INSERT INTO signals (id, type, entity_type, entity_id, subscription_id, payload, received_at)
       VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING`,
    )
    .bind(
      p.id,
      text(p.type),
      text(p.entityType),
      text(p.entityId),
      text(p.subscriptionId),
      body,
      at,
    )
    .run();
  return result.meta.changes > 0;
}

async function auditDelivery(
  db: D1Database,
  p: Record<string, unknown>,
  at: string,
): Promise<void> {
  const credits = (p.billing as { creditsCharged?: unknown } | undefined)?.creditsCharged;
  await recordAudit(db, {
    callId: `webhook:${String(p.id)}`,
    at,
    repId: null,
    repName: 'webhook',
    method: 'POST',
    path: '/webhooks/lusha',
    identifiers: 1,
    cached: 0,
    credits: typeof credits === 'number' ? credits : 0,
    status: 201,
    outcome: 'ok',
    upstreamCalls: 0,
    durationMs: null,
    note: `${String(p.type ?? 'signal')} for ${String(p.entityType ?? 'entity')} ${String(p.entityId ?? '')}`.trim(),
  });
}
