/**
 * The audit log in D1: one entry per call a rep made through the gateway (cache hits and
 * refusals included) and per webhook delivery. Entries are keyed by `callId`, so the Durable
 * Object can write an entry again (after a restart) without making a second one.
 */

/** How a call ended. */
export type AuditOutcome = 'ok' | 'refused' | 'error' | 'interrupted';

/** One audit entry. */
export interface AuditEntry {
  callId: string;
  at: string;
  repId: string | null;
  repName: string | null;
  method: string;
  path: string;
  /** Identifiers (contacts, companies, ids) the call named. */
  identifiers: number;
  /** Of those, how many the team cache or store answered. */
  cached: number;
  /** Credits charged to the rep's budget for this call. */
  credits: number;
  status: number;
  outcome: AuditOutcome;
  upstreamCalls: number;
  durationMs: number | null;
  note: string | null;
}

interface AuditRow {
  seq: number;
  call_id: string;
  at: string;
  rep_id: string | null;
  rep_name: string | null;
  method: string;
  path: string;
  identifiers: number;
  cached: number;
  credits: number;
  status: number;
  outcome: AuditOutcome;
  upstream_calls: number;
  duration_ms: number | null;
  note: string | null;
}

const UPSERT = `INSERT INTO audit (call_id, at, rep_id, rep_name, method, path, identifiers, cached,
    credits, status, outcome, upstream_calls, duration_ms, note)
  VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
  ON CONFLICT (call_id) DO UPDATE SET credits = excluded.credits, status = excluded.status,
    outcome = excluded.outcome, cached = excluded.cached, upstream_calls = excluded.upstream_calls,
    duration_ms = excluded.duration_ms, note = excluded.note`;

function bind(db: D1Database, e: AuditEntry): D1PreparedStatement {
  return db
    .prepare(UPSERT)
    .bind(
      e.callId,
      e.at,
      e.repId,
      e.repName,
      e.method,
      e.path,
      e.identifiers,
      e.cached,
      e.credits,
      e.status,
      e.outcome,
      e.upstreamCalls,
      e.durationMs,
      e.note,
    );
}

/** Writes (or rewrites) an entry. */
export async function recordAudit(db: D1Database, e: AuditEntry): Promise<void> {
  await bind(db, e).run();
}

/** Writes (or rewrites) entries in one batch (one transaction). */
export async function recordAudits(db: D1Database, entries: readonly AuditEntry[]): Promise<void> {
  if (entries.length) await db.batch(entries.map((e) => bind(db, e)));
}

/** An entry as the admin API lists it. */
export type ListedAuditEntry = Omit<AuditEntry, 'callId'> & { id: number; callId: string };

/** The newest entries first (at most `limit`, up to 1000), optionally of one rep. */
export async function listAudit(
  db: D1Database,
  options: { limit: number; repId?: string | null },
): Promise<ListedAuditEntry[]> {
  const limit = Math.min(1000, Math.max(1, Math.floor(options.limit)));
  const where = options.repId ? 'WHERE rep_id = ?' : '';
  const binds = options.repId ? [options.repId, limit] : [limit];
  const { results } = await db
    .prepare(`SELECT * FROM audit ${where} ORDER BY seq DESC LIMIT ?`)
    .bind(...binds)
    .all<AuditRow>();
  return results.map((r) => ({
    id: r.seq,
    callId: r.call_id,
    at: r.at,
    repId: r.rep_id,
    repName: r.rep_name,
    method: r.method,
    path: r.path,
    identifiers: r.identifiers,
    cached: r.cached,
    credits: r.credits,
    status: r.status,
    outcome: r.outcome,
    upstreamCalls: r.upstream_calls,
    durationMs: r.duration_ms,
    note: r.note,
  }));
}
