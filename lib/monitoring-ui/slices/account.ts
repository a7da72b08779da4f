/** The account slice: credits, plan, pricing and rate limits (getAccount), and what was spent. */
import type { AccountSummary, UserError } from '@/lib/lookup';
import { sendMessage } from '@/lib/messaging/client';
import type { SpendStatus } from '@/lib/messaging/lookup';
import type { MonSlice } from './types';

export interface AccountSlice {
  account: AccountSummary | null;
  accountError: UserError | null;
  accountLoading: boolean;
  spend: SpendStatus | null;
  /** The account; `refresh` asks Lusha again (the background keeps to 5 calls a minute). */
  loadAccount(refresh?: boolean): Promise<void>;
  loadSpend(): Promise<void>;
}

/** Creates the account slice. */
export const createAccountSlice: MonSlice<AccountSlice> = (set) => ({
  account: null,
  accountError: null,
  accountLoading: false,
  spend: null,
  loadAccount: async (refresh = false) => {
    set({ accountLoading: true });
    const outcome = await sendMessage('getAccount', refresh ? { refresh } : {}).catch(() => null);
    if (!outcome) set({ accountLoading: false });
    else if (outcome.ok) set({ account: outcome.value, accountError: null, accountLoading: false });
    else set({ accountError: outcome.error, accountLoading: false });
  },
  loadSpend: async () => {
    const spend = await sendMessage('getSpend', {}).catch(() => null);
    if (spend) set({ spend });
  },
});
