/**
 * Lookup indexes over the dataset and the normalisation rules the search endpoints apply to
 * identifiers: LinkedIn URLs (any subdomain, scheme, trailing slash or slug case), emails,
 * domains (with or without scheme and `www.`) and names.
 */
import type { Company, Contact } from './dataset-types';

/** Indexes built once per dataset. Keys are normalised with the functions below. */
export interface DatasetIndex {
  contactById: Map<string, Contact>;
  companyById: Map<string, Company>;
  /** By `normalizeLinkedInUrl` key (`in/<slug>`). */
  contactByLinkedIn: Map<string, Contact>;
  /** By `normalizeLinkedInUrl` key (`company/<slug>`). */
  companyByLinkedIn: Map<string, Company>;
  /** By lower-cased email (work and private). */
  contactByEmail: Map<string, Contact>;
  /** By `normalizeDomain`. */
  companyByDomain: Map<string, Company>;
  /** By `normalizeName` of the company name. */
  companiesByName: Map<string, Company[]>;
  /** By `normalizeName` of `first last`. */
  contactsByName: Map<string, Contact[]>;
}

/**
 * The stable key of a LinkedIn profile or company URL (`in/<slug>` / `company/<slug>`), or
 * `undefined` when the text is not one. Accepts any `*.linkedin.com` host, no scheme, trailing
 * slashes, query strings and percent-encoded slugs; slugs compare case-insensitively.
 */
export function normalizeLinkedInUrl(text: string): string | undefined {
  const trimmed = text.trim();
  const withScheme = /^[a-z]+:\/\//i.test(trimmed) ? trimmed : `https://${trimmed}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    return undefined;
  }
  const host = url.hostname.toLowerCase();
  if (host !== 'linkedin.com' && !host.endsWith('.linkedin.com')) return undefined;
  const [kind, slug] = url.pathname.split('/').filter(Boolean);
  if (!slug || (kind !== 'in' && kind !== 'company')) return undefined;
  let decoded = slug;
  try {
    decoded = decodeURIComponent(slug);
  } catch {
    // Keep the raw slug when it is not valid percent-encoding.
  }
  return `${kind}/${decoded.toLowerCase()}`;
}

/** A bare lower-case host: no scheme, path, port or leading `www.`. */
export function normalizeDomain(text: string): string {
  return text
    .trim()
    .toLowerCase()
    .replace(/^[a-z]+:\/\//, '')
    .replace(/[/?#:].*$/, '')
    .replace(/^www\./, '')
    .replace(/\.$/, '');
}

/** Lower case, accents stripped, punctuation and runs of spaces folded. */
export function normalizeName(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Builds every index in one pass over companies and contacts. */
export function buildIndex(companies: Company[], contacts: Contact[]): DatasetIndex {
  const index: DatasetIndex = {
    contactById: new Map(),
    companyById: new Map(),
    contactByLinkedIn: new Map(),
    companyByLinkedIn: new Map(),
    contactByEmail: new Map(),
    companyByDomain: new Map(),
    companiesByName: new Map(),
    contactsByName: new Map(),
  };
  for (const company of companies) {
    index.companyById.set(company.id, company);
    index.companyByDomain.set(normalizeDomain(company.domain), company);
    index.companyByLinkedIn.set(`company/${company.linkedinSlug.toLowerCase()}`, company);
    push(index.companiesByName, normalizeName(company.name), company);
  }
  for (const contact of contacts) {
    index.contactById.set(contact.id, contact);
    // The generator writes canonical URLs, so the slug is the key (no URL parsing needed).
    if (contact.linkedinSlug)
      index.contactByLinkedIn.set(`in/${contact.linkedinSlug.toLowerCase()}`, contact);
    for (const email of contact.emails)
      index.contactByEmail.set(email.email.toLowerCase(), contact);
    push(index.contactsByName, normalizeName(`${contact.firstName} ${contact.lastName}`), contact);
  }
  return index;
}
