import { decodeEntities } from './entities';
import type { LinkedInRef } from './types';

const ORIGIN = 'https://www.linkedin.com';
/** Query keys that carry the real target of a redirect wrapper (google `q`, safelinks `url`). */
const REDIRECT_KEYS = ['url', 'q', 'u', 'target', 'dest', 'redirect', 'sessionRedirect'];
const NOT_PROFILES = new Set(['updates', 'me', '']);
const NOT_COMPANIES = new Set(['follow', '_internal', 'setup', 'unfollow', '']);
const HEX_PART = /^[0-9a-f]{1,4}$/i;
/** LinkedIn member ids (`ACoAA…`, `ACwAA…`) are case-sensitive; vanity slugs are not. */
const MEMBER_ID = /^AC[ow]AA[A-Za-z0-9_-]{8,}$/;
const UNSAFE_IN_PATH = /[%/?#\\\s]/g;
/** Longer hrefs are not read: no identity URL is that long, and patterns stay bounded. */
const MAX_HREF = 4_096;

/** True for linkedin.com and any of its country or mobile subdomains. */
export function isLinkedInHost(hostname: string): boolean {
  const host = hostname.toLowerCase();
  return host === 'linkedin.com' || host.endsWith('.linkedin.com');
}

function parseUrl(href: string, baseUrl?: string): URL | null {
  let raw = decodeEntities(href.trim());
  if (/^(?:[a-z0-9-]+\.)?linkedin\.com\//i.test(raw)) raw = `https://${raw}`;
  try {
    const url = new URL(raw, baseUrl);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url : null;
  } catch {
    return null;
  }
}

function percentDecode(text: string): string {
  let out = text;
  // Decodes double-encoded slugs too (`%25C3%25AA`), bounded so hostile input cannot loop.
  for (let i = 0; i < 3 && /%[0-9a-f]{2}/i.test(out); i++) {
    try {
      out = decodeURIComponent(out);
    } catch {
      break;
    }
  }
  return out;
}

/** One path segment as an identity: Unicode, entity-free, lower-cased unless a member id. */
function slugOf(segment: string): string | null {
  const slug = decodeEntities(percentDecode(segment)).trim();
  if (slug === '' || slug.length > 200) return null;
  const canonical = MEMBER_ID.test(slug) ? slug : slug.toLowerCase();
  return canonical.replace(UNSAFE_IN_PATH, (c) => encodeURIComponent(c));
}

function idBeforeComma(segment: string | undefined): string | null {
  if (!segment) return null;
  const id = percentDecode(segment).split(',')[0]?.trim() ?? '';
  return /^[A-Za-z0-9_-]+$/.test(id) ? id : null;
}

function profileFromPub(parts: string[]): string | null {
  const [name, a, b, c] = parts;
  if (!name || name.toLowerCase() === 'dir' || !a || !b || !c) return null;
  if (!HEX_PART.test(a) || !HEX_PART.test(b) || !HEX_PART.test(c)) return null;
  // LinkedIn redirects /pub/<name>/<a>/<b>/<c> to /in/<name>-<c><b><a>, every part but <a>
  // zero-padded to three hex digits: /pub/john-doe/1/2b/345 is /in/john-doe-34502b1.
  return slugOf(`${name}-${c.padStart(3, '0')}${b.padStart(3, '0')}${a}`);
}

function refFromPath(segments: string[]): LinkedInRef | null {
  const [head, first, second] = segments;
  switch (head?.toLowerCase()) {
    case 'in': {
      const slug = first === undefined ? null : slugOf(first);
      return slug && !NOT_PROFILES.has(slug)
        ? { kind: 'profile', url: `${ORIGIN}/in/${slug}` }
        : null;
    }
    case 'pub': {
      const slug = profileFromPub(segments.slice(1));
      return slug ? { kind: 'profile', url: `${ORIGIN}/in/${slug}` } : null;
    }
    case 'company': {
      const slug = first === undefined ? null : slugOf(first);
      return slug && !NOT_COMPANIES.has(slug)
        ? { kind: 'company', url: `${ORIGIN}/company/${slug}` }
        : null;
    }
    case 'sales':
      return salesRef(first?.toLowerCase(), second);
    default:
      return null;
  }
}

function salesRef(section: string | undefined, idSegment: string | undefined): LinkedInRef | null {
  const id = idBeforeComma(idSegment);
  if (!id) return null;
  if (section === 'lead' || section === 'people') {
    return { kind: 'salesLead', url: `${ORIGIN}/sales/lead/${id}` };
  }
  if (section === 'company' || section === 'account') {
    return { kind: 'salesAccount', url: `${ORIGIN}/sales/company/${id}` };
  }
  return null;
}

function unwrapRedirect(url: URL, depth: number): LinkedInRef | null {
  const onLinkedIn = isLinkedInHost(url.hostname);
  // On LinkedIn only its own redirectors unwrap: share buttons carry a `url` that is not a person.
  if (onLinkedIn && !/^\/(?:redir\/redirect|authwall)\b/i.test(url.pathname)) return null;
  for (const key of REDIRECT_KEYS) {
    const target = url.searchParams.get(key);
    if (target && /linkedin\.com/i.test(target)) return resolve(target, undefined, depth + 1);
  }
  return null;
}

/** Cheap test before the URL parser: an identity path or a redirect parameter is spelled out. */
const WORTH_PARSING =
  /(?:^|\/)(?:in|pub|company|sales)\/|[?&](?:url|q|u|target|dest|redirect|sessionRedirect)=/i;

function resolve(href: string, baseUrl: string | undefined, depth: number): LinkedInRef | null {
  if (depth > 3 || !WORTH_PARSING.test(href)) return null;
  const url = parseUrl(href, baseUrl);
  if (!url) return null;
  if (isLinkedInHost(url.hostname)) {
    const ref = refFromPath(url.pathname.split('/').filter((s) => s !== ''));
    if (ref) return ref;
  }
  return url.search ? unwrapRedirect(url, depth) : null;
}

/**
 * Maps any LinkedIn URL (relative ones against `baseUrl`) to the one canonical URL of the
 * person, company, Sales Navigator lead or account it names, or null when it names none.
 *
 * Canonical form: `https://www.linkedin.com/` + `in/<slug>` | `company/<slug-or-id>` |
 * `sales/lead/<id>` | `sales/company/<id>`. Country and mobile subdomains, sub-paths, queries
 * and fragments are dropped; slugs are percent-decoded (twice-encoded ones too) to Unicode,
 * HTML entities decoded and lower-cased, except case-sensitive member ids (`ACoAA…`); only
 * `% / ? #`, backslash and whitespace are re-encoded. Legacy `/pub/<name>/<a>/<b>/<c>` becomes
 * `/in/<name>-<c><b><a>` (LinkedIn's own redirect). Redirect wrappers are unwrapped.
 */
export function normalizeLinkedInUrl(href: string, baseUrl?: string): LinkedInRef | null {
  return normalizeHref(href, baseUrl, baseUrl !== undefined && LINKEDIN_ORIGIN.test(baseUrl));
}

const LINKEDIN_ORIGIN = /^https?:\/\/(?:[a-z0-9-]+\.)*linkedin\.com(?:[:/?#]|$)/i;
/** The common shape, plain ASCII slug: answered without the URL parser. */
const FAST =
  /^(?:https?:\/\/(?:[a-z0-9-]+\.)?linkedin\.com)?\/(in|company)\/([a-z0-9_-]+)(?:[/?#]|$)/i;

/**
 * `normalizeLinkedInUrl` for callers that already know whether `baseUrl` is on LinkedIn
 * (the scanner, once per page); most links take the fast path.
 */
export function normalizeHref(
  href: string,
  baseUrl: string | undefined,
  baseOnLinkedIn: boolean,
): LinkedInRef | null {
  if (href.length > MAX_HREF) return null;
  const fast = FAST.exec(href);
  if (fast && (baseOnLinkedIn || href.charCodeAt(0) !== 47)) {
    const [, head = '', raw = ''] = fast;
    const slug = MEMBER_ID.test(raw) ? raw : raw.toLowerCase();
    if (head.length === 2) {
      return NOT_PROFILES.has(slug) ? null : { kind: 'profile', url: `${ORIGIN}/in/${slug}` };
    }
    return NOT_COMPANIES.has(slug) ? null : { kind: 'company', url: `${ORIGIN}/company/${slug}` };
  }
  return resolve(href, baseUrl, 0);
}
