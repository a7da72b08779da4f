/**
 * Search previews: what Lusha has on each person or company and what revealing it costs.
 * Cached per target key (showing it again is free), batched (one request per short window,
 * at most 100), never searched twice at once, charged against the caps, recorded in the
 * ledger, and saved to the cache before anyone sees it.
 */
import type { CompanyPreview, ContactPreview, LushaClient } from '@/lib/lusha';
import { createBatcher, type Batcher } from './batcher';
import type { PreviewCache } from './cache';
import type { CreditCaps, CreditLedger } from './ledger';
import { estimateCredits, type Pricing } from './pricing';
import type { ApiQueue } from './queue';
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
  queue: ApiQueue;
  cache: PreviewCache<Preview>;
  ledger: CreditLedger;
  caps: () => Promise<CreditCaps>;
  pricing: () => Promise<Pricing>;
  now?: () => number;
  windowMs?: number;
}

const MISSING_WORDS: Record<string, string> = {
  NOT_FOUND: 'Lusha has no profile for this one.',
  COMPLIANCE_RESTRICTED: 'Lusha restricts this profile for compliance (privacy law).',
  ENRICH_FAILED: 'Lusha could not look this one up. Try again later.',
};

type Result = ContactPreview | CompanyPreview;

function toPreview(kind: 'person' | 'company', result: Result | undefined, at: number): Preview {
  if (!result || result.error || !result.id) {
    const code = result?.error?.code ?? 'NOT_FOUND';
    const message = MISSING_WORDS[code] ?? result?.error?.message ?? MISSING_WORDS.NOT_FOUND!;
    return { status: 'missing', kind, code, message, fetchedAt: at };
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
    await deps.ledger.check(
      await deps.caps(),
      estimateCredits(await deps.pricing(), 'api_search', list.length),
    );
    const client = await deps.client();
    const { data, billing } = await deps.queue.run(
      (): Promise<{ data: { results?: Result[] }; billing: { creditsCharged?: number } | null }> =>
        kind === 'person'
          ? client.searchContacts({
              contacts: list.map((t) => contactSearchItem(t as PersonTarget)),
            })
          : client.searchCompanies({
              companies: list.map((t) => companySearchItem(t as CompanyTarget)),
            }),
    );
    const action = kind === 'person' ? 'searchContacts' : 'searchCompanies';
    await deps.ledger.record(action, billing?.creditsCharged ?? 0);
    const byRef = new Map<string, Result>();
    for (const result of data.results ?? []) {
      if (result.clientReferenceId) byRef.set(result.clientReferenceId, result);
    }
    const at = now();
    const previews = new Map(keys.map((k) => [k, toPreview(kind, byRef.get(k), at)]));
    await deps.cache.setMany(previews);
    return previews as Map<string, Preview | Error>;
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
