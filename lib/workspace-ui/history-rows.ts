/** History entries as workspace rows (the history shown as a list). */
import type { HistoryEntry } from '@/lib/history/types';
import { entryRow } from '@/lib/workspace/card-row';
import type { ResultRow } from '@/lib/workspace/types';

/** A revealed person or company as a row: nothing left to quote, its data in the history. */
export function historyRow(entry: HistoryEntry): ResultRow {
  return { ...entryRow(entry), canReveal: [] };
}
