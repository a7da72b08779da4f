/**
 * The workspace's shapes, shared by the background (which stores them) and the workspace page
 * (which shows them). Plain data only: no zod, no Dexie, so the page bundle stays small.
 */

/** Contacts or companies: the two things Lusha prospects and finds lookalikes of. */
export type EntityKind = 'contacts' | 'companies';

/** A cost Lusha quoted for one field of one row (0: already revealed for the account). */
export interface RowCost {
  field: string;
  credits: number;
}

/**
 * One person or company in a workspace table, flattened from whatever Lusha answered
 * (prospecting preview, lookalike result, a list's snapshot). Text only: rendered as text.
 */
export interface ResultRow {
  /** `person:<lushaId>` or `company:<lushaId>`: the history's key, so one id is one row. */
  key: string;
  kind: 'person' | 'company';
  lushaId: string;
  name: string;
  firstName?: string;
  lastName?: string;
  /** Person: job title. */
  title?: string;
  seniority?: string;
  departments?: string[];
  /** Person: their company. */
  companyName?: string;
  companyDomain?: string;
  companyId?: string;
  /** Company: its own domain and industry. */
  domain?: string;
  industry?: string;
  employees?: string;
  city?: string;
  state?: string;
  country?: string;
  countryIso2?: string;
  linkedinUrl?: string;
  /** Data points Lusha says exist (`has`). */
  has?: string[];
  /** What revealing costs per field; absent when Lusha did not say (lookalike results). */
  canReveal?: RowCost[];
  /** True when a saved search's run saw it for the first time (and it had run before). */
  isNew?: boolean;
}

/** Where a run's rows came from. */
export type RunSource = 'prospecting' | 'lookalikes';

/** A run as the page sees it: a search (or a lookalike seed set) and how far it got. */
export interface RunSummary {
  id: string;
  source: RunSource;
  kind: EntityKind;
  /** In words: the filters, or "Similar to 10 people". */
  label: string;
  /** The count Lusha reported (prospecting), or null. */
  total: number | null;
  /** Rows kept so far. */
  loaded: number;
  /** Prospecting pages loaded (0-based numbers). */
  pages: number[];
  /** Credits charged for this run so far. */
  charged: number;
  /** Lookalikes: Lusha says there are more. */
  hasMore?: boolean;
  savedSearchId?: string;
  createdAt: number;
  updatedAt: number;
}

/** A named filter set the rep can run again. */
export interface SavedSearch {
  id: string;
  name: string;
  kind: EntityKind;
  filters: unknown;
  createdAt: number;
  lastRunAt: number | null;
  runs: number;
  /** New results the last run found. */
  lastNew: number;
}

/** A named list of people and companies. */
export interface ListSummary {
  id: string;
  name: string;
  count: number;
  createdAt: number;
  updatedAt: number;
}

/** CSV layouts of an export. */
export type ExportLayout = 'plain' | 'hubspot' | 'salesforce';
