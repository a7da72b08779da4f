/** Small helpers of the monitoring pages. */

/** A request id for one click (the background names the call's ledger hold with it). */
export const newRequestId = () => crypto.randomUUID();

/** What a failed message leaves the rep with: the background could not be reached. */
export const unreachable = () => ({
  kind: 'unexpected' as const,
  message: 'Prospect Lens could not reach its background. Reload the page and try again.',
  retryable: true,
});
