/**
 * Page detectors: what on a page a rep can look up. Pure functions of a `Document` (or added
 * nodes) and the page URL; they read links, JSON-LD and bounded visible text, never layout.
 * Every list in `Findings` is distinct and in first-seen order (links, JSON-LD, then text),
 * `hints` say what the page shows about each identity (names), and every pattern is linear.
 *
 * A script that only runs on linkedin.com should import `@/lib/detect/lite` instead: the same
 * API minus the public suffix list, which is most of this module's weight.
 */
import { scanDocumentWith, scanNodesWith, type ScanOptions } from './scan';
import { registrableDomain } from './domain';
import { withDomain } from './lite';
import type { Findings } from './types';

export * from './lite';
export { registrableDomain } from './domain';
export { isRoleMailbox } from './roles';

/** Everything on the page: its subject, LinkedIn identities, e-mails and registrable domain. */
export function scanDocument(doc: Document, pageUrl: string, options?: ScanOptions): Findings {
  return scanDocumentWith(doc, pageUrl, registrableDomain, options);
}

/** Scans only the given added subtrees (for incremental rescans); subject/domain from pageUrl. */
export function scanNodes(nodes: Iterable<Node>, pageUrl: string, options?: ScanOptions): Findings {
  return scanNodesWith(nodes, pageUrl, registrableDomain, options);
}

/**
 * Findings of `scanPageDocument` (host name as domain) with the registrable domain of the page
 * put in its place, as `scanDocument` would have given.
 */
export function withRegistrableDomain(findings: Findings, pageUrl: string): Findings {
  return withDomain(findings, pageUrl, registrableDomain);
}
