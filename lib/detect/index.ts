/**
 * Page detectors: what on a page a rep can look up. Pure functions of a `Document` (or added
 * nodes) and the page URL; they read links, JSON-LD and bounded visible text, never layout.
 * Every list in `Findings` is distinct and in first-seen order.
 */
import { scanDocumentWith, scanNodesWith } from './scan';
import { registrableDomain } from './domain';
import { isLinkedInHost } from './linkedin';
import type { Findings } from './types';

export type { DomainResolver, Findings, LinkedInKind, LinkedInRef } from './types';
export { normalizeLinkedInUrl, isLinkedInHost } from './linkedin';
export { extractEmails } from './emails';
export { mergeFindings } from './collector';
export { registrableDomain } from './domain';
export { TEXT_LIMITS } from './text';

/** Everything on the page: its subject, LinkedIn identities, e-mails and registrable domain. */
export function scanDocument(doc: Document, pageUrl: string): Findings {
  return scanDocumentWith(doc, pageUrl, registrableDomain);
}

/** Scans only the given added subtrees (for incremental rescans); subject/domain from pageUrl. */
export function scanNodes(nodes: Iterable<Node>, pageUrl: string): Findings {
  return scanNodesWith(nodes, pageUrl, registrableDomain);
}

/** The domain of a LinkedIn page without the public suffix list (`linkedin.com` or null). */
function linkedInDomain(hostname: string): string | null {
  return isLinkedInHost(hostname) ? 'linkedin.com' : null;
}

/**
 * `scanDocument` for a content script that only runs on linkedin.com: same findings there,
 * but it leaves the public suffix list (about 45 KB gzip) out of the bundle.
 */
export function scanLinkedInDocument(doc: Document, pageUrl: string): Findings {
  return scanDocumentWith(doc, pageUrl, linkedInDomain);
}

/** `scanNodes` for the LinkedIn-only content script (no public suffix list). */
export function scanLinkedInNodes(nodes: Iterable<Node>, pageUrl: string): Findings {
  return scanNodesWith(nodes, pageUrl, linkedInDomain);
}
