/**
 * One HTTP exchange with Lusha: key header, JSON body, timeout through AbortSignal (no timers
 * of our own, so it is safe in a service worker), typed errors, schema validation.
 */
import type * as z from 'zod/mini';
import { LushaApiError, kindOfStatus } from './errors';
import { type RateLimit, hasRateLimit, parseRateLimit } from './rate-limit';
import { Billing, ErrorResponse } from './schemas/common';
import { BILLED_LISTS, type OperationDef, type OperationId } from './operations';
import { errorInDisguise, readTolerantly } from './tolerant';

/** Options of {@link createLushaClient}. */
export interface LushaClientOptions {
  /** e.g. `https://api.lusha.com` or the sandbox URL; no trailing path. */
  baseUrl: string;
  /** Read at every call; the client never keeps the key. Empty or null fails as `unauthorized`. */
  getApiKey: () => Promise<string | null | undefined>;
  fetch?: typeof fetch;
  /** Per-call time limit in ms (default 30 000). */
  timeoutMs?: number;
}

/** Per-call options. */
export interface CallOptions {
  /** Aborting it cancels the call; the signal's reason is thrown as is. */
  signal?: AbortSignal;
  /** Overrides the client's time limit for this call. */
  timeoutMs?: number;
}

/** What every client method returns. */
export interface LushaResult<T> {
  data: T;
  /** The response's `billing`, or null when it had none. */
  billing: Billing | null;
  rateLimit: RateLimit;
}

/** One call to send. */
export interface RequestSpec {
  operationId: OperationId;
  def: OperationDef;
  params?: Record<string, string>;
  query?: Record<string, string | number | boolean | undefined>;
  body?: unknown;
}

export const DEFAULT_TIMEOUT_MS = 30_000;

function buildUrl(baseUrl: string, spec: RequestSpec): string {
  const path = spec.def.path.replace(/\{(\w+)\}/g, (_m, name: string) =>
    encodeURIComponent(spec.params?.[name] ?? ''),
  );
  const url = new URL(baseUrl.replace(/\/+$/, '') + path);
  for (const [key, value] of Object.entries(spec.query ?? {})) {
    if (value !== undefined) url.searchParams.set(key, String(value));
  }
  return url.toString();
}

/** Maps a thrown fetch/body-read failure to a LushaApiError, or rethrows a caller's abort. */
function transportError(
  error: unknown,
  spec: RequestSpec,
  timeout: AbortSignal,
  external?: AbortSignal,
  rateLimit?: RateLimit,
): LushaApiError {
  if (external?.aborted) throw external.reason;
  const kind = timeout.aborted ? 'timeout' : 'network';
  // The request may have reached Lusha before the connection failed.
  const billingUnknown = !!BILLED_LISTS[spec.operationId];
  return new LushaApiError({
    kind,
    operationId: spec.operationId,
    rateLimit,
    cause: error,
    billingUnknown,
  });
}

function parseJson(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false };
  }
}

function httpError(spec: RequestSpec, status: number, text: string, rateLimit?: RateLimit) {
  // A server error may come after Lusha did the work; a 4xx is a refusal, never billed.
  const billingUnknown = status >= 500 && !!BILLED_LISTS[spec.operationId];
  const json = parseJson(text);
  const body = json.ok ? ErrorResponse.safeParse(json.value) : undefined;
  const details = body?.success ? body.data : undefined;
  return new LushaApiError({
    kind: kindOfStatus(status),
    operationId: spec.operationId,
    status,
    apiMessage: details?.message ?? (text && !json.ok ? text.slice(0, 200) : undefined),
    errors: details?.errors ?? (details?.code ? [details.code] : undefined),
    rateLimit,
    billingUnknown,
  });
}

function validate<T>(spec: RequestSpec, status: number, text: string, rateLimit?: RateLimit): T {
  const json = parseJson(text);
  const billed = BILLED_LISTS[spec.operationId];
  const invalid = (apiMessage: string, errors?: unknown[]) =>
    new LushaApiError({
      kind: 'invalidResponse',
      operationId: spec.operationId,
      status,
      apiMessage,
      errors,
      rateLimit,
      billingUnknown: !!billed,
    });
  if (!json.ok) throw invalid('The body is not JSON.');
  // An error written into a 200 answer is an error (and Lusha may have billed it).
  const disguised = errorInDisguise(json.value);
  if (disguised) {
    throw new LushaApiError({
      kind: kindOfStatus(disguised.statusCode),
      operationId: spec.operationId,
      status: disguised.statusCode,
      apiMessage: disguised.message,
      rateLimit,
      billingUnknown: !!billed,
    });
  }
  const schema = spec.def.response as z.ZodMiniType<T>;
  if (!billed) {
    const parsed = schema.safeParse(json.value);
    if (parsed.success) return parsed.data;
    throw invalid('The body does not match the expected shape.', issuesOf(parsed.error.issues));
  }
  const list = (json.value as Record<string, unknown> | null)?.[billed];
  if (!Array.isArray(list)) throw invalid(`The answer has no ${billed} list.`);
  try {
    return readTolerantly(schema, json.value).data;
  } catch (error) {
    throw invalid(
      'The body does not match the expected shape.',
      (error as { issues?: unknown[] }).issues,
    );
  }
}

const issuesOf = (issues: { path: PropertyKey[]; message: string }[]) =>
  issues.map((i) => `${i.path.join('.') || '/'}: ${i.message}`);

function billingOf(data: unknown): Billing | null {
  const raw = (data as { billing?: unknown } | null)?.billing;
  const parsed = Billing.safeParse(raw);
  return raw && parsed.success ? parsed.data : null;
}

async function requireKey(options: LushaClientOptions, spec: RequestSpec): Promise<string> {
  const apiKey = await options.getApiKey();
  if (apiKey) return apiKey;
  throw new LushaApiError({
    kind: 'unauthorized',
    operationId: spec.operationId,
    apiMessage: 'No API key set.',
  });
}

/** Fetches and reads the whole body under one signal; transport failures become errors. */
async function exchange(
  options: LushaClientOptions,
  spec: RequestSpec,
  apiKey: string,
  call: CallOptions,
) {
  const timeout = AbortSignal.timeout(call.timeoutMs ?? options.timeoutMs ?? DEFAULT_TIMEOUT_MS);
  const signal = call.signal ? AbortSignal.any([timeout, call.signal]) : timeout;
  const headers: Record<string, string> = { api_key: apiKey, accept: 'application/json' };
  if (spec.body !== undefined) headers['content-type'] = 'application/json';
  const doFetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  let response: Response;
  try {
    response = await doFetch(buildUrl(options.baseUrl, spec), {
      method: spec.def.method,
      headers,
      body: spec.body === undefined ? undefined : JSON.stringify(spec.body),
      signal,
    });
  } catch (error) {
    throw transportError(error, spec, timeout, call.signal);
  }
  const rateLimit = parseRateLimit(response.headers);
  const errorRateLimit = hasRateLimit(rateLimit) ? rateLimit : undefined;
  try {
    return { response, text: await response.text(), rateLimit, errorRateLimit };
  } catch (error) {
    throw transportError(error, spec, timeout, call.signal, errorRateLimit);
  }
}

/**
 * Sends one request and returns its validated result, or throws a {@link LushaApiError}.
 * A caller's abort (`call.signal`) rethrows the signal's reason instead.
 */
export async function send<T>(
  options: LushaClientOptions,
  spec: RequestSpec,
  call: CallOptions = {},
): Promise<LushaResult<T>> {
  const apiKey = await requireKey(options, spec);
  const { response, text, rateLimit, errorRateLimit } = await exchange(options, spec, apiKey, call);
  if (!response.ok) throw httpError(spec, response.status, text, errorRateLimit);
  const data = validate<T>(spec, response.status, text, errorRateLimit);
  return { data, billing: billingOf(data), rateLimit };
}
