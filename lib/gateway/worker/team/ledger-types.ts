/**
 * The shapes the ledger's RPC methods take and return (plain data: RPC clones them as they are).
 */
import type { BudgetView } from './budget';
import type { QuoteSpec } from './pricing';
import type { SearchEntry, SearchGroup } from './search';
import type { UpstreamRequest } from './upstream';

/** What the worker says about a call; the ledger adds who, when and the call id. */
export interface DraftInput {
  method: string;
  path: string;
  identifiers: number;
  cached: number;
}

/** A rep as answers name it. */
export interface RepInfo {
  id: string;
  name: string;
}

/** A call for Lusha on a rep's behalf (the rep by the hash of the token in `api_key`). */
export interface LedgerCall {
  tokenHash: string;
  quote: QuoteSpec;
  request: UpstreamRequest;
  draft: DraftInput;
}

/** What the ledger answers; the worker shapes the rep's response from it. */
export interface LedgerResult {
  status: number;
  headers: [string, string][];
  text: string;
  charged: number;
  /** The rep's budgets after the call (null when the token was refused). */
  budget: BudgetView | null;
  upstreamCalls: number;
  rep: RepInfo | null;
}

/** The look-ups of one rep's search (the ledger answers from the team cache first). */
export interface LedgerSearch {
  tokenHash: string;
  group: SearchGroup;
  lookUps: SearchEntry[];
  draft: DraftInput;
}

/** A search's outcome: results by key, or (results null) the failure to pass on. */
export interface LedgerSearchResult extends LedgerResult {
  results: Record<string, Record<string, unknown>> | null;
  /** Misses answered by another rep's search in flight or just done (free for this rep). */
  shared: number;
}
