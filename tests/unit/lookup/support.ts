/** Builds the look-up pipeline over a real in-process sandbox, counting the requests it gets. */
import 'fake-indexeddb/auto';
import { storage } from 'wxt/utils/storage';
import { createHistoryStore } from '@/lib/history';
import { createLushaClient } from '@/lib/lusha';
import { createSandbox } from '@/lib/sandbox';
import { createAccountService, type AccountSummary } from '@/lib/lookup/account';
import { createBilling } from '@/lib/lookup/billing';
import { createApiQueue } from '@/lib/lookup/queue';
import { createPreviewCache } from '@/lib/lookup/cache';
import { createJournal } from '@/lib/lookup/journal';
import {
  createCreditLedger,
  emptyLedger,
  type CreditCaps,
  type LedgerData,
} from '@/lib/lookup/ledger';
import type { Preview } from '@/lib/lookup/previews';
import { freshDb } from '../support/db';

export const BASE = 'https://api.lusha.com';

/** `fetch` over the sandbox that records every API request (control routes left out). */
export function recordingFetch(sandbox = createSandbox()) {
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
  return { sandbox, requests, fetch };
}

export function sandboxPipeline(key = 'sandbox-key', sandboxToUse = createSandbox()) {
  const { sandbox, requests, fetch } = recordingFetch(sandboxToUse);
  const client = createLushaClient({ baseUrl: BASE, getApiKey: async () => key, fetch });
  const caps: CreditCaps = { daily: null, monthly: null };
  const control = async (path: string, init?: RequestInit) =>
    (await sandbox.handle(new Request(`${BASE}${path}`, init))).json();
  const state = async () =>
    (await control(`/__sandbox/state?key=${key}`)) as {
      credits: { remaining: number; used: number };
    };
  const fault = (spec: Record<string, unknown>) =>
    control('/__sandbox/faults', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(spec),
    });
  const db = freshDb();
  const queue = createApiQueue({ baseDelayMs: 5, maxDelayMs: 20 });
  const ledger = createCreditLedger(
    storage.defineItem<LedgerData>('local:ledger', { fallback: emptyLedger }),
  );
  const accountItem = storage.defineItem<AccountSummary | null>('local:testAccount', {
    fallback: null,
  });
  const account = createAccountService({
    client: async () => client,
    queue,
    demo: async () => false,
    load: () => accountItem.getValue(),
    save: (summary) => accountItem.setValue(summary),
    sleep: async () => undefined,
  });
  const pipeline = {
    sandbox,
    requests,
    client,
    caps,
    state,
    fault,
    db,
    queue,
    ledger,
    account,
    history: createHistoryStore(db),
    journal: createJournal(db),
    cache: createPreviewCache<Preview>({
      db,
      scope: 'live',
      ttlMs: 86_400_000,
      lushaIdOf: (p) => (p.status === 'found' ? p.data.id : undefined),
    }),
  };
  return {
    ...pipeline,
    billing: createBilling({ queue, ledger, caps: async () => caps, account }),
  };
}
