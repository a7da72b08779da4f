/**
 * The journal of billed reveals. An entry is written before the call (what was asked and
 * what the rep confirmed) and finished once the result is saved, so a worker stopped at any
 * point leaves an open entry that the next worker finishes: Lusha reveals already revealed
 * fields for free, so calling again costs nothing if the first call went through, and only the
 * confirmed amount if it did not. A finished entry keeps its outcome, so asking again with the
 * same request id answers without a call.
 */
import type { DataScope, JournalRow, LensDb } from '@/lib/db';

/** How long finished entries are kept (a panel asks again after a restart within seconds). */
const KEEP_MS = 7 * 86_400_000;

export interface Journal {
  get(requestId: string): Promise<JournalRow | null>;
  /** Records the intent; an entry with that id already there is returned unchanged. */
  open(requestId: string, scope: DataScope, request: unknown): Promise<JournalRow>;
  /** One more try of an open entry. */
  attempt(requestId: string): Promise<void>;
  /** Notes what the call was charged, as soon as that is recorded in the ledger. */
  charged(requestId: string, credits: number): Promise<void>;
  finish(requestId: string, outcome: unknown): Promise<void>;
  /** Known not to have been billed (refused before sending, or by Lusha with a 4xx). */
  fail(requestId: string, outcome: unknown): Promise<void>;
  /** Entries still open (a worker stopped during them), oldest first. */
  unfinished(): Promise<JournalRow[]>;
  prune(): Promise<number>;
}

/** The journal over the indexed database. */
export function createJournal(db: LensDb, now: () => number = Date.now): Journal {
  const close = async (requestId: string, status: 'done' | 'failed', outcome: unknown) => {
    await db.journal.update(requestId, { status, outcome, updatedAt: now() });
  };
  return {
    get: async (requestId) => (await db.journal.get(requestId)) ?? null,
    open: (requestId, scope, request) =>
      db.transaction('rw', db.journal, async () => {
        const existing = await db.journal.get(requestId);
        if (existing) return existing;
        const row: JournalRow = {
          requestId,
          scope,
          status: 'open',
          createdAt: now(),
          updatedAt: now(),
          request,
          attempts: 0,
        };
        await db.journal.add(row);
        return row;
      }),
    attempt: async (requestId) => {
      await db.journal.where('requestId').equals(requestId).modify((row) => {
        row.attempts += 1;
        row.updatedAt = now();
      });
    },
    charged: async (requestId, credits) => {
      await db.journal.update(requestId, { charged: credits, updatedAt: now() });
    },
    finish: (requestId, outcome) => close(requestId, 'done', outcome),
    fail: (requestId, outcome) => close(requestId, 'failed', outcome),
    unfinished: () => db.journal.where('status').equals('open').sortBy('createdAt'),
    prune: () =>
      db.journal.filter((row) => row.status !== 'open' && row.updatedAt < now() - KEEP_MS).delete(),
  };
}
