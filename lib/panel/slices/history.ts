/** The history slice: every revealed person and company, searchable, and what a page shows as revealed. */
import type { HistoryEntry } from '@/lib/history';
import { sendMessage } from '@/lib/messaging/client';
import type { Slice } from './types';

export interface HistorySlice {
  history: HistoryEntry[];
  historyQuery: string;
  /** History entries by the identifier (LinkedIn URL, email, domain) they matched. */
  revealed: Record<string, HistoryEntry>;
  loadHistory(query?: string): Promise<void>;
  /** Which of `identifiers` were revealed before (no API call). */
  findRevealed(identifiers: string[]): Promise<void>;
  /** The history as CSV text and a file name. */
  exportHistory(): Promise<{ csv: string; filename: string } | null>;
}

/** Creates the history slice. */
export const createHistorySlice: Slice<HistorySlice> = (set, get) => ({
  history: [],
  historyQuery: '',
  revealed: {},
  loadHistory: async (query) => {
    const wanted = query ?? get().historyQuery;
    set({ historyQuery: wanted });
    const history = await sendMessage('getHistory', wanted ? { query: wanted } : {}).catch(
      () => null,
    );
    if (history && get().historyQuery === wanted) set({ history });
  },
  findRevealed: async (identifiers) => {
    if (!identifiers.length) return;
    const found = await sendMessage('findRevealed', { identifiers }).catch(() => null);
    if (found) set((state) => ({ revealed: { ...state.revealed, ...found } }));
  },
  exportHistory: () => sendMessage('exportHistory', {}).catch(() => null),
});
