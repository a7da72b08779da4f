/** The kinds of LinkedIn identity a URL can name. */
export type LinkedInKind = 'profile' | 'company' | 'salesLead' | 'salesAccount';

/** One LinkedIn identity in canonical form (see `normalizeLinkedInUrl`). */
export interface LinkedInRef {
  kind: LinkedInKind;
  url: string;
}

/** What the page shows next to one identity, as text (all optional, each at most 200 chars). */
export interface PageHint {
  /** As shown: "Amélie Rousseau", "Quillfeather Labs". Never derived from a URL slug. */
  name?: string;
  /** The job line the page shows next to the name. */
  title?: string;
  /** Sales Navigator lead (or a profile's current company): the company as shown. */
  companyName?: string;
  /** Canonical company or `sales/company` URL of that company, when the page links it. */
  companyUrl?: string;
  /** Sales Navigator lead: the public `/in/` URL, when the page carries it. */
  profileUrl?: string;
}

/**
 * Everything a page offers for lookup. Every list is distinct and in first-seen order
 * (document order: links first, then JSON-LD, then visible text), and holds at most
 * `FINDINGS_LIMITS.list` items: a larger page keeps the first ones and says `truncated`.
 */
export interface Findings {
  /** What the page itself is about. */
  subject:
    | { kind: 'profile'; url: string }
    | { kind: 'company'; url: string }
    | { kind: 'salesLead'; url: string }
    | { kind: 'salesAccount'; url: string }
    | { kind: 'domain'; domain: string }
    | null;
  /** Canonical `https://www.linkedin.com/in/<slug>`. */
  profiles: string[];
  /** Canonical `https://www.linkedin.com/company/<slug-or-id>`. */
  companies: string[];
  /** Canonical `https://www.linkedin.com/sales/lead/<id>`. */
  salesLeads: string[];
  /** Canonical `https://www.linkedin.com/sales/company/<id>`. */
  salesAccounts: string[];
  /** Lower-cased addresses. */
  emails: string[];
  /** Registrable domain of the page (public suffix list); null for IPs and localhost. */
  domain: string | null;
  /** What the page shows about an identity, keyed by its canonical URL (subject or lists). */
  hints: Record<string, PageHint>;
  /** Some list was cut at its limit, or the page's text was cut (pathological pages only). */
  truncated: boolean;
}

/** Maps a hostname to its registrable domain, or null. */
export type DomainResolver = (hostname: string) => string | null;
