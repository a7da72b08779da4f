/**
 * The account slice: credits and pricing (every quote is made from the account's price list),
 * spend against the caps, the open section, what the history holds of the rows on screen, and
 * one workspace-wide notice.
 */
import type { HistoryEntry } from '@/lib/history/types';
import type { AccountSummary, UserError } from '@/lib/lookup';
import { sendMessage } from '@/lib/messaging/client';
import type { SpendStatus } from '@/lib/messaging/lookup';
import type { WsSlice } from './types';

/** A short message for the rep: done, or what went wrong. */
export interface Notice {
  tone: 'ok' | 'error';
  text: string;
}

export interface AccountSlice {
  section: string;
  account: AccountSummary | null;
  accountError: UserError | null;
  spend: SpendStatus | null;
  /** History entries by `person:<id>` / `company:<id>`. */
  revealed: Record<string, HistoryEntry>;
  notice: Notice | null;
  setSection(section: string): void;
  loadAccount(refresh?: boolean): Promise<void>;
  loadSpend(): Promise<void>;
  /** Which of these keys the history holds (no API call); 2,000 at a time. */
  findRevealed(keys: string[]): Promise<void>;
  showNotice(notice: Notice | null): void;
}

/** Creates the account slice. */
export const createAccountSlice: WsSlice<AccountSlice> = (set) => ({
  section: 'prospecting',
  account: null,
  accountError: null,
  spend: null,
  revealed: {},
  notice: null,
  setSection: (section) => set({ section }),
  showNotice: (notice) => set({ notice }),
  loadAccount: async (refresh = false) => {
    const outcome = await sendMessage('getAccount', refresh ? { refresh } : {}).catch(() => null);
    if (outcome?.ok) set({ account: outcome.value, accountError: null });
    else if (outcome) set({ accountError: outcome.error });
  },
  loadSpend: async () => {
    const spend = await sendMessage('getSpend', {}).catch(() => null);
    if (spend) set({ spend });
  },
  findRevealed: async (keys) => {
    const unique = [...new Set(keys)];
    for (let i = 0; i < unique.length; i += 2000) {
      const found = await sendMessage('findRevealed', {
        identifiers: unique.slice(i, i + 2000),
      }).catch(() => null);
      if (found && Object.keys(found).length) {
        set((s) => ({ revealed: { ...s.revealed, ...found } }));
      }
    }
  },
});
