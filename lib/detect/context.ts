/** What a scan knows about the page it reads, and the options it takes. */
import { isLinkedInHost } from './linkedin';
import type { Findings, LinkedInRef } from './types';

/** Options of a scan. */
export interface ScanOptions {
  /**
   * The rep's own profile URLs, which are never findings. The scan adds those it recognises
   * (LinkedIn's "Me" menu), so a watcher keeping one set remembers them across scans.
   */
  self?: Set<string>;
}

/** One scan's view of the page: where links resolve, what it has seen, whom it relates. */
export interface PageContext {
  url: URL | null;
  onLinkedIn: boolean;
  baseUrl: string | undefined;
  /** Whether root-relative links resolve to LinkedIn (the page or its <base> is there). */
  baseOnLinkedIn: boolean;
  /** Normalised hrefs seen in this scan: pages repeat the same link many times. */
  seen: Map<string, LinkedInRef | null>;
  self: Set<string>;
  subject: Findings['subject'];
  /** The Sales Navigator lead whose company link is still to come (document order). */
  lead: string | null;
  /** Links already read for a name, per identity. */
  tries: Map<string, number>;
  /** Links in the page's navigation, found when first needed. */
  navLinks?: Set<Element>;
}

/** The context of a scan of `pageUrl` (its `<base>` read from `doc`). */
export function pageContext(
  pageUrl: string,
  doc: Document | undefined,
  options: ScanOptions,
): PageContext {
  let url: URL | null;
  try {
    url = new URL(pageUrl);
  } catch {
    url = null;
  }
  const base = doc?.getElementsByTagName('base')[0]?.getAttribute('href');
  let baseUrl = url?.href;
  if (base) {
    try {
      baseUrl = new URL(base, baseUrl).href;
    } catch {
      // A broken <base> is ignored, as browsers do.
    }
  }
  // Without a <base>, the page's own URL, already parsed.
  let baseHost: string | undefined;
  if (url && baseUrl === url.href) baseHost = url.hostname;
  else if (baseUrl !== undefined) baseHost = new URL(baseUrl).hostname;
  const baseOnLinkedIn = baseHost !== undefined && isLinkedInHost(baseHost);
  const onLinkedIn = url !== null && isLinkedInHost(url.hostname);
  const self = options.self ?? new Set<string>();
  return {
    url,
    onLinkedIn,
    baseUrl,
    baseOnLinkedIn,
    seen: new Map(),
    self,
    subject: null,
    lead: null,
    tries: new Map(),
  };
}
