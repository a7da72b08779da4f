/**
 * The look-up handlers: key, account, previews, enrich and history. Services are built once per
 * worker; everything that matters is in storage, so a stopped worker loses nothing.
 */
import { registrableDomain } from '@/lib/detect';
import { createHistoryStore, type HistoryEntry } from '@/lib/history';
import {
  companyByDomain,
  companyByLinkedIn,
  createAccountService,
  createApiQueue,
  createConnection,
  createCreditLedger,
  createEnrichService,
  createPreviewCache,
  createPreviewService,
  markRevealed,
  personByEmail,
  personByLinkedIn,
  summarizeUsage,
  toUserError,
  type CreditLedger,
  type LookupTarget,
  type Preview,
} from '@/lib/lookup';
import type { Handlers } from '@/lib/messaging';
import type { Outcome, TargetInput } from '@/lib/messaging/lookup';
import { createApiKeyStore } from '@/lib/secrets';
import { readSettings } from '@/lib/settings';
import {
  accountItem,
  apiWaitItem,
  demoLedgerItem,
  historyItem,
  ledgerItem,
  settingsItem,
} from '@/lib/storage';

const PREVIEW_TTL_MS = 7 * 86_400_000;

const settings = async () => readSettings(await settingsItem.getValue());
const keys = createApiKeyStore();
const connection = createConnection({ settings, apiKey: keys.get });
const queue = createApiQueue({ onWait: (wait) => void apiWaitItem.setValue(wait) });
const history = createHistoryStore(historyItem);
const account = createAccountService({
  client: connection.client,
  queue,
  demo: connection.demo,
  load: () => accountItem.getValue(),
  save: (summary) => accountItem.setValue(summary),
});

/** Every billed response lowers the shown balance at once, as well as going in the ledger. */
function withBalance(ledger: CreditLedger): CreditLedger {
  return {
    ...ledger,
    async record(action, credits) {
      await ledger.record(action, credits);
      await account.applyCharge(credits);
    },
  };
}

/** Demo data and the rep's own Lusha data never share a cache or a ledger. */
function pipeline(demo: boolean) {
  const ledger = withBalance(createCreditLedger(demo ? demoLedgerItem : ledgerItem));
  const caps = async () => (demo ? { daily: null, monthly: null } : (await settings()).caps);
  const cache = createPreviewCache<Preview>({
    prefix: demo ? 'preview:demo:' : 'preview:live:',
    ttlMs: PREVIEW_TTL_MS,
  });
  const common = { client: connection.client, queue, ledger, caps };
  return {
    cache,
    previews: createPreviewService({
      ...common,
      cache,
      pricing: async () => (await account.get()).pricing,
    }),
    enrich: createEnrichService({ ...common, history, demo: async () => demo }),
  };
}

const pipelines = { live: pipeline(false), demo: pipeline(true) };
const current = async () => ((await settings()).demoMode ? pipelines.demo : pipelines.live);

/** Rebuilds a target from validated fields, so its key is always the normalised one. */
export function toTarget(input: TargetInput): LookupTarget {
  switch (input.by) {
    case 'linkedin':
      return personByLinkedIn(input.linkedinUrl);
    case 'email':
      return personByEmail(input.email);
    case 'domain':
      return companyByDomain(registrableDomain(input.domain) ?? input.domain.toLowerCase());
    case 'name':
      if (input.kind === 'company') {
        return input.linkedinUrl
          ? companyByLinkedIn(input.linkedinUrl)
          : {
              kind: 'company',
              by: 'name',
              name: input.name,
              key: `company:name:${input.name}`.toLowerCase(),
            };
      }
      return {
        ...input,
        key: `person:name:${input.firstName} ${input.lastName}@${input.companyDomain ?? input.companyName ?? ''}`.toLowerCase(),
      };
  }
}

async function outcome<T>(work: () => Promise<T>): Promise<Outcome<T>> {
  try {
    return { ok: true, value: await work() };
  } catch (error) {
    return { ok: false, error: toUserError(error) };
  }
}

/** Forgets what belonged to the previous key: its balance and its previews. */
async function forgetAccount() {
  await account.forget();
  await pipelines.live.cache.clear();
}

const today = () => new Date().toISOString().slice(0, 10);

/** Handlers of the look-up messages (extension pages only; see lib/messaging/lookup). */
export const lookupHandlers: Pick<
  Handlers,
  | 'getKeyStatus'
  | 'saveApiKey'
  | 'removeApiKey'
  | 'getAccount'
  | 'previewTargets'
  | 'enrich'
  | 'getHistory'
  | 'findRevealed'
  | 'exportHistory'
> = {
  getKeyStatus: () => keys.status(),
  saveApiKey: ({ key }) =>
    outcome(async () => {
      // Checked with the free usage call before it is saved: a wrong key is never stored.
      // The rep is waiting on this check: one try, and the real reason if it fails.
      const client = await connection.clientForKey(key);
      const { data, rateLimit } = await queue.run(() => client.getAccountUsage(), {
        bucket: 'usage',
        maxAttempts: 1,
      });
      await keys.set(key);
      await forgetAccount();
      const summary = summarizeUsage(data, rateLimit, Date.now(), false);
      if (!(await settings()).demoMode) await accountItem.setValue(summary);
      return summary;
    }),
  removeApiKey: async () => {
    await keys.remove();
    await forgetAccount();
    return keys.status();
  },
  getAccount: ({ refresh }) => outcome(() => account.get({ refresh })),
  previewTargets: async ({ targets, search }) => {
    const list = targets.map(toTarget);
    const { previews } = await current();
    const found = search ? await previews.preview(list) : await previews.cached(list);
    return { keys: list.map((t) => t.key), outcomes: Object.fromEntries(found) };
  },
  enrich: async (request) =>
    outcome(async () => {
      const { enrich, cache } = await current();
      const result = await enrich.enrich(request);
      // Cached previews of who was just revealed now show those fields as free.
      const revealed = new Set(result.entries.map((e) => e.id));
      await cache.updateWhere((preview) =>
        preview.status === 'found' && preview.data.id && revealed.has(preview.data.id)
          ? markRevealed(preview, request.reveal)
          : null,
      );
      return result;
    }),
  getHistory: ({ query }) => history.search(query ?? ''),
  findRevealed: async ({ identifiers }) =>
    Object.fromEntries(await history.findRevealed(identifiers)) as Record<string, HistoryEntry>,
  exportHistory: async () => ({
    csv: await history.toCsv(),
    filename: `prospect-lens-history-${today()}.csv`,
  }),
};

/** Drops expired previews; run at browser start-up. */
export async function pruneCaches(): Promise<void> {
  await Promise.all([pipelines.live.cache.prune(), pipelines.demo.cache.prune()]);
}
