/**
 * The sandbox's accounts, one per API key, each a different situation a client must handle:
 * a healthy balance, no credits, an inactive account and a throttled one.
 */
import type { AccountState } from './types';

/** The keys the sandbox accepts, read from the `api_key` header. */
export const SANDBOX_KEYS = {
  /** A normal account with a healthy balance. */
  normal: 'sandbox-key',
  /** No credits: billed calls answer 402, free ones (account usage) work. */
  noCredits: 'sandbox-no-credits',
  /** Every call answers 403 "account is not active". */
  inactive: 'sandbox-inactive',
  /** 3 general requests per minute, then 429. */
  throttled: 'sandbox-throttled',
} as const;

/** The credits a normal account starts each reset with. */
export const STARTING_CREDITS = 10_000;

/** A key's fixed situation. */
export interface AccountProfile {
  key: string;
  totalCredits: number;
  active: boolean;
  /** Per-minute cap on general requests, when lower than the class default. */
  generalPerMinute?: number;
  plan: { category: string; renewalType: string; startDate: string; endDate: string | null };
}

/** An account's profile plus its mutable state. */
export interface Account extends AccountState {
  profile: AccountProfile;
  creditsUsed: number;
}

const PLAN = {
  category: 'professional',
  renewalType: 'annual',
  startDate: '2026-01-01T00:00:00.000Z',
  endDate: '2027-01-01T00:00:00.000Z',
};

/** The four profiles, by key. */
export const PROFILES: Readonly<Record<string, AccountProfile>> = {
  [SANDBOX_KEYS.normal]: {
    key: SANDBOX_KEYS.normal,
    totalCredits: STARTING_CREDITS,
    active: true,
    plan: PLAN,
  },
  [SANDBOX_KEYS.noCredits]: {
    key: SANDBOX_KEYS.noCredits,
    totalCredits: 0,
    active: true,
    plan: { category: 'free', renewalType: 'none', startDate: PLAN.startDate, endDate: null },
  },
  [SANDBOX_KEYS.inactive]: {
    key: SANDBOX_KEYS.inactive,
    totalCredits: 0,
    active: false,
    plan: PLAN,
  },
  [SANDBOX_KEYS.throttled]: {
    key: SANDBOX_KEYS.throttled,
    totalCredits: STARTING_CREDITS,
    active: true,
    generalPerMinute: 3,
    plan: PLAN,
  },
};

/** A fresh account for a profile: nothing used, nothing revealed. */
export function newAccount(profile: AccountProfile): Account {
  return {
    key: profile.key,
    profile,
    creditsUsed: 0,
    revealedContacts: new Map(),
    revealedCompanies: new Map(),
    modules: new Map(),
  };
}

/** The accounts in use, created on first call with their key. */
export class AccountBook {
  private readonly accounts = new Map<string, Account>();

  /** The account of a known key (see `PROFILES`). */
  get(key: string): Account {
    let account = this.accounts.get(key);
    if (!account) {
      const profile = PROFILES[key];
      if (!profile) throw new Error(`No sandbox account for key ${key}`);
      account = newAccount(profile);
      this.accounts.set(key, account);
    }
    return account;
  }

  /** Forgets every account's balance, reveals and module state. */
  clear(): void {
    this.accounts.clear();
  }
}

/** Credits left on an account. */
export function remainingCredits(account: Account): number {
  return account.profile.totalCredits - account.creditsUsed;
}

/** The spec's message for an inactive account (403). */
export const INACTIVE_MESSAGE =
  'Your account is not active. Please reach out to support at support@lusha.com';
