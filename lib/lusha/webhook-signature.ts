/**
 * Lusha webhook signatures: header `X-Lusha-Signature` is the hex HMAC-SHA256 of
 * `${timestamp}.${body}` keyed with the account secret; `X-Lusha-Timestamp` carries the
 * timestamp (seconds). Uses Web Crypto only, so it runs in a service worker, Node and the sandbox.
 */

const encoder = new TextEncoder();

/** Why a signature was refused. */
export type WebhookSignatureFailure = 'bad-signature' | 'stale' | 'malformed';

/** Result of {@link verifyWebhookSignature}. */
export type WebhookSignatureCheck = { ok: true } | { ok: false; reason: WebhookSignatureFailure };

/** Options of {@link verifyWebhookSignature}. */
export interface VerifyWebhookSignatureOptions {
  secret: string;
  /** Hex signature as received (case-insensitive; an optional `sha256=` prefix is accepted). */
  signature: string;
  /** Timestamp as received, in seconds since the epoch (milliseconds are also recognised). */
  timestamp: string | number;
  /** Raw request body exactly as received. */
  body: string;
  /** Largest accepted distance between `timestamp` and `now`, in seconds. */
  toleranceSeconds?: number;
  /** Current time in milliseconds since the epoch. */
  now?: number;
}

function toHex(bytes: ArrayBuffer): string {
  return Array.from(new Uint8Array(bytes), (b) => b.toString(16).padStart(2, '0')).join('');
}

/** Computes the hex HMAC-SHA256 signature Lusha sends for a webhook delivery. */
export async function signWebhookPayload(
  secret: string,
  timestamp: string | number,
  body: string,
): Promise<string> {
  const key = await crypto.subtle.importKey(
    'raw',
    encoder.encode(secret),
    { name: 'HMAC', hash: 'SHA-256' },
    false,
    ['sign'],
  );
  const mac = await crypto.subtle.sign('HMAC', key, encoder.encode(`${timestamp}.${body}`));
  return toHex(mac);
}

/** Compares two equal-length strings without an early exit. */
function constantTimeEqual(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i += 1) diff |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return diff === 0;
}

/** Timestamp in seconds, or null when it is not a plain positive number. */
function parseTimestamp(timestamp: string | number): number | null {
  const text = String(timestamp).trim();
  if (!/^\d{1,16}$/.test(text)) return null;
  const value = Number(text);
  // A 13-digit value is milliseconds: Lusha documents seconds but be lenient.
  return value > 1e12 ? Math.floor(value / 1000) : value;
}

/**
 * Checks a webhook delivery's signature and freshness. Malformed input (non-hex signature,
 * non-numeric timestamp) is reported as such; the comparison itself is constant-time.
 */
export async function verifyWebhookSignature(
  options: VerifyWebhookSignatureOptions,
): Promise<WebhookSignatureCheck> {
  const { secret, body, toleranceSeconds = 300, now = Date.now() } = options;
  const signature = options.signature
    .trim()
    .replace(/^sha256=/i, '')
    .toLowerCase();
  const seconds = parseTimestamp(options.timestamp);
  if (!/^[0-9a-f]{64}$/.test(signature) || seconds === null || !secret) {
    return { ok: false, reason: 'malformed' };
  }
  const expected = await signWebhookPayload(secret, String(options.timestamp).trim(), body);
  if (!constantTimeEqual(expected, signature)) return { ok: false, reason: 'bad-signature' };
  if (Math.abs(now / 1000 - seconds) > toleranceSeconds) return { ok: false, reason: 'stale' };
  return { ok: true };
}
