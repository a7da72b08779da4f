/**
 * The audit outbox: the ledger writes each audit entry into its own storage in the same
 * synchronous step that settles the call's spend (so neither can exist without the other), and
 * copies entries to D1 in batches a moment later (an alarm, retried by the runtime until D1
 * takes them). One D1 batch for many calls instead of a D1 write on every rep's call.
 */
import { recordAudits, type AuditEntry } from '../audit';

/** How long entries wait to be copied together. */
const FLUSH_DELAY_MS = 250;
const FLUSH_BATCH = 100;

/** Audit entries on their way to D1. */
export class AuditOutbox {
  private scheduled = false;
  private flushing: Promise<void> | null = null;

  constructor(
    private readonly storage: DurableObjectStorage,
    private readonly db: D1Database,
  ) {
    storage.sql.exec(
      'CREATE TABLE IF NOT EXISTS outbox (seq INTEGER PRIMARY KEY AUTOINCREMENT, entry TEXT NOT NULL)',
    );
    if (this.pending() > 0) this.schedule();
  }

  /** Adds an entry (synchronously: part of the caller's storage step). */
  add(entry: AuditEntry): void {
    this.storage.sql.exec('INSERT INTO outbox (entry) VALUES (?)', JSON.stringify(entry));
    this.schedule();
  }

  /** Entries not yet in D1. */
  pending(): number {
    return Number(this.storage.sql.exec<{ n: number }>('SELECT COUNT(*) AS n FROM outbox').one().n);
  }

  private schedule(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    void this.storage.setAlarm(Date.now() + FLUSH_DELAY_MS);
  }

  /** The alarm fired: copy everything (a throw makes the runtime retry the alarm). */
  async onAlarm(): Promise<void> {
    this.scheduled = false;
    await this.flush();
  }

  /** Copies every pending entry to D1 (one copier at a time). */
  flush(): Promise<void> {
    this.flushing ??= this.copyAll().finally(() => (this.flushing = null));
    return this.flushing;
  }

  private async copyAll(): Promise<void> {
    for (;;) {
      const rows = this.storage.sql
        .exec<{ seq: number; entry: string }>(
          'SELECT seq, entry FROM outbox ORDER BY seq LIMIT ?',
          FLUSH_BATCH,
        )
        .toArray();
      if (!rows.length) return;
      await recordAudits(
        this.db,
        rows.map((r) => JSON.parse(r.entry) as AuditEntry),
      );
      this.storage.sql.exec('DELETE FROM outbox WHERE seq <= ?', rows[rows.length - 1]!.seq);
    }
  }
}
