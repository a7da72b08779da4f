/**
 * Every failure as the panel shows it: a short title in a rep's words, Lusha's own explanation,
 * and the way out (a button to settings, a retry, or just waiting).
 */
import type { UserError } from '@/lib/lookup';

/** What the rep can do about an error. */
export type ErrorAction = 'settings' | 'retry' | 'history' | null;

/** An error, ready to show. */
export interface ErrorAdvice {
  title: string;
  detail: string;
  action: ErrorAction;
  actionLabel: string | null;
}

const TITLES: Record<string, [string, ErrorAction]> = {
  unauthorized: ['Your API key was not accepted', 'settings'],
  noKey: ['No API key yet', 'settings'],
  noCredits: ['Out of credits', 'history'],
  forbidden: ['Not on your plan', null],
  rateLimited: ['Lusha asked us to slow down', 'retry'],
  gdprBlocked: ['Blocked by GDPR', null],
  capExceeded: ['Your credit cap is reached', 'settings'],
  server: ['Lusha is having trouble', 'retry'],
  network: ['No connection to Lusha', 'retry'],
  timeout: ['Lusha took too long to answer', 'retry'],
};

const BY_STATUS: Record<number, string> = {
  401: 'unauthorized',
  402: 'noCredits',
  403: 'forbidden',
  429: 'rateLimited',
  451: 'gdprBlocked',
};

const LABELS: Record<Exclude<ErrorAction, null>, string> = {
  settings: 'Open settings',
  retry: 'Try again',
  history: 'See what you already revealed',
};

/** Lusha's 403 for an account switched off, rather than a feature missing from the plan. */
const INACTIVE = /not active|inactive|deactivated|suspended|disabled/i;

/** The title and way out of `error`; `balance` is added to "out of credits". */
export function errorAdvice(error: UserError, balance?: number | null): ErrorAdvice {
  if (error.status === 403 && INACTIVE.test(error.lushaSaid ?? '')) {
    return {
      title: 'Your Lusha account is not active',
      detail: `Lusha says: “${error.lushaSaid}”. Ask your Lusha admin to reactivate it. Nothing was charged.`,
      action: null,
      actionLabel: null,
    };
  }
  const kind =
    (error.status && BY_STATUS[error.status]) ||
    (error.status && error.status >= 500 ? 'server' : error.kind);
  const [title, fallbackAction] = TITLES[kind] ?? [
    'Something went wrong',
    error.retryable ? 'retry' : null,
  ];
  const action = fallbackAction ?? (error.retryable ? 'retry' : null);
  const money =
    kind === 'noCredits' && typeof balance === 'number' ? ` Your balance: ${balance}.` : '';
  return {
    title,
    detail: `${error.message}${money}`,
    action,
    actionLabel: action ? LABELS[action] : null,
  };
}

/** Words for the queue's back-off reasons, shown with the countdown. */
export const WAIT_WORDS: Record<string, string> = {
  rateLimited: 'Lusha’s rate limit is reached. Waiting, then your request carries on',
  server: 'Lusha is having trouble. Trying again',
  network: 'No connection to Lusha. Trying again',
  timeout: 'Lusha is slow to answer. Trying again',
};
