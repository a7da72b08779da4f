/** Row shapes of the indexed database (see ./index). */
import type { HistoryEntry } from '@/lib/history/types';

/** Live Lusha data or the built-in demo sandbox's: the two never mix. */
export type DataScope = 'live' | 'demo';

/** One revealed person or company, with the index fields derived from it. */
export interface HistoryRow {
  /** `person:<lushaId>` or `company:<lushaId>`. */
  key: string;
  scope: DataScope;
  lushaId: string;
  revealedAt: number;
  /** Normalised identifiers it answers for: LinkedIn URL, emails, domain. */
  ids: string[];
  /** Lower-cased, accent-folded words of its text, for prefix search. */
  words: string[];
  entry: HistoryEntry;
}

/** One cached search preview. */
export interface PreviewRow {
  /** `<scope>|<target key>`. */
  id: string;
  scope: DataScope;
  key: string;
  /** Lusha's id of a found preview, so a reveal can mark its fields free. */
  lushaId?: string;
  value: unknown;
  storedAt: number;
  expiresAt: number;
}

/** A billed call in the journal: written before the call, finished after the result is saved. */
export interface JournalRow {
  /** The client's id of the request (one per confirm click). */
  requestId: string;
  scope: DataScope;
  /** `open` before and during the call; `done` once the result is saved; `failed` if refused. */
  status: 'open' | 'done' | 'failed';
  createdAt: number;
  updatedAt: number;
  /** What was asked (the validated message data). */
  request: unknown;
  /** What came of it, once known. */
  outcome?: unknown;
  /** Tries so far (the first call and any finishing after a restart). */
  attempts: number;
  /** Credits recorded for it once Lusha's answer arrived (before the result was saved). */
  charged?: number;
}

/** A named list of people and companies. */
export interface ListRow {
  id: string;
  name: string;
  scope: DataScope;
  createdAt: number;
  updatedAt: number;
}

/** One person or company on a list (once per list). */
export interface ListItemRow {
  /** `<listId>|<entityKey>`: adding twice keeps one row. */
  id: string;
  listId: string;
  /** `person:<lushaId>` / `company:<lushaId>`, or a target key before a reveal. */
  entityKey: string;
  addedAt: number;
  /** What is known of it (name, title, company...), shown without a reveal. */
  snapshot: Record<string, unknown>;
}

/** One watched person or company (signals). */
export interface WatchRow {
  key: string;
  scope: DataScope;
  addedAt: number;
  snapshot: Record<string, unknown>;
  /** The latest signals seen, newest first. */
  signals?: unknown[];
  checkedAt?: number;
}
