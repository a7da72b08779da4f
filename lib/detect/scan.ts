import { Collector } from './collector';
import { emailsFromMailto, extractEmails } from './emails';
import { scanJsonLd } from './jsonld';
import {
  isLinkedInHost,
  linkedInRefsInText,
  normalizeHref,
  normalizeLinkedInUrl,
} from './linkedin';
import { readText } from './text';
import type { DomainResolver, Findings, LinkedInRef } from './types';

const LINKS = 'a[href],area[href],link[href]';

interface PageContext {
  url: URL | null;
  onLinkedIn: boolean;
  baseUrl: string | undefined;
  /** Whether root-relative links resolve to LinkedIn (the page or its <base> is there). */
  baseOnLinkedIn: boolean;
  /** Normalised hrefs seen in this scan: pages repeat the same link many times. */
  seen: Map<string, LinkedInRef | null>;
}

function pageContext(pageUrl: string, doc?: Document): PageContext {
  let url: URL | null;
  try {
    url = new URL(pageUrl);
  } catch {
    url = null;
  }
  const base = doc?.querySelector('base[href]')?.getAttribute('href');
  let baseUrl = url?.href;
  if (base) {
    try {
      baseUrl = new URL(base, baseUrl).href;
    } catch {
      // A broken <base> is ignored, as browsers do.
    }
  }
  const baseOnLinkedIn = baseUrl !== undefined && isLinkedInHost(new URL(baseUrl).hostname);
  const onLinkedIn = url !== null && isLinkedInHost(url.hostname);
  return { url, onLinkedIn, baseUrl, baseOnLinkedIn, seen: new Map() };
}

function scanHref(href: string, ctx: PageContext, out: Collector): void {
  const cached = ctx.seen.get(href);
  if (cached !== undefined || ctx.seen.has(href)) {
    out.addRef(cached ?? null);
    return;
  }
  let ref: LinkedInRef | null = null;
  if (/^\s*mailto:/i.test(href)) out.addEmails(emailsFromMailto(href));
  // Off LinkedIn, a link can only name a LinkedIn identity if it spells the host out.
  else if (ctx.baseOnLinkedIn || /linkedin/i.test(href)) {
    ref = normalizeHref(href, ctx.baseUrl, ctx.baseOnLinkedIn);
  }
  ctx.seen.set(href, ref);
  out.addRef(ref);
}

function scanLinks(root: ParentNode, ctx: PageContext, out: Collector): void {
  const self = root as Element;
  if (self.nodeType === 1 && self.matches(LINKS))
    scanHref(self.getAttribute('href') ?? '', ctx, out);
  for (const el of root.querySelectorAll(LINKS)) scanHref(el.getAttribute('href') ?? '', ctx, out);
}

function scanText(root: Node, out: Collector): void {
  const view = readText(root);
  if (view.truncated) out.truncated = true;
  out.addEmails(extractEmails(view.text, view.joins));
  for (const ref of linkedInRefsInText(view.text, view.joins)) out.addRef(ref);
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

/** `scanDocument` with the registrable-domain lookup injected (see `scanLinkedInDocument`). */
export function scanDocumentWith(
  doc: Document,
  pageUrl: string,
  domainOf: DomainResolver,
): Findings {
  const ctx = pageContext(pageUrl, doc);
  const out = new Collector();
  scanLinks(doc, ctx, out);
  scanJsonLd(doc, out);
  if (doc.body) scanText(doc.body, out);
  const domain = ctx.url ? domainOf(ctx.url.hostname) : null;
  return out.toFindings(subjectOf(ctx, domain, doc), domain);
}

/** `scanNodes` with the registrable-domain lookup injected. */
export function scanNodesWith(
  nodes: Iterable<Node>,
  pageUrl: string,
  domainOf: DomainResolver,
): Findings {
  const added = [...nodes];
  const ctx = pageContext(pageUrl, added[0]?.ownerDocument ?? undefined);
  const out = new Collector();
  for (const node of added) {
    if (node.nodeType === 1 || node.nodeType === 11) {
      scanLinks(node as Element, ctx, out);
      scanJsonLd(node as Element, out);
    }
    scanText(node, out);
  }
  const domain = ctx.url ? domainOf(ctx.url.hostname) : null;
  return out.toFindings(subjectOf(ctx, domain), domain);
}
