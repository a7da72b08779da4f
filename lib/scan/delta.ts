import { mergeHint, sameHint, type Findings } from '@/lib/detect/lite';

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
    hints: {},
    truncated: false,
  };
}

/**
 * What `next` has that `known` has not: new list items, hints that would change what `known`
 * says (a new identity's, or a better name), `truncated` once it is first set, subject and
 * domain when they differ.
 */
export function subtractFindings(next: Findings, known: Findings): Findings {
  const delta = emptyFindings();
  for (const key of LIST_KEYS) {
    const seen = new Set(known[key]);
    delta[key] = next[key].filter((item) => !seen.has(item));
  }
  for (const [url, hint] of Object.entries(next.hints)) {
    const before = known.hints[url];
    if (!sameHint(mergeHint(before, hint, url), before)) delta.hints[url] = hint;
  }
  delta.truncated = next.truncated && !known.truncated;
  if (JSON.stringify(next.subject) !== JSON.stringify(known.subject)) delta.subject = next.subject;
  if (next.domain !== known.domain) delta.domain = next.domain;
  return delta;
}

/** True when a delta adds nothing. */
export function isEmptyFindings(findings: Findings): boolean {
  return (
    findings.subject === null &&
    findings.domain === null &&
    !findings.truncated &&
    Object.keys(findings.hints).length === 0 &&
    LIST_KEYS.every((key) => findings[key].length === 0)
  );
}
