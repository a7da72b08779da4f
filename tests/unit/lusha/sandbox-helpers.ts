/** Shared set-up for client tests against the real in-process sandbox. */
import { createSandbox, type Sandbox } from '@/lib/sandbox';
import { createLushaClient, type LushaClientOptions } from '@/lib/lusha';

export const BASE_URL = 'http://sandbox.test';

let shared: Sandbox | undefined;

/**
 * The file's sandbox, reset (balances, counters, faults, subscriptions), plus a fresh log of every
 * request the client sends to it. One sandbox per test file: generating the dataset is the slow part.
 */
export function inProcessSandbox() {
  shared ??= createSandbox({ seed: 7 });
  const sandbox = shared;
  sandbox.reset();
  const sent: Request[] = [];
  const fetch: typeof globalThis.fetch = (input, init) => {
    const request = new Request(input, init);
    sent.push(request.clone());
    return sandbox.handle(request);
  };
  return { sandbox, sent, fetch };
}

/** A client on `fetch` with a fixed key (read through an async getter, counted). */
export function clientFor(
  fetch: typeof globalThis.fetch,
  key: string | null = 'sandbox-key',
  extra: Partial<LushaClientOptions> = {},
) {
  const keyReads = { count: 0 };
  const client = createLushaClient({
    baseUrl: BASE_URL,
    getApiKey: async () => {
      keyReads.count += 1;
      return key;
    },
    fetch,
    ...extra,
  });
  return { client, keyReads };
}

/** Queues a fault through the sandbox's control route. */
export async function addFault(sandbox: Sandbox, fault: Record<string, unknown>): Promise<void> {
  const response = await sandbox.handle(
    new Request(`${BASE_URL}/__sandbox/faults`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(fault),
    }),
  );
  if (response.status !== 201) throw new Error(`fault not queued: ${await response.text()}`);
}

/** Awaits `promise`, expecting a rejection, and returns what it threw. */
export async function thrown(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the call to fail');
}
