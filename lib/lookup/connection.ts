/**
 * Which Lusha the extension talks to: the real API with the rep's key, another base URL set
 * under "advanced" (a team gateway, the sandbox over HTTP), or, in demo mode, the sandbox
 * running inside the service worker with no key and no network. A saved key is sent only to
 * the address it was checked against: after the address changes, the rep is asked for it again.
 */
import { createLushaClient, type LushaClient } from '@/lib/lusha';
import type { DataScope } from '@/lib/db';
import type { Sandbox } from '@/lib/sandbox';
import { createDemoSandbox } from '@/lib/chunks/sandbox';
import { NoKeyError } from './user-error';

export const LUSHA_BASE_URL = 'https://api.lusha.com';
/** The key of the demo account in the built-in sandbox (not a secret). */
export const DEMO_KEY = 'sandbox-key';

export interface ConnectionSettings {
  demoMode: boolean;
  /** Null for Lusha itself. */
  apiBaseUrl: string | null;
}

export interface ConnectionDeps {
  settings: () => Promise<ConnectionSettings>;
  apiKey: () => Promise<{ key: string; baseUrl: string } | null>;
  /** The built-in demo sandbox (tests give their own). */
  sandbox?: () => Promise<Sandbox>;
  fetch?: typeof fetch;
}

/** The address calls go to for these settings. */
export const baseUrlOf = (settings: ConnectionSettings) =>
  (settings.apiBaseUrl || LUSHA_BASE_URL).replace(/\/+$/, '').toLowerCase();

const hostOf = (url: string) => url.replace(/^https?:\/\//, '');

/** Creates the connection; the demo sandbox is built on first use and kept for the worker's life. */
export function createConnection(deps: ConnectionDeps) {
  let sandbox: Promise<Sandbox> | null = null;
  // Built on first use; if that fails (its chunk did not load), the next call tries again.
  const demoSandbox = () =>
    (sandbox ??= (deps.sandbox ? deps.sandbox() : Promise.resolve().then(createDemoSandbox)).catch(
      (error: unknown) => {
        sandbox = null;
        throw error;
      },
    ));
  const demoFetch: typeof fetch = async (input, init) =>
    (await demoSandbox()).handle(new Request(input, init));

  const demoClient = () =>
    createLushaClient({
      baseUrl: LUSHA_BASE_URL,
      getApiKey: async () => DEMO_KEY,
      fetch: demoFetch,
    });

  const live = (baseUrl: string) =>
    createLushaClient({
      baseUrl,
      getApiKey: async () => {
        const saved = await deps.apiKey();
        if (!saved) throw new NoKeyError();
        if (saved.baseUrl !== baseUrl) {
          throw new NoKeyError(
            `Your key was checked with ${hostOf(saved.baseUrl)}, and the API address is now ` +
              `${hostOf(baseUrl)}. Enter the key again in Settings to use it there.`,
          );
        }
        return saved.key;
      },
      fetch: deps.fetch,
    });

  return {
    async demo(): Promise<boolean> {
      return (await deps.settings()).demoMode;
    },
    /** The scope the settings choose now. */
    async scope(): Promise<DataScope> {
      return (await deps.settings()).demoMode ? 'demo' : 'live';
    },
    /** A client for the current settings, reading the key at each call. */
    async client(): Promise<LushaClient> {
      return this.clientFor(await this.scope());
    },
    /** A client for one scope whatever the settings say now (a journaled call's own). */
    async clientFor(scope: DataScope): Promise<LushaClient> {
      return scope === 'demo' ? demoClient() : live(baseUrlOf(await deps.settings()));
    },
    /** Starts the demo sandbox over (its balance and reveals), as a new browser session would. */
    async resetDemo(): Promise<void> {
      if (sandbox) (await sandbox).reset();
    },
    /** A client for a key that is not saved yet (at `address`, or the current one), to check it. */
    async clientForKey(
      key: string,
      address?: string,
    ): Promise<{ client: LushaClient; baseUrl: string }> {
      const settings = await deps.settings();
      const baseUrl = baseUrlOf(
        address === undefined ? settings : { ...settings, apiBaseUrl: address },
      );
      return {
        client: createLushaClient({ baseUrl, getApiKey: async () => key, fetch: deps.fetch }),
        baseUrl,
      };
    },
  };
}

export type Connection = ReturnType<typeof createConnection>;
