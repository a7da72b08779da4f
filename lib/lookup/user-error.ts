/**
 * Every failure the rep can meet, as plain data the side panel shows: what happened, in words
 * a rep understands, and the way out. Lusha errors, spending caps and anything unexpected.
 * No message claims "nothing was charged" unless that is known.
 */
import { isLushaApiError, type LushaErrorKind } from '@/lib/lusha';
import { CapExceededError } from './ledger';

export type UserErrorKind =
  | LushaErrorKind
  | 'capExceeded'
  | 'noKey'
  | 'chargedNoAnswer'
  | 'itemFailed'
  | 'storage'
  | 'unexpected';

/** A failure as the UI shows it. Carries no key, no request, nothing secret. */
export interface UserError {
  kind: UserErrorKind;
  message: string;
  retryable: boolean;
  /** HTTP status, when Lusha answered. */
  status?: number;
  /** Credits Lusha is known to have charged for the failed call. */
  charged?: number;
  /** True when Lusha may have charged and it could not be checked. */
  billingUnknown?: boolean;
  /** Lusha's own words, when it said something (shown as such, text only). */
  lushaSaid?: string;
}

/** The error thrown when no API key is saved and demo mode is off. */
export class NoKeyError extends Error {
  readonly kind = 'noKey';
  constructor(
    readonly userMessage = 'Add your Lusha API key in Settings, or switch on demo mode to try Prospect Lens with sample data.',
  ) {
    super('No Lusha API key saved');
    this.name = 'NoKeyError';
  }
}

interface KnownError {
  kind: UserErrorKind;
  userMessage: string;
  charged?: number;
}

const KNOWN = new Set(['capExceeded', 'noKey', 'chargedNoAnswer', 'itemFailed', 'storage']);

function isKnown(error: unknown): error is KnownError {
  const e = error as Partial<KnownError> | null;
  return typeof e?.kind === 'string' && KNOWN.has(e.kind) && typeof e.userMessage === 'string';
}

const MAY_HAVE_CHARGED =
  ' The request may have reached Lusha and been charged; your balance will show it.';

/** Turns anything thrown into a UserError. */
export function toUserError(error: unknown): UserError {
  if (isLushaApiError(error)) {
    return {
      kind: error.kind,
      message: error.userMessage + (error.billingUnknown ? MAY_HAVE_CHARGED : ''),
      retryable: error.retryable || error.kind === 'invalidResponse',
      ...(error.status ? { status: error.status } : {}),
      ...(error.billingUnknown ? { billingUnknown: true } : {}),
      ...(error.apiMessage ? { lushaSaid: error.apiMessage.slice(0, 300) } : {}),
    };
  }
  if (error instanceof CapExceededError) {
    return { kind: error.kind, message: error.userMessage, retryable: false };
  }
  if (isKnown(error)) {
    return {
      kind: error.kind,
      message: error.userMessage,
      retryable: error.kind !== 'noKey',
      ...(typeof error.charged === 'number' ? { charged: error.charged } : {}),
    };
  }
  return {
    kind: 'unexpected',
    message: 'Something went wrong in Prospect Lens. Try again.',
    retryable: true,
  };
}
