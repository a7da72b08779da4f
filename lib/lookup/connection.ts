/**
 * Which Lusha the extension talks to: the real API with the rep's key, another base URL set
 * under "advanced" (the sandbox over HTTP), or, in demo mode, the sandbox running inside the
 * service worker with no key and no network.
 */
import { createLushaClient, type LushaClient } from '@/lib/lusha';
import { createSandbox, type Sandbox } from '@/lib/sandbox';
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
  apiKey: () => Promise<string | null>;
  fetch?: typeof fetch;
}

/** Creates the connection; the demo sandbox is built on first use and kept for the worker's life. */
export function createConnection(deps: ConnectionDeps) {
  let sandbox: Sandbox | null = null;
  const demoSandbox = () => (sandbox ??= createSandbox());
  const demoFetch: typeof fetch = async (input, init) =>
    demoSandbox().handle(new Request(input, init));

  const live = (baseUrl: string | null) =>
    createLushaClient({
      baseUrl: baseUrl || LUSHA_BASE_URL,
      getApiKey: async () => {
        const key = await deps.apiKey();
        if (!key) throw new NoKeyError();
        return key;
      },
      fetch: deps.fetch,
    });

  return {
    async demo(): Promise<boolean> {
      return (await deps.settings()).demoMode;
    },
    /** A client for the current settings, reading the key at each call. */
    async client(): Promise<LushaClient> {
      const { demoMode, apiBaseUrl } = await deps.settings();
      if (demoMode) {
        return createLushaClient({
          baseUrl: LUSHA_BASE_URL,
          getApiKey: async () => DEMO_KEY,
          fetch: demoFetch,
        });
      }
      return live(apiBaseUrl);
    },
    /** A client for a key that is not saved yet, to check it before saving. */
    async clientForKey(key: string): Promise<LushaClient> {
      const { apiBaseUrl } = await deps.settings();
      return createLushaClient({
        baseUrl: apiBaseUrl || LUSHA_BASE_URL,
        getApiKey: async () => key,
        fetch: deps.fetch,
      });
    },
  };
}

export type Connection = ReturnType<typeof createConnection>;
