/** The account slice: key status (masked), credits, plan and rate-limit status. */
import type { AccountSummary, UserError } from '@/lib/lookup';
import { sendMessage } from '@/lib/messaging/client';
import type { KeyStatus, SpendStatus } from '@/lib/messaging/lookup';
import type { Slice } from './types';

export interface AccountSlice {
  keyStatus: KeyStatus | null;
  account: AccountSummary | null;
  accountError: UserError | null;
  accountLoading: boolean;
  /** Credits spent today and this month, and the caps (for the confirm bar). */
  spend: SpendStatus | null;
  loadKeyStatus(): Promise<void>;
  loadSpend(): Promise<void>;
  /** The account; `refresh` asks Lusha again (the background keeps to 5 calls a minute). */
  loadAccount(refresh: boolean): Promise<void>;
}

/** Creates the account slice. */
export const createAccountSlice: Slice<AccountSlice> = (set) => ({
  keyStatus: null,
  account: null,
  accountError: null,
  accountLoading: false,
  spend: null,
  loadSpend: async () => {
    const spend = await sendMessage('getSpend', {}).catch(() => null);
    if (spend) set({ spend });
  },
  loadKeyStatus: async () => {
    const keyStatus = await sendMessage('getKeyStatus', {}).catch(() => null);
    if (keyStatus) set({ keyStatus });
  },
  loadAccount: async (refresh) => {
    set({ accountLoading: true });
    const outcome = await sendMessage('getAccount', refresh ? { refresh } : {}).catch(() => null);
    if (!outcome) set({ accountLoading: false });
    else if (outcome.ok) set({ account: outcome.value, accountError: null, accountLoading: false });
    else set({ accountError: outcome.error, accountLoading: false });
  },
});
