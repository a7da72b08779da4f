/**
 * History entries from enrich answers: what a revealed person or company is kept as.
 */
import { normalizeLinkedInUrl } from '@/lib/detect';
import { registrableDomain } from '@/lib/chunks/domains';
import type { RevealedCompany, RevealedPerson } from '@/lib/history';
import type { EnrichedCompany, EnrichedContact } from '@/lib/lusha';

const canonicalLinkedIn = (url: string | undefined) =>
  (url && normalizeLinkedInUrl(url)?.url) || url || undefined;

/** Lusha writes domains as `www.lusha.com`; history matches pages by registrable domain. */
const siteDomain = (domain: string | undefined) =>
  (domain && registrableDomain(domain)) || domain || undefined;

/** The history entry of a revealed contact. */
export function personEntry(
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

const COMPANY_BASICS = new Set([
  'id',
  'name',
  'domain',
  'industry',
  'socialLinks',
  'error',
  'unreadable',
]);

/** The history entry of a revealed company. */
export function companyEntry(
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
