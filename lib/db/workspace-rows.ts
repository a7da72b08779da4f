/** Row shapes of the workspace's tables in the indexed database (see ./index). */
import type { EntityKind, ResultRow, RunSummary } from '@/lib/workspace/types';
import type { DataScope } from './rows';

/**
 * A prospecting search or a lookalike seed set, and what it has brought so far: what the page
 * sees of it (RunSummary), plus its scope and the query it was made with.
 */
export interface RunRow extends RunSummary {
  scope: DataScope;
  /** The validated filters (prospecting) or seeds (lookalikes) it was made with. */
  query: unknown;
}

/** One row of a run, in the order Lusha answered. */
export interface RunRowRow {
  /** `<runId>|<row key>`: a person is kept once per run. */
  id: string;
  runId: string;
  order: number;
  row: ResultRow;
}

/** A saved search, with every Lusha id its runs have seen (for "new since last run"). */
export interface SavedSearchRow {
  id: string;
  scope: DataScope;
  name: string;
  kind: EntityKind;
  filters: unknown;
  createdAt: number;
  lastRunAt: number | null;
  runs: number;
  lastNew: number;
  /** Lusha id → the run that saw it first. */
  seen: Record<string, string>;
}

/** A lookalike dedupe session, per seed set (kept 30 days from its last use, as Lusha does). */
export interface LookalikeSessionRow {
  /** `<scope>|<kind>|<seed set hash>`. */
  id: string;
  scope: DataScope;
  kind: EntityKind;
  dedupeSessionId: string;
  lastUsedAt: number;
}

/** A cached filter catalogue answer (filter types, values, signal types). */
export interface CatalogRow {
  /** `<scope>|<what>`. */
  id: string;
  value: unknown;
  expiresAt: number;
}
