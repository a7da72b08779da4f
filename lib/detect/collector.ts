import { mergeHint, mergeHints } from './hints';
import { FINDINGS_LIMITS } from './limits';
import type { Findings, LinkedInRef, PageHint } from './types';

const LIMIT = FINDINGS_LIMITS;

/**
 * Accumulates distinct findings in first-seen order (a `Set` keeps insertion order), at most
 * `FINDINGS_LIMITS` of each: beyond, items are left out and `truncated` is set.
 */
export class Collector {
  readonly profiles = new Set<string>();
  readonly companies = new Set<string>();
  readonly salesLeads = new Set<string>();
  readonly salesAccounts = new Set<string>();
  readonly emails = new Set<string>();
  readonly hints = new Map<string, PageHint>();
  truncated = false;

  private put(set: Set<string>, item: string): boolean {
    if (set.has(item)) return true;
    if (set.size >= LIMIT.list) {
      this.truncated = true;
      return false;
    }
    set.add(item);
    return true;
  }

  /** Adds one LinkedIn identity to the list of its kind; false when that list is full. */
  addRef(ref: LinkedInRef | null): boolean {
    if (!ref) return false;
    if (ref.kind === 'profile') return this.put(this.profiles, ref.url);
    if (ref.kind === 'company') return this.put(this.companies, ref.url);
    if (ref.kind === 'salesLead') return this.put(this.salesLeads, ref.url);
    return this.put(this.salesAccounts, ref.url);
  }

  /** Adds lower-cased addresses. */
  addEmails(emails: Iterable<string>): void {
    for (const email of emails) this.put(this.emails, email);
  }

  /** Adds what the page shows about `url` (an identity in a list, or the subject). */
  addHint(url: string, hint: PageHint | null): void {
    if (!hint || Object.keys(hint).length === 0) return;
    const known = this.hints.get(url);
    if (!known && this.hints.size >= LIMIT.hints) {
      this.truncated = true;
      return;
    }
    this.hints.set(url, mergeHint(known, hint, url));
  }

  /** Leaves a profile out again (the rep's own, recognised after it was added). */
  forget(url: string): void {
    this.profiles.delete(url);
    this.hints.delete(url);
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
      hints: Object.fromEntries(this.hints),
      truncated: this.truncated,
    };
  }
}

/** `a` then `b`'s new items, at most `FINDINGS_LIMITS.list`; `cut` when some did not fit. */
function union(a: string[], b: string[]): { list: string[]; cut: boolean } {
  const all = b.length === 0 ? a.slice() : [...new Set([...a, ...b])];
  return { list: all.slice(0, LIMIT.list), cut: all.length > LIMIT.list };
}

/**
 * Combines two scans of the same page (a full scan and an incremental one): lists are united
 * keeping `a`'s order first, then `b`'s new items, within the limits; subject and domain come
 * from `a` when set; hints are merged (a better name replaces a slug-like one, never the reverse).
 */
export function mergeFindings(a: Findings, b: Findings): Findings {
  const profiles = union(a.profiles, b.profiles);
  const companies = union(a.companies, b.companies);
  const salesLeads = union(a.salesLeads, b.salesLeads);
  const salesAccounts = union(a.salesAccounts, b.salesAccounts);
  const emails = union(a.emails, b.emails);
  const hints = mergeHints(a.hints, b.hints, LIMIT.hints);
  const cut = [profiles, companies, salesLeads, salesAccounts, emails, hints].some((u) => u.cut);
  return {
    subject: a.subject ?? b.subject,
    profiles: profiles.list,
    companies: companies.list,
    salesLeads: salesLeads.list,
    salesAccounts: salesAccounts.list,
    emails: emails.list,
    domain: a.domain ?? b.domain,
    hints: hints.hints,
    truncated: a.truncated || b.truncated || cut,
  };
}
