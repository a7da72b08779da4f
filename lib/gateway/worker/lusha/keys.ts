/**
 * Team cache keys: a search item's identifiers, normalised, so that the same person or company
 * asked for by two reps (one pasting `https://www.linkedin.com/in/Maya/`, the other
 * `linkedin.com/in/maya`) is one cache entry and one Lusha search.
 */

/** What a search looks up. */
export type Entity = 'contact' | 'company';

/** Identifier fields per entity, in the order that names the item's kind. */
const FIELDS: Record<Entity, readonly string[]> = {
  contact: ['id', 'linkedinUrl', 'email', 'firstName', 'lastName', 'companyName', 'companyDomain'],
  company: ['id', 'domain', 'name', 'linkedinUrl'],
};

/** Lowercase, no scheme, no `www.`, no query, fragment or trailing slash. */
export function normalizeUrl(value: string): string {
  return value
    .trim()
    .toLowerCase()
    .replace(/^[a-z]+:\/\//, '')
    .replace(/^www\./, '')
    .replace(/[?#].*$/, '')
    .replace(/\/+$/, '');
}

/** A domain from a domain or URL: `https://www.Acme.com/about` -> `acme.com`. */
export function normalizeDomain(value: string): string {
  return normalizeUrl(value).replace(/\/.*$/, '');
}

/** Names compare without case, accents' composition differences or extra spaces. */
export function normalizeText(value: string): string {
  return value.normalize('NFKC').trim().replace(/\s+/g, ' ').toLowerCase();
}

function normalizeField(field: string, value: string): string {
  if (field === 'linkedinUrl') return normalizeUrl(value);
  if (field === 'domain' || field === 'companyDomain') return normalizeDomain(value);
  if (field === 'id') return value.trim();
  return normalizeText(value);
}

/** The kind of identifier an item is looked up by (for the figures): id, linkedinUrl, ... */
export function identifierKind(entity: Entity, item: Record<string, unknown>): string {
  const present = FIELDS[entity].filter((f) => typeof item[f] === 'string' && item[f] !== '');
  const first = present[0];
  if (!first) return 'none';
  return first === 'firstName' || first === 'lastName' ? 'name' : first;
}

/** The identifiers of an item without `clientReferenceId` or unknown fields, as sent on. */
export function searchIdentity(entity: Entity, item: Record<string, unknown>) {
  const out: Record<string, string> = {};
  for (const field of FIELDS[entity]) {
    const value = item[field];
    if (typeof value === 'string' && value.trim() !== '') out[field] = value;
  }
  return out;
}

/** The cache key of an item under a search variant (see {@link searchVariant}). */
export function searchKey(entity: Entity, variant: string, item: Record<string, unknown>): string {
  const parts = Object.entries(searchIdentity(entity, item)).map(
    ([field, value]) => `${field}=${normalizeField(field, value)}`,
  );
  return `${entity}|${variant}|${parts.join('&')}`;
}

/** The search options that change an answer, as a short stable string. */
export function searchVariant(options: unknown, signals: unknown): string {
  const partial = (options as { includePartialProfiles?: unknown } | undefined)
    ?.includePartialProfiles;
  const base = partial === true ? 'partial' : 'full';
  return signals === undefined ? base : `${base};signals=${stableJson(signals)}`;
}

/** JSON with object keys sorted, so equal values give equal strings. */
export function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}
