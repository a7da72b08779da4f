/**
 * Every billed Lusha call goes through here: the caps are checked and the quote held in one
 * step (two calls sent together cannot both pass a cap), the call is made through the queue,
 * and what Lusha charged is recorded, also when the answer was lost on the way.
 *
 * When a call fails in a way that Lusha may still have billed (the connection broke after the
 * request went out, a 5xx, an unreadable answer), nothing is guessed: a call that costs nothing
 * to repeat once it went through (enrich: Lusha re-reveals revealed fields for free) is
 * repeated, and the charge is the larger of the quote and what the repeat billed; any other
 * call is repeated only after Lusha's account usage shows nothing was billed, and otherwise
 * fails with what was charged, so the rep decides whether to pay again.
 */
import { isLushaApiError, type LushaResult } from '@/lib/lusha';
import type { AccountSummary } from './account';
import type { CreditCaps, CreditLedger } from './ledger';
import type { ApiQueue, WaitReason } from './queue';

export interface BillingDeps {
  queue: ApiQueue;
  ledger: CreditLedger;
  caps: () => Promise<CreditCaps>;
  account: {
    applyCharge(credits: number): Promise<void>;
    refreshNow(): Promise<{ before: AccountSummary | null; after: AccountSummary } | null>;
  };
  /** Tries of a non-repeatable call after usage showed nothing was billed (default 3). */
  maxSafeRetries?: number;
}

/** One billed call. */
export interface BilledCall<T> {
  /** Names the call's hold in the ledger (the request id). */
  id: string;
  /** The ledger's action (`searchContacts`, `enrichContacts`, ...). */
  action: string;
  /** The most it can cost: held against the caps until it settles. */
  estimate: number;
  send: () => Promise<LushaResult<T>>;
  /** True when sending it again bills nothing more once the first one went through. */
  repeatable: boolean;
  /** The hold already exists (a journaled call being finished after a restart). */
  resumed?: boolean;
  /** Credits already recorded for this call before a restart (its charge was settled). */
  known?: number;
}

/** A billed call's answer and what it cost in all. */
export interface Billed<T> {
  result: LushaResult<T>;
  charged: number;
  /** True when the charge was confirmed or corrected from a lost answer. */
  uncertain: boolean;
}

/** Lusha billed the call but its answer was lost: `charged` credits were spent for nothing. */
export class ChargedWithoutAnswerError extends Error {
  readonly kind = 'chargedNoAnswer';
  constructor(readonly charged: number) {
    super(`Lusha charged ${charged} credits but the answer was lost`);
    this.name = 'ChargedWithoutAnswerError';
  }

  get userMessage(): string {
    const credits = `${this.charged} ${this.charged === 1 ? 'credit' : 'credits'}`;
    return (
      `The connection broke after Lusha charged ${credits} for this search, and its answer ` +
      `was lost. Searching again is billed again.`
    );
  }
}

const billingUnknown = (error: unknown) => isLushaApiError(error) && error.billingUnknown;
const round = (n: number) => Math.round(n * 100) / 100;
/**
 * Non-repeatable calls are retried by the queue only after a rate limit, which bills nothing;
 * after anything else that may have been billed (5xx included), usage is asked first.
 */
const SAFE_RETRIES: readonly WaitReason[] = ['rateLimited'];

/** The billing gate; one per pipeline (live, demo). */
export function createBilling(deps: BillingDeps) {
  const maxSafeRetries = deps.maxSafeRetries ?? 3;

  /**
   * Asks Lusha's usage what was charged that the ledger does not know, up to `max`; records it
   * under `action` and returns it, or null when usage cannot tell (no earlier answer kept, or
   * Lusha unreachable).
   */
  async function reconcile(action: string, max: number): Promise<number | null> {
    const fresh = await deps.account.refreshNow();
    const before = fresh?.before?.credits.used;
    const after = fresh?.after.credits.used;
    if (typeof before !== 'number' || typeof after !== 'number') return null;
    const unexplained = Math.max(0, Math.min(max, round(after - before)));
    await deps.ledger.record(action, unexplained);
    return unexplained;
  }

  async function settle(id: string, action: string, credits: number) {
    await deps.ledger.settle(id, credits, action);
    await deps.account.applyCharge(credits);
  }

  async function repeatable<T>(call: BilledCall<T>): Promise<Billed<T>> {
    let lost = false;
    const send = async () => {
      try {
        return await call.send();
      } catch (error) {
        if (billingUnknown(error)) lost = true;
        throw error;
      }
    };
    const result = await deps.queue.run(send);
    const observed = result.billing?.creditsCharged ?? 0;
    // A lost first answer was billed the quote; its repeat then bills nothing (or the quote, if
    // the first never arrived): either way the larger of the two is what was spent.
    const uncertain = lost || !!call.resumed;
    if (call.known !== undefined) {
      // The first answer was recorded before the worker stopped: only a new charge is added.
      await settle(call.id, call.action, observed);
      return { result, charged: call.known + observed, uncertain };
    }
    const charged = uncertain ? Math.max(call.estimate, observed) : observed;
    await settle(call.id, call.action, charged);
    return { result, charged, uncertain };
  }

  async function once<T>(call: BilledCall<T>): Promise<Billed<T>> {
    for (let attempt = 1; ; attempt++) {
      let result: LushaResult<T>;
      try {
        result = await deps.queue.run(call.send, { retryOn: SAFE_RETRIES });
      } catch (error) {
        if (!billingUnknown(error)) throw error;
        // Sent again only when Lusha's usage shows the failed try was not billed.
        const charged = await reconcile(call.action, call.estimate);
        if (charged === 0 && attempt < maxSafeRetries) continue;
        await deps.ledger.settle(call.id, 0, call.action);
        if (charged) throw new ChargedWithoutAnswerError(charged);
        throw error;
      }
      const charged = result.billing?.creditsCharged ?? 0;
      await settle(call.id, call.action, charged);
      return { result, charged, uncertain: attempt > 1 };
    }
  }

  return {
    /**
     * Makes one billed call. Throws CapExceededError (nothing sent) when the quote would pass
     * a cap, ChargedWithoutAnswerError when Lusha billed but the answer was lost, or the
     * client's error. A refused call releases its hold.
     */
    async call<T>(call: BilledCall<T>): Promise<Billed<T>> {
      if (!call.resumed) {
        await deps.ledger.reserve(await deps.caps(), call.estimate, call.action, call.id);
      } else if (call.known === undefined && !(await deps.ledger.hold(call.id))) {
        // A stopped worker's hold ran out: hold the quote again while it is finished.
        await deps.ledger.reserve({ daily: null, monthly: null }, call.estimate, call.action, call.id);
      }
      try {
        return await (call.repeatable ? repeatable(call) : once(call));
      } catch (error) {
        // A repeatable call whose outcome is still unknown keeps its hold: it is finished later.
        if (!(call.repeatable && billingUnknown(error))) {
          await deps.ledger.settle(call.id, 0, call.action).catch(() => undefined);
        }
        throw error;
      }
    },
    reconcile,
  };
}

export type Billing = ReturnType<typeof createBilling>;
