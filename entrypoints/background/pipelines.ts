/**
 * The background's services, built once per worker: the connection, the API queue, and one
 * pipeline per scope (live Lusha data and the demo sandbox's never share a cache, a ledger or
 * an account). Everything that matters is in storage, so a stopped worker loses nothing.
 */
import type { DataScope } from '@/lib/db';
import { lensDb } from '@/lib/db';
import { migrate } from '@/lib/db/migrations';
import { createHistoryStore } from '@/lib/history';
import { createAccountService } from '@/lib/lookup/account';
import { createBilling } from '@/lib/lookup/billing';
import { createPreviewCache } from '@/lib/lookup/cache';
import { createConnection } from '@/lib/lookup/connection';
import { createEnrichService } from '@/lib/lookup/enrich';
import { createJournal } from '@/lib/lookup/journal';
import { createCreditLedger } from '@/lib/lookup/ledger';
import { createPreviewService, type Preview } from '@/lib/lookup/previews';
import { createApiQueue } from '@/lib/lookup/queue';
import { createApiKeyStore } from '@/lib/secrets';
import { readSettings } from '@/lib/settings';
import {
  accountItem,
  apiWaitItem,
  demoAccountItem,
  demoLedgerItem,
  ledgerItem,
  settingsItem,
} from '@/lib/storage';

const PREVIEW_TTL_MS = 7 * 86_400_000;

export const settings = async () => readSettings(await settingsItem.getValue());
export const keys = createApiKeyStore();
export const connection = createConnection({ settings, apiKey: () => keys.get() });
export const queue = createApiQueue({ onWait: (wait) => void apiWaitItem.setValue(wait) });
export const db = lensDb();
export const history = createHistoryStore(db);
export const journal = createJournal(db);

let migrated: Promise<unknown> | null = null;

/**
 * Old storage moved into the database; every handler that reads it waits for this. It starts
 * when first awaited (the worker's start awaits it in `recoverAndPrune`), not when this module
 * is imported: the build imports the background in Node to read its options.
 */
export const ready: PromiseLike<unknown> = {
  then: (onDone, onFailed) =>
    (migrated ??= migrate(db).catch((error: unknown) => {
      console.error(
        'Prospect Lens: data migration failed; it is tried again at the next start',
        error,
      );
    })).then(onDone, onFailed),
};

function pipeline(scope: DataScope) {
  const demo = scope === 'demo';
  const ledger = createCreditLedger(demo ? demoLedgerItem : ledgerItem);
  const item = demo ? demoAccountItem : accountItem;
  const client = () => connection.clientFor(scope);
  const account = createAccountService({
    client,
    queue,
    demo: async () => demo,
    load: () => item.getValue(),
    save: (summary) => item.setValue(summary),
  });
  const caps = async () => (demo ? { daily: null, monthly: null } : (await settings()).caps);
  const billing = createBilling({ queue, ledger, caps, account });
  const cache = createPreviewCache<Preview>({
    db,
    scope,
    ttlMs: PREVIEW_TTL_MS,
    lushaIdOf: (p) => (p.status === 'found' ? p.data.id : undefined),
  });
  return {
    scope,
    ledger,
    account,
    cache,
    billing,
    caps,
    previews: createPreviewService({
      client,
      billing,
      cache,
      pricing: async () => (await account.get()).pricing,
    }),
    enrich: createEnrichService({ client, billing, history, journal, scope }),
  };
}

export type Pipeline = ReturnType<typeof pipeline>;

export const pipelines: Record<DataScope, Pipeline> = {
  live: pipeline('live'),
  demo: pipeline('demo'),
};

/** The pipeline of the mode the rep is in now. */
export const current = async (): Promise<Pipeline> => pipelines[await connection.scope()];

/** Finishes reveals a stopped worker left open, then drops old journal entries and previews. */
export async function recoverAndPrune(): Promise<void> {
  await ready;
  for (const scope of ['live', 'demo'] as const) {
    await pipelines[scope].enrich.recover().catch(() => undefined);
    await pipelines[scope].cache.prune().catch(() => 0);
  }
  await journal.prune().catch(() => 0);
}
