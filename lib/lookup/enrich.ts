/**
 * Enrich: the only place credits are spent on reveals, and only when the rep confirmed the
 * total in the side panel. The call is checked against the caps, made once (a repeat of the
 * same request in flight gets the same answer), recorded in the ledger, and its result saved
 * to the history before anyone sees it.
 */
import { normalizeLinkedInUrl, registrableDomain } from '@/lib/detect';
import type { HistoryEntry, HistoryStore, RevealedCompany, RevealedPerson } from '@/lib/history';
import type {
  CompanyRevealField,
  ContactRevealField,
  EnrichedCompany,
  EnrichedContact,
  LushaClient,
} from '@/lib/lusha';
import type { CreditCaps, CreditLedger } from './ledger';
import type { ApiQueue } from './queue';

export type EnrichRequest =
  | { kind: 'person'; ids: string[]; reveal: ContactRevealField[]; expectedCredits: number }
  | { kind: 'company'; ids: string[]; reveal: CompanyRevealField[]; expectedCredits: number };

/** What one confirmed enrich gave: the saved entries and the ids Lusha could not reveal. */
export interface EnrichOutcome {
  entries: HistoryEntry[];
  failures: { id: string; code: string; message: string }[];
  creditsCharged: number;
}

export interface EnrichServiceDeps {
  client: () => Promise<LushaClient>;
  queue: ApiQueue;
  ledger: CreditLedger;
  caps: () => Promise<CreditCaps>;
  history: HistoryStore;
  /** True when the calls go to the built-in demo sandbox. */
  demo: () => Promise<boolean>;
  now?: () => number;
}

const canonicalLinkedIn = (url: string | undefined) =>
  (url && normalizeLinkedInUrl(url)?.url) || url || undefined;

/** Lusha writes domains as `www.lusha.com`; history matches pages by registrable domain. */
const siteDomain = (domain: string | undefined) =>
  (domain && registrableDomain(domain)) || domain || undefined;

function personEntry(
  c: EnrichedContact,
  base: Omit<RevealedPerson, 'kind' | 'name' | 'emails' | 'phones'>,
): RevealedPerson {
  const location = [c.location?.city, c.location?.country].filter(Boolean).join(', ');
  return {
    ...base,
    kind: 'person',
    name: c.fullName ?? [c.firstName, c.lastName].filter(Boolean).join(' '),
    title: c.jobTitle?.title,
    companyName: c.company?.name,
    companyDomain: siteDomain(c.company?.domain),
    location: location || undefined,
    linkedinUrl: canonicalLinkedIn(c.socialLinks?.linkedin),
    emails: (c.emails ?? []).map((e) => ({
      email: e.email,
      type: e.type,
      confidence: e.confidence ?? undefined,
    })),
    phones: (c.phones ?? []).map((p) => ({
      number: p.number,
      type: p.type,
      doNotCall: p.doNotCall,
    })),
  };
}

const COMPANY_BASICS = new Set(['id', 'name', 'domain', 'industry', 'socialLinks', 'error']);

function companyEntry(
  c: EnrichedCompany,
  base: Omit<RevealedCompany, 'kind' | 'name' | 'fields'>,
): RevealedCompany {
  return {
    ...base,
    kind: 'company',
    name: c.name ?? c.domain ?? base.id,
    domain: siteDomain(c.domain),
    industry: c.industry,
    linkedinUrl: canonicalLinkedIn(c.socialLinks?.linkedin),
    fields: Object.fromEntries(Object.entries(c).filter(([k]) => !COMPANY_BASICS.has(k))),
  };
}

/** The enrich service; one per service worker. */
export function createEnrichService(deps: EnrichServiceDeps) {
  const now = deps.now ?? Date.now;
  const inFlight = new Map<string, Promise<EnrichOutcome>>();

  async function run(request: EnrichRequest): Promise<EnrichOutcome> {
    await deps.ledger.check(await deps.caps(), request.expectedCredits);
    const client = await deps.client();
    const { data, billing } = await deps.queue.run(
      (): Promise<{
        data: { results?: (EnrichedContact | EnrichedCompany)[] };
        billing: { creditsCharged?: number } | null;
      }> =>
        request.kind === 'person'
          ? client.enrichContacts({ ids: request.ids, reveal: request.reveal })
          : client.enrichCompanies({
              ids: request.ids,
              ...(request.reveal.length ? { reveal: request.reveal } : {}),
            }),
    );
    const creditsCharged = billing?.creditsCharged ?? 0;
    await deps.ledger.record(
      request.kind === 'person' ? 'enrichContacts' : 'enrichCompanies',
      creditsCharged,
    );
    const results = data.results ?? [];
    const ok = results.filter((r) => r.id && !r.error);
    const share = ok.length ? Math.round((creditsCharged / ok.length) * 100) / 100 : 0;
    const base = { revealedAt: now(), creditsCharged: share, demo: await deps.demo() };
    const entries: HistoryEntry[] = ok.map((r) =>
      request.kind === 'person'
        ? personEntry(r as EnrichedContact, { ...base, id: r.id! })
        : companyEntry(r as EnrichedCompany, { ...base, id: r.id! }),
    );
    // Saved before it is shown: a closed panel or a stopped worker loses nothing paid for.
    await deps.history.save(entries);
    const returned = new Set(ok.map((r) => r.id));
    const failures = request.ids
      .filter((id) => !returned.has(id))
      .map((id) => {
        const error = results.find((r) => r.id === id)?.error;
        return {
          id,
          code: error?.code ?? 'NOT_FOUND',
          message: error?.message ?? 'Lusha returned nothing for this one.',
        };
      });
    return { entries, failures, creditsCharged };
  }

  return {
    /** Reveals what the rep confirmed. The same request while one is in flight is not sent again. */
    enrich(request: EnrichRequest): Promise<EnrichOutcome> {
      const key = JSON.stringify([
        request.kind,
        [...request.ids].sort(),
        [...request.reveal].sort(),
      ]);
      let promise = inFlight.get(key);
      if (!promise) {
        promise = run(request).finally(() => inFlight.delete(key));
        inFlight.set(key, promise);
      }
      return promise;
    },
  };
}

export type EnrichService = ReturnType<typeof createEnrichService>;
