/**
 * Lookup targets: who or what to search Lusha for, each under one normalised key so a person
 * found on many pages is searched, cached and shown once. Built from a page's findings (subject
 * first) or from the manual lookup form, whose input is validated here.
 */
import { normalizeLinkedInUrl, registrableDomain, type Findings } from '@/lib/detect';

export type PersonTarget =
  | { kind: 'person'; key: string; by: 'linkedin'; linkedinUrl: string }
  | { kind: 'person'; key: string; by: 'email'; email: string }
  | {
      kind: 'person';
      key: string;
      by: 'name';
      firstName: string;
      lastName: string;
      companyName?: string;
      companyDomain?: string;
    };

export type CompanyTarget =
  | { kind: 'company'; key: string; by: 'domain'; domain: string }
  | { kind: 'company'; key: string; by: 'name'; name: string; linkedinUrl?: string };

export type LookupTarget = PersonTarget | CompanyTarget;

const EMAIL = /^[a-z0-9._%+'-]+@[a-z0-9.-]+\.[a-z]{2,63}$/i;

export const personByLinkedIn = (url: string): PersonTarget => ({
  kind: 'person',
  key: `person:linkedin:${url}`,
  by: 'linkedin',
  linkedinUrl: url,
});

export const personByEmail = (email: string): PersonTarget => {
  const normalised = email.trim().toLowerCase();
  return { kind: 'person', key: `person:email:${normalised}`, by: 'email', email: normalised };
};

export const companyByDomain = (domain: string): CompanyTarget => ({
  kind: 'company',
  key: `company:domain:${domain}`,
  by: 'domain',
  domain,
});

/**
 * A LinkedIn company page names the company only by its slug; Lusha's company search takes a
 * name or a domain, so the slug becomes the name to search (`acme-robotics` → `acme robotics`).
 */
export function companyByLinkedIn(url: string): CompanyTarget {
  const slug = decodeURIComponent(url.split('/company/')[1] ?? '');
  const name = /^\d+$/.test(slug) ? slug : slug.replace(/[-_]+/g, ' ').trim();
  return { kind: 'company', key: `company:linkedin:${url}`, by: 'name', name, linkedinUrl: url };
}

/** Everything on a page worth a preview, subject first, each key once. */
export function targetsFromFindings(findings: Findings): LookupTarget[] {
  const targets: LookupTarget[] = [];
  const subject = findings.subject;
  if (subject?.kind === 'profile') targets.push(personByLinkedIn(subject.url));
  if (subject?.kind === 'company') targets.push(companyByLinkedIn(subject.url));
  if (subject?.kind === 'domain') targets.push(companyByDomain(subject.domain));
  targets.push(...findings.profiles.map(personByLinkedIn));
  targets.push(...findings.emails.filter((e) => EMAIL.test(e)).map(personByEmail));
  targets.push(...findings.companies.map(companyByLinkedIn));
  const seen = new Set<string>();
  return targets.filter((t) => !seen.has(t.key) && seen.add(t.key));
}

/** What the manual lookup form sends. */
export type ManualLookup =
  | { mode: 'linkedin'; url: string }
  | { mode: 'email'; email: string }
  | { mode: 'name'; firstName: string; lastName: string; company: string }
  | { mode: 'domain'; domain: string };

/** A valid target, or the field in error and what to fix, for inline validation. */
export type ManualLookupResult =
  { ok: true; target: LookupTarget } | { ok: false; field: string; message: string };

const fail = (field: string, message: string): ManualLookupResult => ({
  ok: false,
  field,
  message,
});

/** Validates the manual lookup form and turns it into a target. */
export function parseManualLookup(input: ManualLookup): ManualLookupResult {
  switch (input.mode) {
    case 'linkedin': {
      const ref = input.url.trim() ? normalizeLinkedInUrl(input.url.trim()) : null;
      if (ref?.kind === 'profile') return { ok: true, target: personByLinkedIn(ref.url) };
      if (ref?.kind === 'company') return { ok: true, target: companyByLinkedIn(ref.url) };
      return fail(
        'url',
        'Paste a LinkedIn profile or company link, like linkedin.com/in/jane-doe.',
      );
    }
    case 'email':
      return EMAIL.test(input.email.trim())
        ? { ok: true, target: personByEmail(input.email) }
        : fail('email', 'Enter an email address, like jane@company.com.');
    case 'name':
      return parseName(input);
    case 'domain': {
      const host =
        input.domain
          .trim()
          .replace(/^https?:\/\//i, '')
          .split(/[/?#:]/)[0] ?? '';
      const domain = registrableDomain(host);
      return domain
        ? { ok: true, target: companyByDomain(domain) }
        : fail('domain', 'Enter a company website, like company.com.');
    }
  }
}

function parseName(input: { firstName: string; lastName: string; company: string }) {
  const firstName = input.firstName.trim();
  const lastName = input.lastName.trim();
  const company = input.company.trim();
  if (!firstName) return fail('firstName', 'Enter a first name.');
  if (!lastName) return fail('lastName', 'Enter a last name.');
  if (!company) return fail('company', 'Enter the company name or website.');
  const domain = /\.[a-z]{2,}$/i.test(company) ? registrableDomain(company.toLowerCase()) : null;
  const where = domain ? { companyDomain: domain } : { companyName: company };
  const key = `person:name:${firstName} ${lastName}@${domain ?? company}`.toLowerCase();
  return {
    ok: true as const,
    target: { kind: 'person' as const, key, by: 'name' as const, firstName, lastName, ...where },
  };
}

/** The Lusha search item for a person target; `clientReferenceId` carries the key back. */
export function contactSearchItem(target: PersonTarget) {
  const ref = { clientReferenceId: target.key };
  if (target.by === 'linkedin') return { ...ref, linkedinUrl: target.linkedinUrl };
  if (target.by === 'email') return { ...ref, email: target.email };
  const { firstName, lastName, companyName, companyDomain } = target;
  return {
    ...ref,
    firstName,
    lastName,
    ...(companyName ? { companyName } : {}),
    ...(companyDomain ? { companyDomain } : {}),
  };
}

/** The Lusha search item for a company target. */
export function companySearchItem(target: CompanyTarget) {
  const ref = { clientReferenceId: target.key };
  return target.by === 'domain' ? { ...ref, domain: target.domain } : { ...ref, name: target.name };
}
