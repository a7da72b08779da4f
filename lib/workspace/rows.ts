/**
 * Workspace rows from Lusha's answers: prospecting previews (with `has` and `canReveal`) and
 * lookalike results (lightweight, no costs). Every text is trimmed to a sane length; an item
 * without an id (unreadable, or an item error) is no row.
 */
import { normalizeLinkedInUrl } from '@/lib/detect';
import { registrableDomain } from '@/lib/chunks/domains';
import type {
  CompanyPreview,
  ContactPreview,
  LookalikeCompany,
  LookalikeContact,
} from '@/lib/lusha';
import { companySize } from '@/lib/panel/format';
import type { ResultRow, RowCost } from './types';

type ContactLike = ContactPreview | LookalikeContact;
type CompanyLike = CompanyPreview | LookalikeCompany;
type Location = { city?: string; state?: string; country?: string; countryIso2?: string };

const cut = (s: unknown, max = 300) =>
  typeof s === 'string' && s.trim() ? s.trim().slice(0, max) : undefined;

const canonicalLinkedIn = (url: string | undefined) =>
  url ? (normalizeLinkedInUrl(url)?.url ?? cut(url, 500)) : undefined;

const siteDomain = (domain: string | undefined) =>
  domain ? (registrableDomain(domain) ?? cut(domain, 253)) : undefined;

function place(location: Location | undefined) {
  return {
    city: cut(location?.city, 100),
    state: cut(location?.state, 100),
    country: cut(location?.country, 100),
    countryIso2: cut(location?.countryIso2, 2),
  };
}

function hasOf(has: unknown): string[] | undefined {
  if (!Array.isArray(has)) return undefined;
  return has.filter((h): h is string => typeof h === 'string').map((h) => h.slice(0, 64));
}

function costs(canReveal: unknown): RowCost[] | undefined {
  if (!Array.isArray(canReveal)) return undefined;
  return canReveal
    .filter((c): c is RowCost => typeof c?.field === 'string' && typeof c?.credits === 'number')
    .map((c) => ({ field: c.field.slice(0, 64), credits: c.credits }));
}

/** Drops the fields that are undefined, so stored rows stay small. */
function clean(row: ResultRow): ResultRow {
  return Object.fromEntries(Object.entries(row).filter(([, v]) => v !== undefined)) as ResultRow;
}

/** A person row, or null when the item has no id or is an error. */
export function contactRow(item: ContactLike & { unreadable?: boolean }): ResultRow | null {
  const id = cut(item.id, 128);
  if (!id || item.unreadable || ('error' in item && item.error)) return null;
  const firstName = cut(item.firstName, 100);
  const lastName = cut(item.lastName, 100);
  const departments = item.jobTitle?.departments?.map((d) => cut(d, 100)).filter(Boolean);
  return clean({
    key: `person:${id}`,
    kind: 'person',
    lushaId: id,
    name: [firstName, lastName].filter(Boolean).join(' ') || 'Unnamed person',
    firstName,
    lastName,
    title: cut(item.jobTitle?.title),
    seniority: cut(item.jobTitle?.seniority, 100),
    departments: departments?.length ? (departments as string[]) : undefined,
    companyName: cut(item.company?.name),
    companyDomain: siteDomain(item.company?.domain),
    companyId: cut(item.company?.id, 128),
    ...place(item.location as Location | undefined),
    linkedinUrl: canonicalLinkedIn(item.socialLinks?.linkedin),
    has: hasOf((item as { has?: unknown }).has),
    canReveal: 'canReveal' in item ? costs(item.canReveal) : undefined,
  });
}

/** A company row, or null when the item has no id or is an error. */
export function companyRow(item: CompanyLike & { unreadable?: boolean }): ResultRow | null {
  const id = cut(item.id, 128);
  if (!id || item.unreadable || ('error' in item && item.error)) return null;
  const employees = item.employeeCount ? companySize(item as CompanyPreview) : '';
  return clean({
    key: `company:${id}`,
    kind: 'company',
    lushaId: id,
    name: cut(item.name) ?? cut(item.domain) ?? 'Unnamed company',
    domain: siteDomain(item.domain),
    industry: cut(item.industry),
    employees: employees || undefined,
    ...place(item.location as Location | undefined),
    linkedinUrl: canonicalLinkedIn(item.socialLinks?.linkedin),
    has: hasOf((item as { has?: unknown }).has),
    canReveal: 'canReveal' in item ? costs(item.canReveal) : undefined,
  });
}

/** Rows of a list of answer items of one kind, each Lusha id once. */
export function rowsOf(kind: 'contacts' | 'companies', items: unknown[]): ResultRow[] {
  const seen = new Set<string>();
  const rows: ResultRow[] = [];
  for (const item of items) {
    if (!item || typeof item !== 'object') continue;
    const row =
      kind === 'contacts' ? contactRow(item as ContactLike) : companyRow(item as CompanyLike);
    if (row && !seen.has(row.key)) {
      seen.add(row.key);
      rows.push(row);
    }
  }
  return rows;
}
