/**
 * The Lusha sandbox behind the real build: the sandbox runs over HTTP on 127.0.0.1 in the test
 * process, and `context.route` hands it every request the extension makes to
 * https://api.lusha.com (the build's only API host permission). The key `sandbox-key` is saved
 * through the real `saveApiKey` message, so the worker checks it against the sandbox like a
 * rep's key against Lusha.
 */
import type { BrowserContext, Page, Route } from '@playwright/test';
import type { Sandbox } from '@/lib/sandbox';
import { startSandboxServer, type SandboxServer } from '@/lib/sandbox/node';
import type { MessageType, ProtocolMap, Reply } from '@/lib/messaging';
import { test as extensionTest } from './extension';

/** The key of the sandbox's normal account (10,000 credits). */
export const SANDBOX_KEY = 'sandbox-key';

const LUSHA = 'https://api.lusha.com/**';

/** What `GET /__sandbox/state` reports for an account. */
export interface SandboxState {
  credits: { total: number; used: number; remaining: number };
  revealed: { contacts: number; companies: number };
  pendingFaults: number;
}

/** A fault for `POST /__sandbox/faults` (see lib/sandbox/README.md). */
export interface FaultRequest {
  kind: 'status' | 'hang' | 'drop' | 'truncate' | 'malformed' | 'mutate' | 'replace';
  status?: number;
  count?: number;
  hangMs?: number;
  path?: string;
  /** `before` (default): the operation never runs; `after`: it runs and bills, then fails. */
  phase?: 'before' | 'after';
  /** `mutate`: JSON-pointer edits of the real answer. */
  set?: Record<string, unknown>;
  /** `replace`: the answer's body. */
  body?: unknown;
}

/** A running sandbox that the browser context reaches as api.lusha.com. */
export interface RoutedSandbox {
  server: SandboxServer;
  /** Requests the extension sent to api.lusha.com, as `METHOD /path`. */
  calls: string[];
  /** Balance, reveals and pending faults of `sandbox-key`. */
  state(): Promise<SandboxState>;
  /** Queues a fault for the next matching API calls. */
  fault(spec: FaultRequest): Promise<void>;
  /** Stops routing api.lusha.com (the network is then simply absent). */
  unroute(): Promise<void>;
  close(): Promise<void>;
}

/**
 * Starts a sandbox server (port 0 unless given; a fresh sandbox unless given, e.g. one with a
 * manual clock) and routes `context`'s Lusha calls to it.
 */
export async function routeLushaToSandbox(
  context: BrowserContext,
  port = 0,
  sandbox?: Sandbox,
): Promise<RoutedSandbox> {
  const server = await startSandboxServer({ port, sandbox });
  const calls: string[] = [];
  const handler = async (route: Route) => {
    const url = new URL(route.request().url());
    calls.push(`${route.request().method()} ${url.pathname}`);
    try {
      const response = await route.fetch({ url: server.url + url.pathname + url.search });
      await route.fulfill({ response });
    } catch {
      // A dropped or cut connection in the sandbox is a failed network request here too.
      await route.abort('connectionreset').catch(() => undefined);
    }
  };
  await context.route(LUSHA, handler);
  let routed = true;
  const control = async (path: string, init?: RequestInit) => {
    const response = await fetch(server.url + path, init);
    if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`);
    return response.json() as Promise<unknown>;
  };
  return {
    server,
    calls,
    state: () => control(`/__sandbox/state?key=${SANDBOX_KEY}`) as Promise<SandboxState>,
    fault: async (spec) => {
      await control('/__sandbox/faults', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(spec),
      });
    },
    unroute: async () => {
      if (routed) await context.unroute(LUSHA, handler);
      routed = false;
    },
    close: async () => {
      if (routed) await context.unroute(LUSHA, handler).catch(() => undefined);
      routed = false;
      await server.close();
    },
  };
}

/** Sends one protocol message from an extension page, as the side panel does. */
export async function sendFromPage<K extends MessageType>(
  page: Page,
  type: K,
  data: ProtocolMap[K]['data'],
): Promise<Reply<K>> {
  return page.evaluate(
    (message) =>
      (
        globalThis as unknown as {
          chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } };
        }
      ).chrome.runtime.sendMessage(message),
    { type, data },
  ) as Promise<Reply<K>>;
}

/** The value of a reply, or a thrown error naming what the background refused. */
export async function valueFromPage<K extends MessageType>(
  page: Page,
  type: K,
  data: ProtocolMap[K]['data'],
): Promise<Extract<Reply<K>, { ok: true }>['value']> {
  const reply = await sendFromPage(page, type, data);
  if (!reply.ok) throw new Error(`${type} refused: ${reply.error}`);
  return (reply as Extract<Reply<K>, { ok: true }>).value;
}

/** Opens the options page (an extension page) and saves `sandbox-key` through `saveApiKey`. */
export async function saveSandboxKey(context: BrowserContext, extensionId: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  const saved = await valueFromPage(page, 'saveApiKey', { key: SANDBOX_KEY });
  if (!saved.ok) throw new Error(`saveApiKey failed: ${saved.error.kind}: ${saved.error.message}`);
  return page;
}

export interface SandboxFixtures {
  /** The sandbox, routed as api.lusha.com, with `sandbox-key` saved (via `extensionPage`). */
  sandbox: RoutedSandbox;
  /** The options page the key was saved from; send look-up messages from it. */
  extensionPage: Page;
  /** The routed sandbox before any key is saved (both fixtures above build on it). */
  routedSandbox: RoutedSandbox;
}

/** The extension fixtures plus a routed sandbox and a saved key; the server stops after each test. */
export const test = extensionTest.extend<SandboxFixtures>({
  routedSandbox: async ({ context }, use) => {
    const sandbox = await routeLushaToSandbox(context);
    await use(sandbox);
    await sandbox.close();
  },
  extensionPage: async ({ context, extensionId, routedSandbox }, use) => {
    void routedSandbox;
    await use(await saveSandboxKey(context, extensionId));
  },
  sandbox: async ({ routedSandbox, extensionPage }, use) => {
    void extensionPage;
    await use(routedSandbox);
  },
});

export const expect = test.expect;
