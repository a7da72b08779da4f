/**
 * A team gateway (the real Worker in workerd via Miniflare) in front of the sandbox (over
 * HTTP), for the gateway's tests: helpers for the admin API and for reps, the sandbox's own
 * count of the calls it got, and a record of every answer and log line the gateway produced
 * (so a test can check that the team key never appears in any).
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import path from 'node:path';
import { createSandbox, SANDBOX_KEYS } from '@/lib/sandbox';
import { startSandboxServer, type SandboxServer } from '@/lib/sandbox/node';
import { startGateway, type GatewayServer } from '@/lib/gateway/node';

export const ADMIN_TOKEN = 'test-admin-token-0123456789';
export const TEAM_KEY = SANDBOX_KEYS.normal;

/** One call the sandbox received. */
export interface SeenCall {
  /** When it arrived (ms). */
  at: number;
  method: string;
  path: string;
  body: unknown;
  /** The sandbox's answer status (0 while it works on it). */
  status: number;
}

/** Options of {@link startStack}. */
export interface StackOptions {
  vars?: Record<string, string>;
  lushaKey?: string;
  /** Reuse a data folder (restart tests). */
  persistDir?: string;
}

/** A sandbox, a gateway in front of it, and helpers. */
export interface Stack {
  sandbox: SandboxServer;
  gateway: GatewayServer;
  /** Every call the sandbox received (control routes excluded). */
  seen: SeenCall[];
  /** Every answer (status line, headers, body) and log line the gateway produced. */
  transcript: string[];
  admin(method: string, route: string, body?: unknown, token?: string): Promise<Response>;
  newRep(
    name: string,
    budgets?: { dailyCredits?: number | null; monthlyCredits?: number | null },
  ): Promise<RepClient>;
  fault(spec: Record<string, unknown>): Promise<void>;
  state(): Promise<{
    credits: { used: number };
    revealed: { contactFields: Record<string, number> };
  }>;
  restart(vars?: Record<string, string>): Promise<void>;
  close(): Promise<void>;
}

/** A rep's client: calls with its token in `api_key`, as the extension does. */
export interface RepClient {
  id: string;
  name: string;
  token: string;
  call(method: string, route: string, body?: unknown): Promise<Response>;
  post(route: string, body: unknown): Promise<Response>;
}

/** Fast retries and timeouts for tests (the defaults are seconds). */
export const FAST: Record<string, string> = {
  UPSTREAM_TIMEOUT_MS: '5000',
  BACKOFF_BASE_MS: '20',
  UPSTREAM_RETRIES: '2',
};

async function record(transcript: string[], response: Response): Promise<Response> {
  const text = await response.text();
  transcript.push(`${response.status} ${JSON.stringify([...response.headers])} ${text}`);
  return new Response(text, { status: response.status, headers: response.headers });
}

/** Starts the sandbox and a gateway on a fresh (or given) data folder. */
export async function startStack(options: StackOptions = {}): Promise<Stack> {
  const seen: SeenCall[] = [];
  const transcript: string[] = [];
  const inner = createSandbox();
  const sandbox = await startSandboxServer({
    sandbox: {
      ...inner,
      reset: () => inner.reset(),
      async handle(request) {
        const url = new URL(request.url);
        if (url.pathname.startsWith('/__sandbox/')) return inner.handle(request);
        const text = await request.clone().text();
        const call: SeenCall = {
          at: Date.now(),
          method: request.method,
          path: url.pathname,
          body: text ? JSON.parse(text) : undefined,
          status: 0,
        };
        seen.push(call);
        const response = await inner.handle(request);
        call.status = response.status;
        return response;
      },
    },
  });
  mkdirSync(path.join(process.cwd(), 'tmp'), { recursive: true });
  const persistDir =
    options.persistDir ?? mkdtempSync(path.join(process.cwd(), 'tmp', 'gateway-test-'));
  const launch = (vars?: Record<string, string>) =>
    startGateway({
      upstream: sandbox.url,
      lushaKey: options.lushaKey ?? TEAM_KEY,
      adminToken: ADMIN_TOKEN,
      persistDir,
      vars: { ...FAST, ...options.vars, ...vars },
      onLog: (line) => transcript.push(`log ${line}`),
    });
  let gateway = await launch();
  const fetchGateway = async (route: string, init: RequestInit) =>
    record(transcript, await fetch(`${gateway.url}${route}`, init));
  const stack: Stack = {
    sandbox,
    get gateway() {
      return gateway;
    },
    seen,
    transcript,
    admin: (method, route, body, token = ADMIN_TOKEN) =>
      fetchGateway(route, {
        method,
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      }),
    async newRep(name, budgets = {}) {
      const response = await stack.admin('POST', '/admin/reps', { name, ...budgets });
      if (response.status !== 201) throw new Error(`rep not created: ${await response.text()}`);
      const rep = (await response.json()) as { id: string; name: string; token: string };
      const call = (method: string, route: string, body?: unknown) =>
        fetchGateway(route, {
          method,
          headers: { api_key: rep.token, 'content-type': 'application/json' },
          body: body === undefined ? undefined : JSON.stringify(body),
        });
      return { ...rep, call, post: (route, body) => call('POST', route, body) };
    },
    async fault(spec) {
      const response = await fetch(`${sandbox.url}/__sandbox/faults`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(spec),
      });
      if (response.status !== 201) throw new Error(`fault not queued: ${await response.text()}`);
    },
    async state() {
      const response = await fetch(
        `${sandbox.url}/__sandbox/state?key=${options.lushaKey ?? TEAM_KEY}`,
      );
      return (await response.json()) as Awaited<ReturnType<Stack['state']>>;
    },
    async restart(vars) {
      await gateway.close();
      gateway = await launch(vars);
    },
    async close() {
      await gateway.close();
      await sandbox.close();
      if (!options.persistDir) rmSync(persistDir, { recursive: true, force: true });
    },
  };
  return stack;
}

/** Calls the sandbox received on a path. */
export function callsTo(stack: Stack, route: string): SeenCall[] {
  return stack.seen.filter((c) => c.path === route);
}
