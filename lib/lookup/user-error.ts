/**
 * Every failure the rep can meet, as plain data the side panel shows: what happened, in words
 * a rep understands, and the way out. Lusha errors, spending caps and anything unexpected.
 */
import { isLushaApiError, type LushaErrorKind } from '@/lib/lusha';
import { CapExceededError } from './ledger';

export type UserErrorKind = LushaErrorKind | 'capExceeded' | 'noKey' | 'unexpected';

/** A failure as the UI shows it. Carries no key, no request, nothing secret. */
export interface UserError {
  kind: UserErrorKind;
  message: string;
  retryable: boolean;
  /** HTTP status, when Lusha answered. */
  status?: number;
}

/** The error thrown when no API key is saved and demo mode is off. */
export class NoKeyError extends Error {
  readonly kind = 'noKey';
  readonly userMessage =
    'Add your Lusha API key in Settings, or switch on demo mode to try Prospect Lens with sample data.';
  constructor() {
    super('No Lusha API key saved');
    this.name = 'NoKeyError';
  }
}

/** Turns anything thrown into a UserError. */
export function toUserError(error: unknown): UserError {
  if (isLushaApiError(error)) {
    return {
      kind: error.kind,
      message: error.userMessage,
      retryable: error.retryable,
      ...(error.status ? { status: error.status } : {}),
    };
  }
  if (error instanceof CapExceededError || error instanceof NoKeyError) {
    return { kind: error.kind, message: error.userMessage, retryable: false };
  }
  return {
    kind: 'unexpected',
    message: 'Something went wrong in Prospect Lens. Try again; nothing was charged twice.',
    retryable: true,
  };
}
