/**
 * A scan of a page or of subtrees it added: the subject, links (with what they show), JSON-LD
 * and visible text, in that order, into one `Collector`.
 */
import { Collector } from './collector';
import { pageContext, type PageContext, type ScanOptions } from './context';
import { extractEmails } from './emails';
import { scanJsonLd } from './jsonld';
import { linkedInRefsInText, normalizeLinkedInUrl } from './linkedin';
import { findSelf, scanLinks } from './links';
import { subjectHint } from './page-hints';
import { readText } from './text';
import type { DomainResolver, Findings } from './types';

export type { ScanOptions } from './context';

function scanText(root: Node, ctx: PageContext, out: Collector): void {
  const view = readText(root);
  if (view.truncated) out.truncated = true;
  out.addEmails(extractEmails(view.text, view.joins));
  for (const ref of linkedInRefsInText(view.text, view.joins)) {
    if (!(ref.kind === 'profile' && ctx.self.has(ref.url))) out.addRef(ref);
  }
}

function subjectOf(ctx: PageContext, domain: string | null, doc?: Document): Findings['subject'] {
  if (!ctx.onLinkedIn) return domain ? { kind: 'domain', domain } : null;
  // The address bar wins: LinkedIn is a single-page app whose <head> can lag behind it.
  const candidates = [
    ctx.url?.href,
    doc?.querySelector('link[rel~="canonical"]')?.getAttribute('href'),
    doc?.querySelector('meta[property="og:url"]')?.getAttribute('content'),
  ];
  for (const candidate of candidates) {
    const ref = candidate ? normalizeLinkedInUrl(candidate, ctx.baseUrl) : null;
    if (ref) return ref;
  }
  return null;
}

/** The subject, unless it is the rep's own profile; its name from the heading or title. */
function settleSubject(
  ctx: PageContext,
  domain: string | null,
  doc: Document | undefined,
  out: Collector,
) {
  const subject = subjectOf(ctx, domain, doc);
  ctx.subject = subject?.kind === 'profile' && ctx.self.has(subject.url) ? null : subject;
  if (ctx.subject?.kind === 'salesLead') ctx.lead = ctx.subject.url;
  if (doc && ctx.subject && ctx.subject.kind !== 'domain') {
    out.addHint(ctx.subject.url, subjectHint(doc, ctx.subject.kind, ctx.subject.url));
  }
}

/** `scanDocument` with the registrable-domain lookup injected (see `scanLinkedInDocument`). */
export function scanDocumentWith(
  doc: Document,
  pageUrl: string,
  domainOf: DomainResolver,
  options: ScanOptions = {},
): Findings {
  const ctx = pageContext(pageUrl, doc, options);
  const out = new Collector();
  const domain = ctx.url ? domainOf(ctx.url.hostname) : null;
  findSelf(doc, ctx);
  settleSubject(ctx, domain, doc, out);
  scanLinks(doc, ctx, out);
  scanJsonLd(doc, out);
  if (doc.body) scanText(doc.body, ctx, out);
  return out.toFindings(ctx.subject, domain);
}

/** `scanNodes` with the registrable-domain lookup injected. */
export function scanNodesWith(
  nodes: Iterable<Node>,
  pageUrl: string,
  domainOf: DomainResolver,
  options: ScanOptions = {},
): Findings {
  const added = [...nodes];
  const doc = added[0]?.ownerDocument ?? undefined;
  const ctx = pageContext(pageUrl, doc, options);
  const out = new Collector();
  const domain = ctx.url ? domainOf(ctx.url.hostname) : null;
  const parents = added.filter((n) => n.nodeType === 1 || n.nodeType === 11) as ParentNode[];
  for (const node of parents) findSelf(node, ctx);
  // The subject's heading is read again only when one arrives (a single-page navigation).
  const headingAdded = parents.some(
    (n) => (n as Element).localName === 'h1' || n.querySelector('h1'),
  );
  settleSubject(ctx, domain, headingAdded ? doc : undefined, out);
  for (const node of added) {
    if (node.nodeType === 1 || node.nodeType === 11) {
      scanLinks(node as Element, ctx, out);
      scanJsonLd(node as Element, out);
    }
    scanText(node, ctx, out);
  }
  return out.toFindings(ctx.subject, domain);
}
