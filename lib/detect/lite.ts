/**
 * The detectors without the public suffix list, for the content script that runs only on
 * linkedin.com: importing `./index` would pull tldts's list (about 45 KB gzip) into the bundle,
 * because bundlers cannot prove its data tables free of side effects and so never drop them.
 */
import { scanDocumentWith, scanNodesWith, type ScanOptions } from './scan';
import { isLinkedInHost } from './linkedin';
import type { DomainResolver, Findings } from './types';

export type { DomainResolver, Findings, LinkedInKind, LinkedInRef, PageHint } from './types';
export type { ScanOptions } from './scan';
export { normalizeLinkedInUrl, isLinkedInHost } from './linkedin';
export { extractEmails } from './emails';
export { mergeFindings } from './collector';
export { mergeHint, sameHint } from './hints';
export { nameFromSlug, splitPersonName } from './names';
export { FINDINGS_LIMITS } from './limits';
export { TEXT_LIMITS } from './text';

/** The domain of a LinkedIn page without the public suffix list (`linkedin.com` or null). */
function linkedInDomain(hostname: string): string | null {
  return isLinkedInHost(hostname) ? 'linkedin.com' : null;
}

/**
 * `scanDocument` for a content script that only runs on linkedin.com: the same findings there
 * (domain `linkedin.com`); on any other site its domain and subject are null.
 */
export function scanLinkedInDocument(
  doc: Document,
  pageUrl: string,
  options?: ScanOptions,
): Findings {
  return scanDocumentWith(doc, pageUrl, linkedInDomain, options);
}

/** `scanNodes` for the LinkedIn-only content script (no public suffix list). */
export function scanLinkedInNodes(
  nodes: Iterable<Node>,
  pageUrl: string,
  options?: ScanOptions,
): Findings {
  return scanNodesWith(nodes, pageUrl, linkedInDomain, options);
}

const IP_OR_LOCAL = /^(?:\d{1,3}(?:\.\d{1,3}){3}|\[.*\]|localhost)$/i;

/** The page's host as its domain, for the background to reduce with the public suffix list. */
function hostOnly(hostname: string): string | null {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  return host && !IP_OR_LOCAL.test(host) ? host : null;
}

/**
 * `scanDocument` for the any-site content script, without the public suffix list (about
 * 110 KB gzip as bundled): `domain` and a domain subject carry the page's host name, and the
 * background, which has the list anyway, reduces it to the registrable domain
 * (see `withRegistrableDomain` in `./index`).
 */
export function scanPageDocument(doc: Document, pageUrl: string): Findings {
  return scanDocumentWith(doc, pageUrl, hostOnly);
}

/**
 * Findings of `scanPageDocument` (host name as domain) with the registrable domain of the page,
 * by `domainOf`, put in its place, as `scanDocument` would have given.
 */
export function withDomain(
  findings: Findings,
  pageUrl: string,
  domainOf: DomainResolver,
): Findings {
  if (findings.subject && findings.subject.kind !== 'domain') return findings;
  let domain: string | null;
  try {
    domain = domainOf(new URL(pageUrl).hostname);
  } catch {
    domain = null;
  }
  return { ...findings, domain, subject: domain ? { kind: 'domain', domain } : null };
}
