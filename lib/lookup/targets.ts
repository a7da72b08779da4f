/**
 * Lookup targets: who or what to search Lusha for, each under one normalised key so a person
 * found on many pages is searched, cached and shown once. Built from a page's findings (subject
 * first) or from the manual lookup form, whose input is validated here. A target's `label` is
 * its name as the page shows it; the key never depends on it.
 */
import {
  normalizeLinkedInUrl,
  splitPersonName,
  type Findings,
  type PageHint,
} from '@/lib/detect/lite';
import { isRoleMailbox } from '@/lib/detect/roles';

export type PersonTarget = { label?: string } & (
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
    }
);

export type CompanyTarget = { label?: string } & (
  | { kind: 'company'; key: string; by: 'domain'; domain: string }
  | { kind: 'company'; key: string; by: 'name'; name: string; linkedinUrl?: string }
);

export type LookupTarget = PersonTarget | CompanyTarget;

const EMAIL = /^[a-z0-9._%+'-]+@[a-z0-9.-]+\.[a-z]{2,63}$/i;

/** `{ label }` when there is one (targets carry no empty labels). */
const labelled = (label: string | undefined) => (label ? { label } : {});

export const personByLinkedIn = (url: string, label?: string): PersonTarget => ({
  kind: 'person',
  key: `person:linkedin:${url}`,
  by: 'linkedin',
  linkedinUrl: url,
  ...labelled(label),
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
 * A LinkedIn company: Lusha's company search takes a name or a domain, so the name the page
 * shows is searched, else the slug (`acme-robotics` → `acme robotics`).
 */
export function companyByLinkedIn(url: string, label?: string): CompanyTarget {
  const slug = decodeURIComponent(url.split('/company/')[1] ?? '');
  const name = label || (/^\d+$/.test(slug) ? slug : slug.replace(/[-_]+/g, ' ').trim());
  // The name searched is part of the key: a page that names a company link wrongly cannot
  // make the right company's preview show under its link (or the other way round).
  const key = label ? `company:linkedin:${url}#${label.toLowerCase()}` : `company:linkedin:${url}`;
  return { kind: 'company', key, by: 'name', name, linkedinUrl: url, ...labelled(label) };
}

/** A company by the name a page shows (a Sales Navigator account). */
export function companyByName(name: string): CompanyTarget {
  const key = `company:name:${name}`.toLowerCase();
  return { kind: 'company', key, by: 'name', name, label: name };
}

/**
 * A Sales Navigator lead: by the public profile the page links, else by first and last name
 * and current company as the page shows them; null when the page says too little.
 */
export function personBySalesLead(hint: PageHint | undefined): PersonTarget | null {
  if (hint?.profileUrl) return personByLinkedIn(hint.profileUrl, hint.name);
  const parts = hint?.name ? splitPersonName(hint.name) : null;
  if (!parts || !hint?.companyName) return null;
  const { firstName, lastName } = parts;
  const companyName = hint.companyName;
  const key = `person:name:${firstName} ${lastName}@${companyName}`.toLowerCase();
  return { kind: 'person', key, by: 'name', firstName, lastName, companyName, label: hint.name };
}

/** The subject's target, or none. */
function subjectTarget(findings: Findings): LookupTarget | null {
  const subject = findings.subject;
  if (!subject) return null;
  if (subject.kind === 'domain') return companyByDomain(subject.domain);
  const name = findings.hints[subject.url]?.name;
  if (subject.kind === 'profile') return personByLinkedIn(subject.url, name);
  if (subject.kind === 'company') return companyByLinkedIn(subject.url, name);
  if (subject.kind === 'salesLead') return personBySalesLead(findings.hints[subject.url]);
  return name ? companyByName(name) : null;
}

/**
 * Everything on a page worth a preview, subject first, each key once, labelled with the names
 * the page shows. Role mailboxes are not people (see `roleMailboxes`); the rep's own profile
 * never reaches findings.
 */
export function targetsFromFindings(findings: Findings): LookupTarget[] {
  const hints = findings.hints ?? {};
  const name = (url: string) => hints[url]?.name;
  const targets: (LookupTarget | null)[] = [subjectTarget(findings)];
  targets.push(...findings.profiles.map((url) => personByLinkedIn(url, name(url))));
  targets.push(...findings.salesLeads.map((url) => personBySalesLead(hints[url])));
  targets.push(
    ...findings.emails.filter((e) => EMAIL.test(e) && !isRoleMailbox(e)).map(personByEmail),
  );
  targets.push(...findings.companies.map((url) => companyByLinkedIn(url, name(url))));
  targets.push(
    ...findings.salesAccounts.map((url) => (name(url) ? companyByName(name(url)!) : null)),
  );
  const byKey = new Map<string, LookupTarget>();
  for (const target of targets) {
    const known = target && byKey.get(target.key);
    if (target && !known) byKey.set(target.key, target);
    else if (target && known && !known.label && target.label) known.label = target.label;
  }
  return [...byKey.values()];
}

/** The page's role mailboxes (`info@`, `sales@`, ...): the company's contact addresses. */
export function roleMailboxes(findings: Findings): string[] {
  return findings.emails.filter((e) => EMAIL.test(e) && isRoleMailbox(e));
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

/**
 * Validates the manual lookup form and turns it into a target. `hints` (the current tab's
 * findings) name what a pasted link cannot: a Sales Navigator lead or account link carries
 * only an id, so it is looked up by what the page shows about it, or refused with what to paste.
 */
/**
 * A host as its own domain (lower case, without `www.`): what `parseManualLookup` uses when it
 * is not given the registrable domain. The public suffix list lives in the background (the
 * panel asks it, `registrableDomain` message), not in every page.
 */
export function hostDomain(host: string): string | null {
  const h = host
    .trim()
    .toLowerCase()
    .replace(/\.$/, '')
    .replace(/^www\./, '');
  return /^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/.test(h) ? h : null;
}

export function parseManualLookup(
  input: ManualLookup,
  hints: Record<string, PageHint> = {},
  domainOf: (host: string) => string | null = hostDomain,
): ManualLookupResult {
  switch (input.mode) {
    case 'linkedin':
      return parseLinkedInLink(input.url, hints);
    case 'email':
      return EMAIL.test(input.email.trim())
        ? { ok: true, target: personByEmail(input.email) }
        : fail('email', 'Enter an email address, like jane@company.com.');
    case 'name':
      return parseName(input, domainOf);
    case 'domain': {
      const host =
        input.domain
          .trim()
          .replace(/^https?:\/\//i, '')
          .split(/[/?#:]/)[0] ?? '';
      const domain = domainOf(host);
      return domain
        ? { ok: true, target: companyByDomain(domain) }
        : fail('domain', 'Enter a company website, like company.com.');
    }
  }
}

function parseLinkedInLink(url: string, hints: Record<string, PageHint>): ManualLookupResult {
  const ref = url.trim() ? normalizeLinkedInUrl(url.trim()) : null;
  const hint = ref ? hints[ref.url] : undefined;
  if (ref?.kind === 'profile') return { ok: true, target: personByLinkedIn(ref.url, hint?.name) };
  if (ref?.kind === 'company') return { ok: true, target: companyByLinkedIn(ref.url, hint?.name) };
  if (ref?.kind === 'salesLead') {
    const target = personBySalesLead(hint);
    if (target) return { ok: true, target };
    return fail(
      'url',
      'A Sales Navigator lead link does not say who the lead is. Paste their public LinkedIn ' +
        'link (in Sales Navigator: ⋯ > Copy LinkedIn.com URL), or search by name and company.',
    );
  }
  if (ref?.kind === 'salesAccount') {
    if (hint?.name) return { ok: true, target: companyByName(hint.name) };
    return fail(
      'url',
      'A Sales Navigator account link does not name the company. Paste its website or its ' +
        'LinkedIn page (linkedin.com/company/…), or search by name.',
    );
  }
  return fail(
    'url',
    'Paste a LinkedIn profile, company or Sales Navigator link, like linkedin.com/in/jane-doe.',
  );
}

function parseName(
  input: { firstName: string; lastName: string; company: string },
  domainOf: (host: string) => string | null,
) {
  const firstName = input.firstName.trim();
  const lastName = input.lastName.trim();
  const company = input.company.trim();
  if (!firstName) return fail('firstName', 'Enter a first name.');
  if (!lastName) return fail('lastName', 'Enter a last name.');
  if (!company) return fail('company', 'Enter the company name or website.');
  const domain = /\.[a-z]{2,}$/i.test(company) ? domainOf(company.toLowerCase()) : null;
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
