/**
 * The ledger's bookkeeping for each call: the audit draft, the hold (or the 402 naming the
 * budget), and the end of the call, where the audit entry and the spend are written in one
 * storage step, so neither can exist without the other, whatever stops the object.
 */
import type { AuditEntry, AuditOutcome } from '../audit';
import {
  refusalMessage,
  type AuditDraft,
  type BudgetBook,
  type Hold,
  type RepLimits,
} from './budget';
import type { DraftInput, LedgerResult } from './ledger-types';
import type { AuditOutbox } from './outbox';
import type { UpstreamAnswer } from './upstream';

/** How a held call ended. */
export interface CallEnd {
  credits: number;
  status: number;
  outcome: AuditOutcome;
  calls: number;
  note?: string | null;
}

/** The answer to a token the ledger does not know (or that was revoked). */
export const refusedToken = (message: string): LedgerResult => ({
  status: 401,
  headers: [],
  text: JSON.stringify({ statusCode: 401, message }),
  charged: 0,
  budget: null,
  upstreamCalls: 0,
  rep: null,
});

/** Audit drafts, holds and call ends over the ledger's storage. */
export class CallDesk {
  constructor(
    private readonly storage: DurableObjectStorage,
    private readonly budget: BudgetBook,
    private readonly outbox: AuditOutbox,
    private readonly rateHeaders: () => [string, string][],
  ) {}

  /** The audit draft of a rep's call. */
  draft(rep: RepLimits, input: DraftInput): AuditDraft {
    const at = new Date().toISOString();
    return { callId: crypto.randomUUID(), at, repId: rep.id, repName: rep.name, ...input };
  }

  private entry(
    draft: AuditDraft,
    end: Partial<AuditEntry> & Pick<AuditEntry, 'status' | 'outcome'>,
  ): AuditEntry {
    return { ...draft, credits: 0, upstreamCalls: 0, durationMs: null, note: null, ...end };
  }

  /** Audits a held call and turns its hold into spend, in one storage step. */
  finish(hold: Hold, end: CallEnd): void {
    const durationMs = Date.now() - hold.createdAt;
    const { credits, status, outcome, calls, note = null } = end;
    this.storage.transactionSync(() => {
      this.outbox.add(
        this.entry(hold.draft, {
          credits,
          status,
          outcome,
          upstreamCalls: calls,
          durationMs,
          note,
        }),
      );
      this.budget.settle(hold.id, credits);
    });
  }

  /** Audits a call answered without Lusha or a hold (free: from the team cache or store). */
  served(draft: AuditDraft): void {
    this.outbox.add(this.entry(draft, { status: 200, outcome: 'ok' }));
  }

  /** Holds the quote, or audits and answers the 402 naming the budget it would pass. */
  holdOrRefuse(rep: RepLimits, quote: number, draft: AuditDraft): Hold | LedgerResult {
    const refusal = this.budget.check(rep, quote);
    if (!refusal) return this.budget.hold(rep, quote, draft);
    const message = refusalMessage(rep, refusal);
    this.outbox.add(this.entry(draft, { status: 402, outcome: 'refused', note: message }));
    const text = JSON.stringify({ statusCode: 402, message });
    return this.result(rep, { status: 402, headers: [], text, attempts: 0 }, 0);
  }

  /** The ledger's answer for a rep's call, with the rep's budget after it. */
  result(
    rep: RepLimits,
    answer: Pick<UpstreamAnswer, 'status' | 'headers' | 'text' | 'attempts'>,
    charged: number,
  ): LedgerResult {
    return {
      status: answer.status,
      headers: answer.headers.length ? answer.headers : this.rateHeaders(),
      text: answer.text,
      charged,
      budget: this.budget.view(rep),
      upstreamCalls: answer.attempts,
      rep: { id: rep.id, name: rep.name },
    };
  }
}
