/**
 * The team's Lusha account as `GET /v3/account/usage` describes it: credits, plan, rate limits
 * and the price list that quotes are made from. Lusha allows 5 usage calls a minute for the
 * whole account, so the gateway asks at most once a minute and every rep reads this copy. The
 * last answer is kept in the Durable Object's storage, so a restart still knows the prices.
 */
import type { PriceList } from './pricing';
import type { Upstream } from './upstream';

/** The usage answer's parts the gateway uses (other fields pass through untouched). */
export interface TeamUsage {
  credits?: { total?: number; used?: number; remaining?: number };
  rateLimits?: Record<string, unknown>;
  plan?: Record<string, unknown>;
  pricing?: PriceList;
  [field: string]: unknown;
}

/** The kept answer and when it came. */
export interface TeamSnapshot {
  usage: TeamUsage | null;
  fetchedAt: number;
  /** Why the last refresh failed, when it did. */
  error?: { status: number; text: string };
}

/** How old a kept answer may be before a rep's usage call refreshes it. */
export const USAGE_MAX_AGE_MS = 60_000;
/** Quotes accept an older price list (prices rarely change). */
export const PRICES_MAX_AGE_MS = 3_600_000;

/** After a failed refresh, how long the kept answer (or none) is used before trying again. */
const RETRY_FAILED_MS = 15_000;

/** The team account, refreshed on demand with one call in flight at most. */
export class TeamAccount {
  private snapshot: TeamSnapshot | null = null;
  private refreshing: Promise<TeamSnapshot> | null = null;
  /** When a refresh last failed: the next try waits {@link RETRY_FAILED_MS}. */
  private failedAt = 0;

  constructor(
    private readonly storage: DurableObjectStorage,
    private readonly upstream: Upstream,
  ) {
    storage.sql.exec('CREATE TABLE IF NOT EXISTS meta (k TEXT PRIMARY KEY, v TEXT NOT NULL)');
    const row = storage.sql
      .exec<{ v: string }>("SELECT v FROM meta WHERE k = 'usage'")
      .toArray()[0];
    if (row) this.snapshot = JSON.parse(row.v) as TeamSnapshot;
  }

  /** The snapshot, refreshed first when older than `maxAgeMs`. */
  async get(maxAgeMs: number): Promise<TeamSnapshot> {
    const kept = this.snapshot;
    if (kept?.usage && Date.now() - kept.fetchedAt < maxAgeMs) return kept;
    if (kept && Date.now() - this.failedAt < RETRY_FAILED_MS) return kept;
    this.refreshing ??= this.refresh().finally(() => (this.refreshing = null));
    return this.refreshing;
  }

  /** The price list for quotes (empty when Lusha was never reached: fallback prices apply). */
  async prices(): Promise<PriceList> {
    return (await this.get(PRICES_MAX_AGE_MS)).usage?.pricing ?? {};
  }

  private async refresh(): Promise<TeamSnapshot> {
    const answer = await this.upstream.send({ method: 'GET', path: '/v3/account/usage' });
    const now = Date.now();
    const next: TeamSnapshot =
      answer.ok && answer.json && typeof answer.json === 'object'
        ? { usage: answer.json as TeamUsage, fetchedAt: now }
        : {
            usage: this.snapshot?.usage ?? null,
            fetchedAt: this.snapshot?.fetchedAt ?? 0,
            error: { status: answer.status, text: answer.text },
          };
    this.snapshot = next;
    if (!answer.ok) this.failedAt = now;
    if (answer.ok) {
      this.storage.sql.exec(
        "INSERT INTO meta (k, v) VALUES ('usage', ?) ON CONFLICT (k) DO UPDATE SET v = excluded.v",
        JSON.stringify(next),
      );
    }
    return next;
  }
}
