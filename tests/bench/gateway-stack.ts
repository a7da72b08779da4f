/**
 * The load test's set-up: the sandbox (counting the searches it is asked for) and the team
 * gateway in front of it, 20 reps with budgets, and timed requests with at most N in flight.
 */
import { mkdtempSync, mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { createSandbox, SANDBOX_KEYS, type Sandbox } from '@/lib/sandbox';
import { startSandboxServer } from '@/lib/sandbox/node';
import { startGateway } from '@/lib/gateway/node';

const ADMIN = 'bench-admin-token';

/** One timed request: how long, its status, what the gateway says it charged. */
export type Timed = { ms: number; status: number; charged: number };

/** Counts what the sandbox is asked to search, and how long each search takes it. */
function countingSandbox(inner: Sandbox) {
  const seen = { linkedinUrl: 0, domain: 0, items: 0, ms: [] as number[] };
  const sandbox: Sandbox = {
    ...inner,
    reset: () => inner.reset(),
    async handle(request) {
      if (!new URL(request.url).pathname.endsWith('/search')) return inner.handle(request);
      const body = (await request.clone().json()) as {
        contacts?: unknown[];
        companies?: unknown[];
      };
      seen[body.contacts ? 'linkedinUrl' : 'domain'] += 1;
      seen.items += (body.contacts ?? body.companies ?? []).length;
      const started = performance.now();
      const response = await inner.handle(request);
      seen.ms.push(performance.now() - started);
      return response;
    },
  };
  return { sandbox, seen };
}

/** Runs `count` tasks with at most `width` at a time. */
export async function lanes<T>(count: number, width: number, task: (i: number) => Promise<T>) {
  const out: T[] = new Array(count);
  let next = 0;
  const lane = async () => {
    while (next < count) {
      const i = next++;
      out[i] = await task(i);
    }
  };
  await Promise.all(Array.from({ length: Math.min(width, count) }, lane));
  return out;
}

/** A POST with the rep's token, timed. */
export async function timed(url: string, token: string, body: unknown): Promise<Timed> {
  const started = performance.now();
  const response = await fetch(url, {
    method: 'POST',
    headers: { api_key: token, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  await response.arrayBuffer();
  const charged = Number(response.headers.get('x-gateway-credits-charged') ?? 0);
  return { ms: performance.now() - started, status: response.status, charged };
}

/** The running set-up. */
export type Stack = Awaited<ReturnType<typeof startStack>>;

/** Starts the sandbox and the gateway with `reps` reps of `budget` credits a day each. */
export async function startStack(reps: number, budget: number) {
  const inner = createSandbox();
  const { sandbox, seen } = countingSandbox(inner);
  const server = await startSandboxServer({ sandbox });
  mkdirSync('tmp', { recursive: true });
  const persistDir = mkdtempSync(path.join('tmp', 'bench-gateway-'));
  const gateway = await startGateway({
    upstream: server.url,
    lushaKey: SANDBOX_KEYS.normal,
    adminToken: ADMIN,
    persistDir,
    onLog: () => undefined,
  });
  const admin = async (method: string, route: string, body?: unknown) =>
    (
      await fetch(`${gateway.url}${route}`, {
        method,
        headers: { authorization: `Bearer ${ADMIN}` },
        body: body === undefined ? undefined : JSON.stringify(body),
      })
    ).json();
  const list: { id: string; token: string }[] = [];
  for (let r = 0; r < reps; r++)
    list.push(
      (await admin('POST', '/admin/reps', { name: `Rep ${r + 1}`, dailyCredits: budget })) as {
        id: string;
        token: string;
      },
    );
  const used = async () =>
    (
      (await (await fetch(`${server.url}/__sandbox/state?key=${SANDBOX_KEYS.normal}`)).json()) as {
        credits: { used: number };
      }
    ).credits.used;
  const spent = async () =>
    ((await admin('GET', '/admin/reps')) as { reps: { spentToday: number }[] }).reps.map(
      (r) => r.spentToday,
    );
  const close = async () => {
    await gateway.close();
    await server.close();
    rmSync(persistDir, { recursive: true, force: true });
  };
  return { inner, seen, server, gateway, reps: list, used, spent, close };
}
