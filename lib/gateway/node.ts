/**
 * The gateway on this machine: the Worker from wrangler.jsonc run by Miniflare (the workerd
 * runtime Cloudflare runs), with its D1 database and Durable Object persisted under a folder,
 * on 127.0.0.1. Used by `npm run gateway` (serve.ts) and by tests beside `startSandboxServer`.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { Log, LogLevel, Miniflare } from 'miniflare';
import {
  ROOT,
  applyMigrations,
  bundleWorker,
  readMigrations,
  readWranglerConfig,
  type WranglerConfig,
} from './local';

/** Options of {@link startGateway}. */
export interface GatewayOptions {
  /** Port on 127.0.0.1; 0 (default) picks a free one. */
  port?: number;
  host?: string;
  /** Lusha's base URL (default https://api.lusha.com); tests pass the sandbox's. */
  upstream?: string;
  /** The team's Lusha key (deployed: `wrangler secret put LUSHA_API_KEY`). */
  lushaKey: string;
  /** The admin token (deployed: `wrangler secret put GATEWAY_ADMIN_TOKEN`). */
  adminToken: string;
  /** Where D1 and the Durable Object keep their data (default tmp/gateway-state). */
  persistDir?: string;
  /** Overrides of wrangler.jsonc vars, e.g. `{ UPSTREAM_TIMEOUT_MS: '500' }`. */
  vars?: Record<string, string>;
  /** Each line the Worker logs (default: written to stderr). */
  onLog?: (line: string) => void;
}

/** A running gateway. */
export interface GatewayServer {
  /** Base URL without trailing slash, e.g. `http://127.0.0.1:8787`. */
  url: string;
  port: number;
  persistDir: string;
  /** Adds a rep through the admin API; the token is returned once (e2e tests use it). */
  createRep(
    name: string,
    budgets?: RepBudgets,
  ): Promise<{ id: string; name: string; token: string }>;
  /** Stops the runtime (data stays in `persistDir`). */
  close(): Promise<void>;
}

/** Budgets of a new rep (credits a day and a month; null or absent: no limit). */
export interface RepBudgets {
  dailyCredits?: number | null;
  monthlyCredits?: number | null;
}

/** The default place of the local gateway's data (ignored by git). */
export const DEFAULT_PERSIST_DIR = path.join(ROOT, 'tmp', 'gateway-state');

function pipeLines(stream: Readable, onLog: (line: string) => void): void {
  createInterface({ input: stream }).on('line', (line) => {
    if (line.trim()) onLog(line);
  });
}

type MiniflareOptions = ConstructorParameters<typeof Miniflare>[0];

/** Miniflare's options from wrangler.jsonc, with the secrets and overrides of this run. */
async function miniflareOptions(
  config: WranglerConfig,
  options: GatewayOptions,
  persistDir: string,
): Promise<MiniflareOptions> {
  const onLog = options.onLog ?? ((line: string) => process.stderr.write(`${line}\n`));
  const d1 = config.d1_databases[0]!;
  const objects = config.durable_objects.bindings.map((b) => [
    b.name,
    { className: b.class_name, useSQLite: true },
  ]);
  return {
    host: options.host ?? '127.0.0.1',
    port: options.port ?? 0,
    modules: true,
    script: await bundleWorker(config),
    scriptPath: path.join(ROOT, 'gateway-worker.mjs'),
    compatibilityDate: config.compatibility_date,
    compatibilityFlags: config.compatibility_flags ?? [],
    bindings: {
      ...config.vars,
      LUSHA_BASE_URL: options.upstream ?? config.vars?.LUSHA_BASE_URL ?? 'https://api.lusha.com',
      ...options.vars,
      LUSHA_API_KEY: options.lushaKey,
      GATEWAY_ADMIN_TOKEN: options.adminToken,
    },
    d1Databases: { [d1.binding]: d1.database_id },
    durableObjects: Object.fromEntries(objects),
    d1Persist: path.join(persistDir, 'd1'),
    durableObjectsPersist: path.join(persistDir, 'do'),
    // No fetch of Cloudflare's request.cf data: the machine may be offline, and nothing reads it.
    cf: false,
    log: new Log(LogLevel.WARN),
    handleRuntimeStdio(stdout: Readable, stderr: Readable) {
      pipeLines(stdout, onLog);
      pipeLines(stderr, onLog);
    },
  };
}

/** `createRep` of a running gateway: the admin API's `POST /admin/reps`. */
function repMaker(url: string, adminToken: string) {
  return async (name: string, budgets: RepBudgets = {}) => {
    const response = await fetch(`${url}/admin/reps`, {
      method: 'POST',
      headers: { authorization: `Bearer ${adminToken}`, 'content-type': 'application/json' },
      body: JSON.stringify({ name, ...budgets }),
    });
    if (response.status !== 201) throw new Error(`rep not created: ${await response.text()}`);
    return (await response.json()) as { id: string; name: string; token: string };
  };
}

/** Starts the gateway (migrations applied); resolves once it answers on its URL. */
export async function startGateway(options: GatewayOptions): Promise<GatewayServer> {
  const config = readWranglerConfig();
  const persistDir = path.resolve(options.persistDir ?? DEFAULT_PERSIST_DIR);
  mkdirSync(persistDir, { recursive: true });
  const mf = new Miniflare(await miniflareOptions(config, options, persistDir));
  try {
    const db = await mf.getD1Database(config.d1_databases[0]!.binding);
    await applyMigrations(db, readMigrations(config));
    const ready = await mf.ready;
    const url = ready.origin;
    const createRep = repMaker(url, options.adminToken);
    return { url, port: Number(ready.port), persistDir, createRep, close: () => mf.dispose() };
  } catch (error) {
    await mf.dispose();
    throw error;
  }
}
