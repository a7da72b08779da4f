/**
 * A scan of a page or of subtrees it added: the subject, links (with what they show), JSON-LD
 * and visible text, in that order, into one `Collector`.
 */
import { Collector } from './collector';
import { pageContext, type PageContext, type ScanOptions } from './context';
import { extractEmails } from './emails';
import { scanJsonLd } from './jsonld';
import { normalizeLinkedInUrl } from './linkedin';
import { linkedInRefsInText } from './linkedin-text';
import { scanLinks } from './links';
import { subjectHint } from './page-hints';
import { readText } from './text';
import type { DomainResolver, Findings } from './types';

export type { ScanOptions } from './context';

function scanText(root: Node, ctx: PageContext, out: Collector): void {
  const view = readText(root);
  if (view.truncated) out.truncated = true;
  const budget = { cut: false };
  out.addEmails(extractEmails(view.text, view.joins, view.visible, budget));
  if (budget.cut) out.truncated = true;
  for (const ref of linkedInRefsInText(view.text, view.joins, view.visible)) {
    if (!(ref.kind === 'profile' && ctx.self.has(ref.url))) out.addRef(ref);
  }
}

/** Where else a page names itself, asked only when its URL does not. */
const SELF_REFERENCES: [string, string][] = [
  ['link[rel~="canonical"]', 'href'],
  ['meta[property="og:url"]', 'content'],
];

function subjectOf(ctx: PageContext, domain: string | null, doc?: Document): Findings['subject'] {
  if (!ctx.onLinkedIn) return domain ? { kind: 'domain', domain } : null;
  // The address bar wins: LinkedIn is a single-page app whose <head> can lag behind it.
  const fromUrl = ctx.url ? normalizeLinkedInUrl(ctx.url.href, ctx.baseUrl) : null;
  if (fromUrl || !doc) return fromUrl;
  for (const [selector, attribute] of SELF_REFERENCES) {
    const candidate = doc.head?.querySelector(selector)?.getAttribute(attribute);
    const ref = candidate ? normalizeLinkedInUrl(candidate, ctx.baseUrl) : null;
    if (ref) return ref;
  }
  return null;
}

/** The subject (its name from the heading or title); the rep's own profile is none. */
function settleSubject(
  ctx: PageContext,
  domain: string | null,
  doc: Document | undefined,
  out: Collector,
) {
  ctx.subject = subjectOf(ctx, domain, doc);
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
  settleSubject(ctx, domain, doc, out);
  scanLinks(doc, ctx, out);
  scanJsonLd(doc, out);
  if (doc.body) scanText(doc.body, ctx, out);
  return finish(ctx, out, domain);
}

/** The findings, with the rep's own profile (recognised anywhere in the scan) left out. */
function finish(ctx: PageContext, out: Collector, domain: string | null): Findings {
  for (const url of ctx.self) out.forget(url);
  const subject = ctx.subject;
  const own = subject?.kind === 'profile' && ctx.self.has(subject.url);
  return out.toFindings(own ? null : subject, domain);
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
  return finish(ctx, out, domain);
}
