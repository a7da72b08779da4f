/**
 * Bounds of what one page can report, shared by the detectors (which cut and say `truncated`)
 * and the wire schema (which refuses anything larger). A page never fails for being big.
 */
export const FINDINGS_LIMITS = {
  /** Items per list (profiles, companies, leads, accounts, emails). */
  list: 2_000,
  /** Entries in `hints`. */
  hints: 2_000,
  /** Characters of one hint text (a name, a job line, a company name). */
  text: 200,
} as const;
