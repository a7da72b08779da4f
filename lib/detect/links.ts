/**
 * Links: the identities they name (each href normalised once per scan), what they show about
 * them (names, a person's job line), how they relate (a Sales Navigator lead's company, the
 * lead's public profile, a profile's current company), and the rep's own profile to leave out.
 */
import type { Collector } from './collector';
import { emailsFromMailto } from './emails';
import { normalizeHref, normalizeLinkedInUrl } from './linkedin';
import { isOwnProfileLink, linkHint } from './page-hints';
import type { PageContext } from './context';
import type { LinkedInRef } from './types';

const LINKS = 'a[href],area[href],link[href]';
/** LinkedIn's global navigation, where the rep's own "Me" menu lives, and profile links in it. */
const NAV = 'nav,header,[role="navigation"]';
const NAV_PROFILES =
  'nav a[href*="/in/"],header a[href*="/in/"],[role="navigation"] a[href*="/in/"]';
/**
 * A link to the identity itself (a profile's language version `/en` too); sub-paths
 * ("/overlay/contact-info", "/about") are interface links, not the person or company.
 */
const IDENTITY_LINK =
  /\/(?:in\/[^/?#]+(?:\/[a-z]{2})?|company\/[^/?#]+|sales\/(?:lead|people|company|account)\/[^/?#]+|pub\/[^/?#]+(?:\/[0-9a-f]{1,4}){3})\/?(?:[?#]|$)/i;
/** Links tried per identity for its name: pages repeat a link many times, mostly as pictures. */
const NAME_TRIES = 3;

function refOf(href: string, ctx: PageContext, out: Collector): LinkedInRef | null {
  const cached = ctx.seen.get(href);
  if (cached !== undefined || ctx.seen.has(href)) return cached ?? null;
  let ref: LinkedInRef | null = null;
  if (/^\s*mailto:/i.test(href)) out.addEmails(emailsFromMailto(href));
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

function visitLink(el: Element, ctx: PageContext, out: Collector): void {
  const href = el.getAttribute('href') ?? '';
  const ref = refOf(href, ctx, out);
  if (!ref || (ref.kind === 'profile' && ctx.self.has(ref.url)) || !out.addRef(ref)) return;
  if (el.localName !== 'a') return;
  nameFromLink(el, href, ref, ctx, out);
  relate(el, ref, ctx, out);
}

/** Adds the rep's own profile (LinkedIn's "Me" menu in the navigation) to `ctx.self`. */
export function findSelf(root: ParentNode, ctx: PageContext): void {
  if (!ctx.onLinkedIn) return;
  // Added subtrees are checked link by link: some DOMs scope `nav a` to the subtree.
  const links =
    root.nodeType === 9
      ? root.querySelectorAll(NAV_PROFILES)
      : [...root.querySelectorAll('a[href*="/in/"]')].filter((a) => a.closest(NAV));
  for (const link of links) {
    const ref = normalizeLinkedInUrl(link.getAttribute('href') ?? '', ctx.baseUrl);
    if (ref?.kind === 'profile' && !ctx.self.has(ref.url) && isOwnProfileLink(link)) {
      ctx.self.add(ref.url);
    }
  }
}

/** Reads every link under `root` (and `root` itself), in document order. */
export function scanLinks(root: ParentNode, ctx: PageContext, out: Collector): void {
  const self = root as Element;
  if (self.nodeType === 1 && self.matches(LINKS)) visitLink(self, ctx, out);
  for (const el of root.querySelectorAll(LINKS)) visitLink(el, ctx, out);
}
