/**
 * Resolving search identifiers to dataset records the way Lusha matches them: by id, LinkedIn
 * URL (any subdomain, slash or slug case), email, or name with company name or domain; then the
 * per-item outcome (`NOT_FOUND`, `COMPLIANCE_RESTRICTED`, partial profiles, signal filters).
 */
import type { Company, Contact, Dataset, Signal } from '../dataset';
import { normalizeDomain, normalizeLinkedInUrl, normalizeName } from '../dataset';
import type { CompanySearchItem, ContactSearchItem } from './enrichment-schema';

const DAY_MS = 86_400_000;

/** A per-item error, as `V3ItemError`. */
export interface ItemError {
  code: 'NOT_FOUND' | 'COMPLIANCE_RESTRICTED' | 'ENRICH_FAILED' | 'NO_SCORE';
  message: string;
}

/** A resolved item: the record, or the error to report in its place. */
export type Outcome<T> = { record: T; signalTypes?: string[] } | { error: ItemError };

/** A signals filter as search requests carry it. */
export interface SignalsFilter {
  types: string[];
  startDate?: string;
}

/** The contact an identifier points to, if any. */
export function findContact(dataset: Dataset, item: ContactSearchItem): Contact | undefined {
  const { index } = dataset;
  if (item.id) return index.contactById.get(item.id);
  if (item.linkedinUrl) {
    const key = normalizeLinkedInUrl(item.linkedinUrl);
    return key ? index.contactByLinkedIn.get(key) : undefined;
  }
  if (item.email) return index.contactByEmail.get(item.email.trim().toLowerCase());
  const people = index.contactsByName.get(normalizeName(`${item.firstName} ${item.lastName}`));
  const wantName = item.companyName ? normalizeName(item.companyName) : undefined;
  const wantDomain = item.companyDomain ? normalizeDomain(item.companyDomain) : undefined;
  return people?.find((person) => {
    const company = index.companyById.get(person.companyId);
    if (!company) return false;
    if (wantDomain) return normalizeDomain(company.domain) === wantDomain;
    return normalizeName(company.name) === wantName;
  });
}

/** The company an identifier points to, if any. */
export function findCompany(dataset: Dataset, item: CompanySearchItem): Company | undefined {
  const { index } = dataset;
  if (item.id) return index.companyById.get(item.id);
  if (item.domain) return index.companyByDomain.get(normalizeDomain(item.domain));
  return item.name ? index.companiesByName.get(normalizeName(item.name))?.[0] : undefined;
}

/** Signal types among `signals` that the filter asks for, dated on or after its start. */
export function matchedSignalTypes(
  signals: Signal[],
  filter: SignalsFilter,
  now: number,
): string[] {
  const all = filter.types.includes('allSignals');
  const since = filter.startDate ?? new Date(now - 182 * DAY_MS).toISOString().slice(0, 10);
  const hits = signals.filter((s) => (all || filter.types.includes(s.type)) && s.date >= since);
  return [...new Set(hits.map((s) => s.type))];
}

/** Options that shape a lookup's outcome. */
export interface LookupOptions {
  includePartialProfiles: boolean;
  signals?: SignalsFilter;
  now: number;
}

/** A contact search item's outcome. */
export function contactOutcome(
  dataset: Dataset,
  item: ContactSearchItem,
  options: LookupOptions,
): Outcome<Contact> {
  const contact = findContact(dataset, item);
  if (!contact || (contact.partial && !options.includePartialProfiles)) {
    return { error: { code: 'NOT_FOUND', message: 'Contact not found' } };
  }
  if (contact.complianceRestricted) {
    return {
      error: {
        code: 'COMPLIANCE_RESTRICTED',
        message: 'Contact data is restricted for compliance reasons',
      },
    };
  }
  if (!options.signals) return { record: contact };
  const signalTypes = matchedSignalTypes(contact.signals, options.signals, options.now);
  if (signalTypes.length === 0) {
    return {
      error: { code: 'NOT_FOUND', message: 'Contact not found with the requested signals' },
    };
  }
  return { record: contact, signalTypes };
}

/** A company search item's outcome. */
export function companyOutcome(
  dataset: Dataset,
  item: CompanySearchItem,
  options: LookupOptions,
): Outcome<Company> {
  const company = findCompany(dataset, item);
  if (!company || (company.partial && !options.includePartialProfiles)) {
    return { error: { code: 'NOT_FOUND', message: 'Company not found' } };
  }
  if (!options.signals) return { record: company };
  const signalTypes = matchedSignalTypes(company.signals, options.signals, options.now);
  if (signalTypes.length === 0) {
    return {
      error: { code: 'NOT_FOUND', message: 'Company not found with the requested signals' },
    };
  }
  return { record: company, signalTypes };
}

/** An enrich id's outcome (ids skip the partial filter: they came from a search). */
export function contactById(dataset: Dataset, id: string): Outcome<Contact> {
  const contact = dataset.index.contactById.get(id);
  if (!contact) return { error: { code: 'NOT_FOUND', message: 'Contact not found' } };
  if (contact.complianceRestricted) {
    return {
      error: {
        code: 'COMPLIANCE_RESTRICTED',
        message: 'Contact data is restricted for compliance reasons',
      },
    };
  }
  return { record: contact };
}

/** An enrich id's outcome for companies. */
export function companyById(dataset: Dataset, id: string): Outcome<Company> {
  const company = dataset.index.companyById.get(id);
  return company
    ? { record: company }
    : { error: { code: 'NOT_FOUND', message: 'Company not found' } };
}
