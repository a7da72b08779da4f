/** Builds the look-up pipeline over a real in-process sandbox, counting the requests it gets. */
import { storage } from 'wxt/utils/storage';
import { createLushaClient } from '@/lib/lusha';
import { createSandbox } from '@/lib/sandbox';
import { createApiQueue } from '@/lib/lookup/queue';
import { createPreviewCache } from '@/lib/lookup/cache';
import {
  createCreditLedger,
  emptyLedger,
  type CreditCaps,
  type LedgerData,
} from '@/lib/lookup/ledger';
import type { Preview } from '@/lib/lookup/previews';

export const BASE = 'https://api.lusha.com';

export function sandboxPipeline(key = 'sandbox-key') {
  const sandbox = createSandbox();
  const requests: { path: string; body: unknown }[] = [];
  const fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = new Request(input, init);
    const url = new URL(request.url);
    if (!url.pathname.startsWith('/__sandbox')) {
      requests.push({
        path: url.pathname,
        body: init?.body ? JSON.parse(String(init.body)) : null,
      });
    }
    return sandbox.handle(request);
  };
  const client = createLushaClient({ baseUrl: BASE, getApiKey: async () => key, fetch });
  const caps: CreditCaps = { daily: null, monthly: null };
  const state = async () =>
    (await (await sandbox.handle(new Request(`${BASE}/__sandbox/state?key=${key}`))).json()) as {
      credits: { remaining: number; used: number };
    };
  return {
    sandbox,
    requests,
    client,
    caps,
    state,
    queue: createApiQueue({ baseDelayMs: 5, maxDelayMs: 20 }),
    cache: createPreviewCache<Preview>({ prefix: 'preview:', ttlMs: 86_400_000 }),
    ledger: createCreditLedger(
      storage.defineItem<LedgerData>('local:ledger', { fallback: emptyLedger }),
    ),
  };
}
