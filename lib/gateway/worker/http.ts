/**
 * Building the gateway's answers: JSON bodies in Lusha's error shape `{statusCode, message}`,
 * and the rate-limit headers Lusha sends, which the gateway passes on.
 */

/** A JSON response. */
export function json(status: number, body: unknown, headers: HeadersInit = {}): Response {
  const out = new Headers(headers);
  out.set('content-type', 'application/json; charset=utf-8');
  return new Response(JSON.stringify(body), { status, headers: out });
}

/** Lusha's error body `{statusCode, message, errors?}`. */
export function lushaError(
  status: number,
  message: string,
  headers: HeadersInit = {},
  errors?: unknown[],
): Response {
  const body = errors ? { statusCode: status, message, errors } : { statusCode: status, message };
  return json(status, body, headers);
}

/** The nine rate-limit headers Lusha puts on every answer that passed its key check. */
export const RATE_LIMIT_HEADERS = ['daily', 'hourly', 'minute'].flatMap((w) => [
  `x-rate-limit-${w}`,
  `x-${w}-requests-left`,
  `x-${w}-usage`,
]);

/** The rate-limit headers (and `retry-after`) of an upstream answer, as `[name, value]` pairs. */
export function rateLimitHeaders(headers: Headers): [string, string][] {
  const out: [string, string][] = [];
  for (const name of [...RATE_LIMIT_HEADERS, 'retry-after']) {
    const value = headers.get(name);
    if (value !== null) out.push([name, value]);
  }
  return out;
}

/** Replaces every occurrence of `secret` in `text` (an upstream body could echo the key). */
export function redact(text: string, secret: string | undefined): string {
  if (!secret || secret.length < 4) return text;
  return text.split(secret).join('[redacted]');
}

/** The request body as JSON, or `undefined` when empty; `SyntaxError` when it is not JSON. */
export async function readJson(request: Request): Promise<unknown> {
  const text = await request.text();
  return text.trim() === '' ? undefined : (JSON.parse(text) as unknown);
}
