/** The history slice: revealed people and companies, searchable, a page at a time, and what a page shows as revealed. */
import type { HistoryEntry } from '@/lib/history/types';
import { sendMessage } from '@/lib/messaging/client';
import type { Slice } from './types';

/** Entries shown per page of the History view. */
export const HISTORY_PAGE = 50;

export interface HistorySlice {
  history: HistoryEntry[];
  /** How many entries match the query in all. */
  historyTotal: number;
  historyQuery: string;
  /** History entries by the identifier (LinkedIn URL, email, domain, `person:<id>`) they matched. */
  revealed: Record<string, HistoryEntry>;
  /** The first page for `query` (or the current one). */
  loadHistory(query?: string): Promise<void>;
  /** The next page of the same search. */
  loadMoreHistory(): Promise<void>;
  /** Which of `identifiers` were revealed before (no API call). */
  findRevealed(identifiers: string[]): Promise<void>;
  /** What the current search shows (all of it) as CSV text and a file name. */
  exportHistory(): Promise<{ csv: string; filename: string } | null>;
}

/** Creates the history slice. */
export const createHistorySlice: Slice<HistorySlice> = (set, get) => ({
  history: [],
  historyTotal: 0,
  historyQuery: '',
  revealed: {},
  loadHistory: async (query) => {
    const wanted = query ?? get().historyQuery;
    set({ historyQuery: wanted });
    const page = await sendMessage('getHistory', {
      ...(wanted ? { query: wanted } : {}),
      limit: HISTORY_PAGE,
    }).catch(() => null);
    if (page && get().historyQuery === wanted) set({ history: page.entries, historyTotal: page.total });
  },
  loadMoreHistory: async () => {
    const { historyQuery: query, history } = get();
    const page = await sendMessage('getHistory', {
      ...(query ? { query } : {}),
      offset: history.length,
      limit: HISTORY_PAGE,
    }).catch(() => null);
    if (page && get().historyQuery === query && get().history === history) {
      set({ history: [...history, ...page.entries], historyTotal: page.total });
    }
  },
  findRevealed: async (identifiers) => {
    if (!identifiers.length) return;
    for (let i = 0; i < identifiers.length; i += 2000) {
      const found = await sendMessage('findRevealed', {
        identifiers: identifiers.slice(i, i + 2000),
      }).catch(() => null);
      if (found) set((state) => ({ revealed: { ...state.revealed, ...found } }));
    }
  },
  exportHistory: () => {
    const query = get().historyQuery;
    return sendMessage('exportHistory', query ? { query } : {}).catch(() => null);
  },
});
