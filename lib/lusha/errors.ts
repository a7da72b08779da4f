/** The one error the Lusha client throws, with a sentence a sales rep can act on. */
import type { RateLimit } from './rate-limit';

/** What went wrong, from the HTTP status or the transport. */
export type LushaErrorKind =
  | 'badRequest'
  | 'unauthorized'
  | 'noCredits'
  | 'forbidden'
  | 'notFound'
  | 'sessionExpired'
  | 'rateLimited'
  | 'gdprBlocked'
  | 'clientClosed'
  | 'server'
  | 'network'
  | 'timeout'
  | 'invalidResponse';

const userMessages: Record<LushaErrorKind, string> = {
  badRequest: 'Lusha could not process this request. Check the details and try again.',
  unauthorized: 'Lusha rejected the API key. Check it in Settings, or paste a new one.',
  noCredits: 'Your Lusha account is out of credits. Add credits in Lusha, then try again.',
  forbidden:
    'Your Lusha plan or account does not allow this. Ask your Lusha admin to check the plan and that the account is active.',
  notFound: 'Lusha could not find that record. It may have been removed.',
  sessionExpired: 'This lookalike session has expired. Start the search again.',
  rateLimited: "Lusha's rate limit was reached. Prospect Lens will retry shortly.",
  gdprBlocked: "Lusha can't share this person's data because of privacy rules (GDPR).",
  clientClosed: 'The request to Lusha was cut short. Try again.',
  server: 'Lusha is having trouble right now. Try again in a few minutes.',
  network: "Can't reach Lusha. Check your connection.",
  timeout: 'Lusha took too long to answer. Try again in a moment.',
  invalidResponse: 'Lusha sent an answer Prospect Lens could not read. Try again later.',
};

const retryableKinds = new Set<LushaErrorKind>([
  'rateLimited',
  'server',
  'network',
  'timeout',
  'clientClosed',
]);

/** The error kind of an HTTP status (any other 4xx counts as a bad request). */
export function kindOfStatus(status: number): LushaErrorKind {
  const byStatus: Record<number, LushaErrorKind> = {
    400: 'badRequest',
    401: 'unauthorized',
    402: 'noCredits',
    403: 'forbidden',
    404: 'notFound',
    410: 'sessionExpired',
    429: 'rateLimited',
    451: 'gdprBlocked',
    499: 'clientClosed',
  };
  if (status >= 500) return 'server';
  return byStatus[status] ?? 'badRequest';
}

/** Fields of a {@link LushaApiError}. */
export interface LushaApiErrorInit {
  kind: LushaErrorKind;
  operationId?: string;
  status?: number;
  /** The API's own `message`, when the body had one. */
  apiMessage?: string;
  /** The API's `errors` (validation details), or the schema issues for `invalidResponse`. */
  errors?: unknown[];
  rateLimit?: RateLimit;
  cause?: unknown;
  /**
   * True when Lusha may have billed the call although no usable answer came back (the
   * connection broke after sending, a 5xx, an unreadable or disguised error answer).
   */
  billingUnknown?: boolean;
}

/**
 * Any failure of a Lusha call. `userMessage` is one sentence for the rep; `retryable` says
 * whether the same call may succeed later. For chunked calls, `partial` holds what the chunks
 * before the failing one returned (and were billed for), so nothing paid for is lost.
 */
export class LushaApiError extends Error {
  readonly kind: LushaErrorKind;
  readonly operationId?: string;
  readonly status?: number;
  readonly apiMessage?: string;
  readonly errors?: unknown[];
  readonly retryable: boolean;
  readonly rateLimit?: RateLimit;
  readonly userMessage: string;
  /** See {@link LushaApiErrorInit.billingUnknown}. */
  readonly billingUnknown: boolean;
  /** Merged result of the chunks that succeeded before this error (chunked calls only). */
  partial?: { data: unknown; billing: unknown; itemsDone: number };

  constructor(init: LushaApiErrorInit) {
    const where = init.operationId ? ` on ${init.operationId}` : '';
    const status = init.status === undefined ? '' : ` ${init.status}`;
    super(`Lusha ${init.kind}${status}${where}${init.apiMessage ? `: ${init.apiMessage}` : ''}`, {
      cause: init.cause,
    });
    this.name = 'LushaApiError';
    this.kind = init.kind;
    this.operationId = init.operationId;
    this.status = init.status;
    this.apiMessage = init.apiMessage;
    this.errors = init.errors;
    this.rateLimit = init.rateLimit;
    this.retryable = retryableKinds.has(init.kind);
    this.userMessage = userMessages[init.kind];
    this.billingUnknown = init.billingUnknown ?? false;
  }
}

/** Narrows an unknown thrown value to a {@link LushaApiError}. */
export function isLushaApiError(value: unknown): value is LushaApiError {
  return value instanceof LushaApiError;
}
