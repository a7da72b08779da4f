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

/** An entry's searchable side: small, so thousands are read at once. */
export interface HistorySearchRow {
  key: string;
  scope: DataScope;
  /** -revealedAt: newest first in index order. */
  order: number;
  /** Its words, space-separated, with a space in front (` maya lindqvist quillfeather ...`). */
  text: string;
}

/** A kept count (`history:live`, `history:demo`), updated with the rows it counts. */
export interface StatRow {
  id: string;
  count: number;
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

/** One event of a signal, as kept and shown (text and numbers only; see lib/monitoring). */
export interface SignalEvent {
  /** Stable across refreshes: type, date and the event's own fields. */
  id: string;
  /** Lusha's signal type (`companyChange`, `headcountIncrease3m`, ...). */
  type: string;
  /** `YYYY-MM-DD`, or '' when Lusha gave no date. */
  date: string;
  /** The event's own fields (previousCompany, newCompany, newTitle, eventType, ...). */
  details: Record<string, string | number | boolean>;
}

/** What the watchlist shows of a watched person or company without asking Lusha. */
export interface WatchSnapshot {
  name: string;
  title?: string;
  companyName?: string;
  companyDomain?: string;
  domain?: string;
  industry?: string;
  linkedinUrl?: string;
}

/** One watched person or company (signals). */
export interface WatchRow {
  /** `<scope>|person:<lushaId>` or `<scope>|company:<lushaId>`. */
  key: string;
  scope: DataScope;
  kind: 'person' | 'company';
  lushaId: string;
  addedAt: number;
  snapshot: WatchSnapshot;
  /** The latest signals seen, newest first (at most 50). */
  signals?: SignalEvent[];
  /** When its signals were last asked for (0: never, so it sorts first), and that window's first day. */
  checkedAt: number;
  windowStart?: string;
}
