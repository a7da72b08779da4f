/**
 * Links: the identities they name (each href normalised once per scan), what they show about
 * them (names, a person's job line), how they relate (a Sales Navigator lead's company, the
 * lead's public profile, a profile's current company), and the rep's own profile to leave out.
 */
import type { Collector } from './collector';
import { emailsFromMailto } from './emails';
import { normalizeHref } from './linkedin';
import { isOwnProfileLink, linkHint } from './page-hints';
import type { PageContext } from './context';
import type { LinkedInRef } from './types';

const LINK_TAGS = ['link', 'a', 'area'];
/** LinkedIn's global navigation, where the rep's own "Me" menu lives. */
const NAV_TAGS = ['nav', 'header'];
/**
 * A link to the identity itself (a profile's language version `/en` too); sub-paths
 * ("/overlay/contact-info", "/about") are interface links, not the person or company.
 */
const IDENTITY_LINK =
  /\/(?:in\/[^/?#]+(?:\/[a-z]{2})?|company\/[^/?#]+|sales\/(?:lead|people|company|account)\/[^/?#]+|pub\/[^/?#]+(?:\/[0-9a-f]{1,4}){3})\/?(?:[?#]|$)/i;
/** Links tried per identity for its name: pages repeat a link many times, mostly as pictures. */
const NAME_TRIES = 3;

/** Whether an href may be a mailto: link (it starts with an "m" or with whitespace). */
function mayBeMailto(href: string): boolean {
  const first = href.charCodeAt(0);
  return first <= 32 || (first | 0x20) === 109;
}

function refOf(href: string, ctx: PageContext, out: Collector): LinkedInRef | null {
  const cached = ctx.seen.get(href);
  if (cached !== undefined || ctx.seen.has(href)) return cached ?? null;
  let ref: LinkedInRef | null = null;
  if (mayBeMailto(href) && /^\s*mailto:/i.test(href)) out.addEmails(emailsFromMailto(href));
  // Off LinkedIn, a link can only name a LinkedIn identity if it spells the host out.
  else if (ctx.baseOnLinkedIn || /linkedin/i.test(href)) {
    ref = normalizeHref(href, ctx.baseUrl, ctx.baseOnLinkedIn);
  }
  ctx.seen.set(href, ref);
  return ref;
}

/** The name (and job line) a link shows, for an identity that has no name yet. */
function nameFromLink(
  el: Element,
  href: string,
  ref: LinkedInRef,
  ctx: PageContext,
  out: Collector,
): void {
  if (out.hints.get(ref.url)?.name || !IDENTITY_LINK.test(href)) return;
  const tries = ctx.tries.get(ref.url) ?? 0;
  if (tries >= NAME_TRIES) return;
  ctx.tries.set(ref.url, tries + 1);
  out.addHint(ref.url, linkHint(el, ref.kind));
}

/**
 * What a link says about the subject or a Sales Navigator lead: a lead's company is the first
 * account link after it (before another lead's link), a profile's current company is labelled
 * so, and a lead page links the lead's public profile ("View LinkedIn profile").
 */
function relate(el: Element, ref: LinkedInRef, ctx: PageContext, out: Collector): void {
  const subject = ctx.subject;
  if (ref.kind === 'salesLead') ctx.lead = ref.url;
  else if (ref.kind === 'salesAccount' && ctx.lead) {
    const companyName = out.hints.get(ref.url)?.name;
    if (companyName) out.addHint(ctx.lead, { companyName, companyUrl: ref.url });
    ctx.lead = null;
  } else if (subject?.kind === 'profile' && ref.kind === 'company') {
    const label = el.getAttribute('aria-label') ?? '';
    const companyName = /^current company/i.test(label) ? out.hints.get(ref.url)?.name : '';
    if (companyName) out.addHint(subject.url, { companyName, companyUrl: ref.url });
  } else if (subject?.kind === 'salesLead' && ref.kind === 'profile') {
    const label = `${el.getAttribute('aria-label') ?? ''} ${(el.textContent ?? '').slice(0, 200)}`;
    if (/linkedin profile/i.test(label)) out.addHint(subject.url, { profileUrl: ref.url });
  }
}

/** The links inside the page's `<nav>` and `<header>` elements (a handful), once per scan. */
function navigationLinks(el: Element, ctx: PageContext): Set<Element> {
  if (ctx.navLinks) return ctx.navLinks;
  const links = new Set<Element>();
  const doc = el.ownerDocument;
  for (const tag of NAV_TAGS) {
    const navs = doc.getElementsByTagName(tag);
    for (let i = 0; i < navs.length; i++) {
      const inside = navs[i]!.getElementsByTagName('a');
      for (let k = 0; k < inside.length; k++) links.add(inside[k]!);
    }
  }
  return (ctx.navLinks = links);
}

/** Whether a profile link is the rep's own: in the navigation's "Me" menu (LinkedIn only). */
function ownProfile(el: Element, ref: LinkedInRef, ctx: PageContext): boolean {
  if (ref.kind !== 'profile' || !ctx.onLinkedIn) return false;
  if (ctx.self.has(ref.url)) return true;
  if (!navigationLinks(el, ctx).has(el) || !isOwnProfileLink(el)) return false;
  ctx.self.add(ref.url);
  return true;
}

function visitLink(el: Element, ctx: PageContext, out: Collector): void {
  const href = el.getAttribute('href');
  const ref = href === null ? null : refOf(href, ctx, out);
  if (!ref || ownProfile(el, ref, ctx) || !out.addRef(ref)) return;
  if (el.localName !== 'a') return;
  nameFromLink(el, href!, ref, ctx, out);
  relate(el, ref, ctx, out);
}

/**
 * Reads every link under `root` (and `root` itself): `<link>`s, then `<a>`s, then `<area>`s,
 * each in document order, from live collections (no selector matching, no copies). The rep's
 * own profile links are left out, and remembered.
 */
export function scanLinks(root: ParentNode, ctx: PageContext, out: Collector): void {
  if (root.nodeType === 1 && LINK_TAGS.includes((root as Element).localName)) {
    visitLink(root as Element, ctx, out);
  }
  if (root.nodeType === 11) {
    for (const el of root.querySelectorAll(LINK_TAGS.join(','))) visitLink(el, ctx, out);
  } else {
    const scope = root as Element | Document;
    for (const tag of LINK_TAGS) {
      const links = scope.getElementsByTagName(tag);
      for (let i = 0; i < links.length; i++) visitLink(links[i]!, ctx, out);
    }
  }
  for (const url of ctx.self) out.forget(url);
}
