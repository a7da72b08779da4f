/**
 * The look-up handlers: key, account, previews, enrich and history (extension pages only; see
 * lib/messaging/lookup). Services live in ./pipelines.
 */
import { registrableDomain } from '@/lib/chunks/domains';
import type { HistoryEntry } from '@/lib/history';
import type { EnrichOutcome } from '@/lib/lookup/enrich';
import { summarizeUsage } from '@/lib/lookup/account';
import { markRevealed } from '@/lib/lookup/previews';
import {
  companyByDomain,
  companyByLinkedIn,
  personByEmail,
  personByLinkedIn,
  type LookupTarget,
} from '@/lib/lookup/targets';
import { NoKeyError, toUserError } from '@/lib/lookup/user-error';
import type { Handlers } from '@/lib/messaging';
import type { Outcome, TargetInput } from '@/lib/messaging/lookup';
import { accountItem, settingsItem } from '@/lib/storage';
import { browser } from 'wxt/browser';
import { apiBase, apiBaseUrlProblem, readSettings } from '@/lib/settings';
import {
  connection,
  current,
  history,
  journal,
  keys,
  pipelines,
  queue,
  ready,
  settings,
  type Pipeline,
} from './pipelines';

/** Rebuilds a target from validated fields, so its key is always the normalised one. */
export function toTarget(input: TargetInput): LookupTarget {
  switch (input.by) {
    case 'linkedin':
      return personByLinkedIn(input.linkedinUrl, input.label);
    case 'email':
      return personByEmail(input.email);
    case 'domain':
      return companyByDomain(registrableDomain(input.domain) ?? input.domain.toLowerCase());
    case 'name':
      if (input.kind === 'company') {
        return input.linkedinUrl
          ? companyByLinkedIn(input.linkedinUrl, input.label)
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

/** Runs `work`; its value, or the error in words (a UserError). */
export async function outcome<T>(work: () => Promise<T>): Promise<Outcome<T>> {
  try {
    return { ok: true, value: await work() };
  } catch (error) {
    return { ok: false, error: toUserError(error) };
  }
}

/** An address a key may be sent to: https (http on loopback) and allowed by the rep. */
async function checkAddress(address: string): Promise<void> {
  const problem = apiBaseUrlProblem(address);
  if (problem) throw new NoKeyError(problem);
  if (!(await browser.permissions.contains({ origins: [`${address}/*`] }))) {
    throw new NoKeyError(`The browser has not allowed ${address.replace(/^https?:\/\//, '')} yet.`);
  }
}

/** Forgets what belonged to the previous key: its balance and its previews. */
async function forgetAccount() {
  await pipelines.live.account.forget();
  await pipelines.live.cache.clear();
}

const today = () => new Date().toISOString().slice(0, 10);

/**
 * A new API address is another account: what was kept of the old one (balance, previews) is
 * forgotten, so nothing of it shows as the new one's. Call synchronously in the background's main.
 */
export function registerAddressWatch(): void {
  settingsItem.watch((next, previous) => {
    const base = (value: unknown) => apiBase(readSettings(value));
    if (base(next) !== base(previous)) void forgetAccount();
  });
}

/** Reveals, then marks the revealed fields free in cached previews of those people. */
async function reveal(p: Pipeline, request: Parameters<Pipeline['enrich']['enrich']>[0]) {
  const result = await p.enrich.enrich(request);
  const revealed = result.entries.map((e) => e.id);
  const fields = request.kind === 'company' ? ['company', ...request.reveal] : request.reveal;
  await p.cache
    .updateByLushaIds(revealed, (preview) => markRevealed(preview, fields))
    .catch(() => 0);
  return result;
}

/** Handlers of the look-up messages (extension pages only; see lib/messaging/lookup). */
export const lookupHandlers: Pick<
  Handlers,
  | 'getKeyStatus'
  | 'saveApiKey'
  | 'removeApiKey'
  | 'getAccount'
  | 'previewTargets'
  | 'enrich'
  | 'getReveal'
  | 'getSpend'
  | 'registrableDomain'
  | 'getHistory'
  | 'findRevealed'
  | 'exportHistory'
> = {
  getKeyStatus: () => keys.status(),
  saveApiKey: ({ key, baseUrl: address }) =>
    outcome(async () => {
      const next = address?.trim().replace(/\/+$/, '') || undefined;
      if (next) await checkAddress(next);
      // Checked with the free usage call before it is saved: a wrong key is never stored.
      // The rep is waiting on this check: one try, and the real reason if it fails.
      const { client, baseUrl } = await connection.clientForKey(key, next);
      const { data, rateLimit } = await queue.run(() => client.getAccountUsage(), {
        bucket: 'usage',
        maxAttempts: 1,
      });
      await keys.set(key, baseUrl);
      if (next)
        await settingsItem.setValue({
          ...readSettings(await settingsItem.getValue()),
          apiBaseUrl: next,
        });
      await forgetAccount();
      const summary = summarizeUsage(data, rateLimit, Date.now(), false);
      await accountItem.setValue(summary);
      return summary;
    }),
  removeApiKey: async () => {
    await keys.remove();
    await forgetAccount();
    return keys.status();
  },
  getAccount: ({ refresh }) => outcome(async () => (await current()).account.get({ refresh })),
  previewTargets: async ({ targets, search }) => {
    await ready;
    const list = targets.map(toTarget);
    const { previews } = await current();
    const found = search ? await previews.preview(list) : await previews.cached(list);
    return { keys: list.map((t) => t.key), outcomes: Object.fromEntries(found) };
  },
  enrich: async (request) => {
    await ready;
    return outcome(async () => reveal(await current(), request));
  },
  getReveal: async ({ requestId }) => {
    await ready;
    const entry = await journal.get(requestId);
    if (!entry) return { status: 'unknown' };
    if (entry.status === 'failed') return { status: 'failed' };
    // A search-and-enrich entry is answered by its own message, never finished as an enrich.
    if ((entry.request as { op?: unknown }).op) {
      if (entry.status !== 'done') return { status: 'open' };
      return { status: 'done', outcome: { ok: true, value: entry.outcome as EnrichOutcome } };
    }
    // Open: finish it now (joins the finishing a restart already began); done: its outcome.
    const p = pipelines[entry.scope];
    const done = await outcome(() => p.enrich.enrich(entry.request as EnrichRequestData));
    return { status: done.ok ? 'done' : 'open', outcome: done as Outcome<EnrichOutcome> };
  },
  registrableDomain: ({ host }) => ({ domain: registrableDomain(host) }),
  getSpend: async () => {
    const p = await current();
    const spent = await p.ledger.spent();
    return { today: spent.today, month: spent.month, held: spent.held, caps: await p.caps() };
  },
  getHistory: async ({ query, offset, limit }) => {
    await ready;
    const scope = await connection.scope();
    const page = await history.search({ query, offset, limit, scope });
    // The History view's first page: the rep may type next, so its rows are read ahead.
    if (!query?.trim() && !offset) void history.warm(scope).catch(() => undefined);
    return page;
  },
  findRevealed: async ({ identifiers }) => {
    await ready;
    const found = await history.findRevealed(identifiers, await connection.scope());
    return Object.fromEntries(found) as Record<string, HistoryEntry>;
  },
  exportHistory: async ({ query }) => {
    await ready;
    const scope = await connection.scope();
    const { entries } = await history.search({ query, scope, limit: 0 });
    return {
      csv: history.toCsv(entries),
      filename: `prospect-lens-history-${today()}${query?.trim() ? '-search' : ''}.csv`,
    };
  },
};

type EnrichRequestData = Parameters<Pipeline['enrich']['enrich']>[0];

export { settings };
