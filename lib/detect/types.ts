/** The kinds of LinkedIn identity a URL can name. */
export type LinkedInKind = 'profile' | 'company' | 'salesLead' | 'salesAccount';

/** One LinkedIn identity in canonical form (see `normalizeLinkedInUrl`). */
export interface LinkedInRef {
  kind: LinkedInKind;
  url: string;
}

/**
 * Everything a page offers for lookup. Every list is distinct and in first-seen order
 * (document order: links first, then JSON-LD, then visible text).
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
}

/** Maps a hostname to its registrable domain, or null. */
export type DomainResolver = (hostname: string) => string | null;
