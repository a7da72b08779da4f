/**
 * Search previews: what Lusha has on each person or company and what revealing it costs.
 * Cached per target key (showing it again is free), batched (one request per short window,
 * at most 100), never searched twice at once, charged against the caps, recorded in the
 * ledger, and saved to the cache before anyone sees it.
 */
import type { CompanyPreview, ContactPreview, LushaClient, LushaResult } from '@/lib/lusha';
import { createBatcher, type Batcher } from './batcher';
import type { Billing } from './billing';
import type { PreviewCache } from './cache';
import { estimateCredits, type Pricing } from './pricing';
import {
  companySearchItem,
  contactSearchItem,
  type CompanyTarget,
  type LookupTarget,
  type PersonTarget,
} from './targets';
import { toUserError, type UserError } from './user-error';

/** A preview as cached and shown: found (with Lusha's preview) or not, per Lusha's item error. */
export type Preview =
  | { status: 'found'; kind: 'person'; data: ContactPreview; fetchedAt: number }
  | { status: 'found'; kind: 'company'; data: CompanyPreview; fetchedAt: number }
  | {
      status: 'missing';
      kind: 'person' | 'company';
      code: string;
      message: string;
      fetchedAt: number;
    };

/** A preview, or why it could not be had this time (nothing is cached for a failure). */
export type PreviewOutcome = Preview | { status: 'failed'; error: UserError };

export interface PreviewServiceDeps {
  client: () => Promise<LushaClient>;
  billing: Billing;
  cache: PreviewCache<Preview>;
  pricing: () => Promise<Pricing>;
  now?: () => number;
  windowMs?: number;
}

/** Per-item answers that say Lusha has nothing to show: kept in the cache like a preview. */
const MISSING_WORDS: Record<string, string> = {
  NOT_FOUND: 'Lusha has no profile for this one.',
  COMPLIANCE_RESTRICTED: 'Lusha restricts this profile for compliance (privacy law).',
  NO_SCORE: 'Lusha has no data to show for this one.',
};

/** One item of a search that came back without a usable answer; never cached. */
export class ItemFailedError extends Error {
  readonly kind = 'itemFailed';
  constructor(readonly userMessage: string) {
    super(userMessage);
    this.name = 'ItemFailedError';
  }
}

type Result = (ContactPreview | CompanyPreview) & { unreadable?: boolean };

/** The preview of one answer item, or the error that it could not be had (not cached). */
function toPreview(kind: 'person' | 'company', result: Result | undefined, at: number): Preview | Error {
  if (!result) return new ItemFailedError('Lusha’s answer left this one out. Try again.');
  if (result.unreadable) return new ItemFailedError('Lusha’s answer for this one could not be read. Try again.');
  const code = result.error?.code;
  if (code && MISSING_WORDS[code]) {
    return { status: 'missing', kind, code, message: MISSING_WORDS[code], fetchedAt: at };
  }
  if (result.error || !result.id) {
    const said = result.error?.message ? ` Lusha says: “${result.error.message.slice(0, 200)}”` : '';
    return new ItemFailedError(`Lusha could not look this one up.${said} Try again later.`);
  }
  return kind === 'person'
    ? { status: 'found', kind, data: result as ContactPreview, fetchedAt: at }
    : { status: 'found', kind, data: result as CompanyPreview, fetchedAt: at };
}

/** The preview service; one per service worker. */
export function createPreviewService(deps: PreviewServiceDeps) {
  const now = deps.now ?? Date.now;
  /** What each key asks for, read when its batch runs. Keys are few per worker lifetime. */
  const targets = new Map<string, LookupTarget>();

  async function searchBatch(kind: 'person' | 'company', keys: string[]) {
    const list = keys.map((k) => targets.get(k)).filter((t): t is LookupTarget => !!t);
    const client = await deps.client();
    const { result } = await deps.billing.call({
      id: `search:${crypto.randomUUID()}`,
      action: kind === 'person' ? 'searchContacts' : 'searchCompanies',
      estimate: estimateCredits(await deps.pricing(), 'api_search', list.length),
      repeatable: false,
      send: (): Promise<LushaResult<{ results?: Result[] }>> =>
        kind === 'person'
          ? client.searchContacts({
              contacts: list.map((t) => contactSearchItem(t as PersonTarget)),
            })
          : client.searchCompanies({
              companies: list.map((t) => companySearchItem(t as CompanyTarget)),
            }),
    });
    const byRef = new Map<string, Result>();
    const items = result.data.results ?? [];
    for (const item of items) {
      if (item.clientReferenceId) byRef.set(item.clientReferenceId, item);
    }
    // An unreadable item has lost its reference: the keys left without an answer are those.
    const lostOne = items.some((item) => item.unreadable);
    const at = now();
    const outcomes = new Map(
      keys.map((k) => [k, toPreview(kind, byRef.get(k) ?? (lostOne ? { unreadable: true } : undefined), at)]),
    );
    const previews = new Map(
      [...outcomes].filter((e): e is [string, Preview] => !(e[1] instanceof Error)),
    );
    await deps.cache.setMany(previews);
    return outcomes;
  }

  const batchers: Record<'person' | 'company', Batcher<string, Preview>> = {
    person: createBatcher({ run: (keys) => searchBatch('person', keys), windowMs: deps.windowMs }),
    company: createBatcher({
      run: (keys) => searchBatch('company', keys),
      windowMs: deps.windowMs,
    }),
  };

  return {
    /** Cached previews only: free, no API call. */
    async cached(list: LookupTarget[]): Promise<Map<string, Preview>> {
      const hits = await deps.cache.getMany(list.map((t) => t.key));
      return new Map([...hits].map(([key, entry]) => [key, entry.value]));
    },

    /** Previews for every target: from the cache, or searched (billed) in batches. */
    async preview(list: LookupTarget[]): Promise<Map<string, PreviewOutcome>> {
      const outcomes: Map<string, PreviewOutcome> = await this.cached(list);
      const misses = list.filter((t) => !outcomes.has(t.key));
      await Promise.all(
        misses.map(async (target) => {
          targets.set(target.key, target);
          try {
            outcomes.set(target.key, await batchers[target.kind].load(target.key));
          } catch (error) {
            outcomes.set(target.key, { status: 'failed', error: toUserError(error) });
          }
        }),
      );
      return outcomes;
    },
  };
}

export type PreviewService = ReturnType<typeof createPreviewService>;

/**
 * The preview as it stands after `fields` of it were revealed: those fields (and, for a
 * company, the base record) cost nothing any more, as Lusha's next search would say.
 */
export function markRevealed(preview: Preview, fields: readonly string[]): Preview {
  if (preview.status !== 'found') return preview;
  const free = new Set(fields);
  const canReveal = (preview.data.canReveal ?? []).map((item) =>
    item.field && free.has(item.field) ? { ...item, credits: 0 } : item,
  );
  return { ...preview, data: { ...preview.data, canReveal } } as Preview;
}
