import type { Findings } from '@/lib/detect';

type ListKey = 'profiles' | 'companies' | 'salesLeads' | 'salesAccounts' | 'emails';
const LIST_KEYS: readonly ListKey[] = [
  'profiles',
  'companies',
  'salesLeads',
  'salesAccounts',
  'emails',
];

/** Findings with nothing in them. */
export function emptyFindings(): Findings {
  return {
    subject: null,
    profiles: [],
    companies: [],
    salesLeads: [],
    salesAccounts: [],
    emails: [],
    domain: null,
  };
}

/** What `next` has that `known` has not (lists only; subject and domain when they differ). */
export function subtractFindings(next: Findings, known: Findings): Findings {
  const delta = emptyFindings();
  for (const key of LIST_KEYS) {
    const seen = new Set(known[key]);
    delta[key] = next[key].filter((item) => !seen.has(item));
  }
  if (JSON.stringify(next.subject) !== JSON.stringify(known.subject)) delta.subject = next.subject;
  if (next.domain !== known.domain) delta.domain = next.domain;
  return delta;
}

/** True when a delta adds nothing. */
export function isEmptyFindings(findings: Findings): boolean {
  return (
    findings.subject === null &&
    findings.domain === null &&
    LIST_KEYS.every((key) => findings[key].length === 0)
  );
}
