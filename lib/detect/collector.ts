import type { Findings, LinkedInRef } from './types';

/** Accumulates distinct findings in first-seen order (a `Set` keeps insertion order). */
export class Collector {
  readonly profiles = new Set<string>();
  readonly companies = new Set<string>();
  readonly salesLeads = new Set<string>();
  readonly salesAccounts = new Set<string>();
  readonly emails = new Set<string>();

  /** Adds one LinkedIn identity to the list of its kind. */
  addRef(ref: LinkedInRef | null): void {
    if (!ref) return;
    if (ref.kind === 'profile') this.profiles.add(ref.url);
    else if (ref.kind === 'company') this.companies.add(ref.url);
    else if (ref.kind === 'salesLead') this.salesLeads.add(ref.url);
    else this.salesAccounts.add(ref.url);
  }

  /** Adds lower-cased addresses. */
  addEmails(emails: Iterable<string>): void {
    for (const email of emails) this.emails.add(email);
  }

  /** Freezes the sets into a `Findings` with the given subject and domain. */
  toFindings(subject: Findings['subject'], domain: string | null): Findings {
    return {
      subject,
      profiles: [...this.profiles],
      companies: [...this.companies],
      salesLeads: [...this.salesLeads],
      salesAccounts: [...this.salesAccounts],
      emails: [...this.emails],
      domain,
    };
  }
}

function union(a: string[], b: string[]): string[] {
  if (b.length === 0) return a.slice();
  return [...new Set([...a, ...b])];
}

/**
 * Combines two scans of the same page (a full scan and an incremental one): lists are united
 * keeping `a`'s order first, then `b`'s new items; subject and domain come from `a` when set.
 */
export function mergeFindings(a: Findings, b: Findings): Findings {
  return {
    subject: a.subject ?? b.subject,
    profiles: union(a.profiles, b.profiles),
    companies: union(a.companies, b.companies),
    salesLeads: union(a.salesLeads, b.salesLeads),
    salesAccounts: union(a.salesAccounts, b.salesAccounts),
    emails: union(a.emails, b.emails),
    domain: a.domain ?? b.domain,
  };
}
