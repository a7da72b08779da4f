/**
 * Fault injection for tests: `POST /__sandbox/faults` queues faults that the next matching API
 * calls suffer. A fault strikes either `before` the operation runs (nothing is billed or
 * revealed) or `after` it ran (billed, reveals remembered) and changes or loses its answer.
 */
import * as z from 'zod/mini';
import { isPointer, PointerError, removeAt, setAt } from './json-pointer';
import { errorResponse } from './respond';

const Pointer = z
  .string()
  .check(z.refine(isPointer, 'must be a JSON pointer ("" or starting with /)'));
const common = {
  count: z._default(z.int().check(z.minimum(1), z.maximum(1000)), 1),
  /** Only calls whose path starts with this are hit (default: any API call). */
  path: z.optional(z.string().check(z.startsWith('/'))),
};
/** `before` (default): instead of the operation. `after`: once it ran and billed. */
const phase = z._default(z.enum(['before', 'after']), 'before');
/** A status `Response` can carry (it refuses 1xx). */
const status = z.int().check(z.minimum(200), z.maximum(599));

/** A fault request, as `POST /__sandbox/faults` accepts it (unknown fields are refused). */
export const FaultSpec = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('status'), ...common, phase, status: z._default(status, 500) }),
  z.strictObject({
    kind: z.literal('hang'),
    ...common,
    phase,
    hangMs: z._default(z.int().check(z.minimum(0), z.maximum(600_000)), 60_000),
  }),
  z.strictObject({ kind: z.literal('drop'), ...common, phase }),
  z.strictObject({ kind: z.literal('malformed'), ...common, phase }),
  z.strictObject({ kind: z.literal('truncate'), ...common }),
  z
    .strictObject({
      kind: z.literal('mutate'),
      ...common,
      set: z._default(z.record(Pointer, z.unknown()), {}),
      unset: z._default(z.array(Pointer), []),
    })
    .check(
      z.refine((f) => Object.keys(f.set).length + f.unset.length > 0, {
        message: 'mutate needs set or unset',
        path: ['set'],
      }),
    ),
  z.strictObject({
    kind: z.literal('replace'),
    ...common,
    status: z._default(status, 200),
    /** The JSON body to answer; absent means an empty body. */
    body: z.optional(z.unknown()),
  }),
]);
export type FaultSpec = z.infer<typeof FaultSpec>;
/** What a test may send to `POST /__sandbox/faults` (defaults not yet filled in). */
export type FaultRequest = z.input<typeof FaultSpec>;

/** When a fault strikes. */
export function phaseOf(fault: FaultSpec): 'before' | 'after' {
  return 'phase' in fault ? fault.phase : 'after';
}

/** Standard messages for the statuses tests usually inject. */
const MESSAGES: Record<number, string> = {
  400: 'Invalid request parameters',
  401: 'Invalid API key',
  402: 'Insufficient credits for this operation',
  403: 'V3 API access is not enabled for your account',
  404: 'Resource not found',
  429: 'Too many requests. Please wait before making another request.',
  451: 'Blocked due to GDPR regulations',
  500: 'Internal server error. Please try again later.',
  502: 'Identity resolution provider is temporarily unavailable. Retry with backoff.',
  503: 'Service temporarily unavailable',
};

/** The message a `status` fault answers with. */
export function faultMessage(code: number): string {
  return MESSAGES[code] ?? `Injected fault ${code}`;
}

/** Thrown (as fetch would) when a `drop` fault closes the connection without an answer. */
export class SandboxDropError extends TypeError {
  constructor() {
    super('fetch failed: connection dropped by the sandbox');
    this.name = 'TypeError';
  }
}

/** The queue of pending faults. */
export class FaultQueue {
  private pending: FaultSpec[] = [];

  /** Queues a fault. */
  add(spec: FaultSpec): void {
    this.pending.push({ ...spec });
  }

  /** Forgets every pending fault. */
  clear(): void {
    this.pending = [];
  }

  /** Pending faults, for the state route. */
  list(): readonly FaultSpec[] {
    return this.pending;
  }

  /** Takes one use of the first fault matching `path`, if any. */
  take(path: string): FaultSpec | undefined {
    const index = this.pending.findIndex((f) => !f.path || path.startsWith(f.path));
    const fault = this.pending[index];
    if (!fault) return undefined;
    fault.count -= 1;
    if (fault.count <= 0) this.pending.splice(index, 1);
    return fault;
  }
}

/** Waits `ms` real milliseconds, rejecting with the signal's reason if it aborts first. */
export function hang(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/**
 * The answer of a fault that strikes before the operation, or `undefined` when the operation
 * should run (a `hang` has waited). Throws `SandboxDropError` for `drop`.
 */
export async function faultBefore(
  fault: FaultSpec,
  headers: Record<string, string>,
  signal: AbortSignal,
): Promise<Response | undefined> {
  if (fault.kind === 'hang') await hang(fault.hangMs, signal);
  else if (fault.kind === 'drop') throw new SandboxDropError();
  else if (fault.kind === 'malformed') return malformedResponse(new Headers(headers));
  else if (fault.kind === 'status') {
    return errorResponse(fault.status, faultMessage(fault.status), headers);
  }
  return undefined;
}

/** What a fault that strikes after the operation makes of its `response`. */
export async function faultAfter(
  fault: FaultSpec,
  response: Response,
  signal: AbortSignal,
): Promise<Response> {
  const headers = new Headers(response.headers);
  headers.delete('content-length');
  switch (fault.kind) {
    case 'hang':
      await hang(fault.hangMs, signal);
      return response;
    case 'drop':
      throw new SandboxDropError();
    case 'malformed':
      return malformedResponse(headers);
    case 'status':
      return errorResponse(fault.status, faultMessage(fault.status), Object.fromEntries(headers));
    case 'truncate':
      return truncatedResponse(await response.text(), headers, response.status);
    case 'mutate':
      return mutatedResponse(fault, response, headers);
    case 'replace':
      return replacedResponse(fault, headers);
  }
}

/** A JSON response whose body stream stops half way and then fails, like a cut connection. */
export function truncatedResponse(body: string, headers: Headers, status = 200): Response {
  const bytes = new TextEncoder().encode(body);
  const cut = bytes.slice(0, Math.max(1, Math.floor(bytes.length / 2)));
  let sent = false;
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      // First read: the first half; next read: the failure (erroring at once would drop the half).
      if (!sent) {
        sent = true;
        controller.enqueue(cut);
      } else controller.error(new TypeError('terminated: the sandbox cut the body short'));
    },
  });
  headers.set('content-type', 'application/json');
  headers.set('x-sandbox-truncated', String(bytes.length));
  return new Response(stream, { status, headers });
}

/** A 200 answer whose body is not JSON, like a misbehaving proxy. */
export function malformedResponse(headers: Headers): Response {
  headers.set('content-type', 'application/json');
  return new Response('<!DOCTYPE html><html><body>Upstream error</body></html>', {
    status: 200,
    headers,
  });
}

/** The operation's JSON answer with the fault's pointer edits (unset first, then set). */
async function mutatedResponse(
  fault: Extract<FaultSpec, { kind: 'mutate' }>,
  response: Response,
  headers: Headers,
): Promise<Response> {
  try {
    let body = JSON.parse(await response.text()) as unknown;
    for (const pointer of fault.unset) body = removeAt(body, pointer);
    for (const [pointer, value] of Object.entries(fault.set)) body = setAt(body, pointer, value);
    const text = body === undefined ? '' : JSON.stringify(body);
    return new Response(text, { status: response.status, headers });
  } catch (error) {
    // The operation ran; the test's edit does not fit its answer. Say so, loudly.
    const reason = error instanceof PointerError ? error.message : String(error);
    headers.set('x-sandbox-fault-error', 'mutate');
    return errorResponse(
      500,
      `Sandbox mutate fault failed: ${reason}`,
      Object.fromEntries(headers),
    );
  }
}

/** Statuses that cannot carry a body. */
const NULL_BODY = new Set([204, 205, 304]);

/** The fault's status and JSON body in place of the operation's answer (headers kept). */
function replacedResponse(
  fault: Extract<FaultSpec, { kind: 'replace' }>,
  headers: Headers,
): Response {
  headers.set('content-type', 'application/json; charset=utf-8');
  const text = fault.body === undefined ? '' : JSON.stringify(fault.body);
  return new Response(NULL_BODY.has(fault.status) ? null : text, {
    status: fault.status,
    headers,
  });
}
