/**
 * Fault injection for tests: `POST /__sandbox/faults` queues faults that the next matching API
 * calls suffer instead of (or, for `hang`, before) their normal answer.
 */
import { z } from 'zod';

/** A fault request, as `POST /__sandbox/faults` accepts it. */
export const FaultSpec = z.object({
  kind: z.enum(['status', 'hang', 'drop', 'truncate', 'malformed']),
  count: z.number().int().min(1).max(1000).default(1),
  status: z.number().int().min(100).max(599).optional(),
  hangMs: z.number().int().min(0).max(600_000).optional(),
  path: z.string().startsWith('/').optional(),
});
export type FaultSpec = z.infer<typeof FaultSpec>;

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
export function faultMessage(status: number): string {
  return MESSAGES[status] ?? `Injected fault ${status}`;
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

/** A 200 JSON response whose body stream stops half way and then fails, like a cut connection. */
export function truncatedResponse(body: string, headers: Headers): Response {
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
  return new Response(stream, { status: 200, headers });
}

/** A 200 answer whose body is not JSON, like a misbehaving proxy. */
export function malformedResponse(headers: Headers): Response {
  headers.set('content-type', 'application/json');
  return new Response('<!DOCTYPE html><html><body>Upstream error</body></html>', {
    status: 200,
    headers,
  });
}
