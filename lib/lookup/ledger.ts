/**
 * The credit ledger: every billed Lusha response is recorded by action and day, so the rep
 * can see what was spent, and optional daily and monthly caps can refuse a call before it
 * runs. Credits are the user's money; the ledger is how the extension keeps count.
 */
import type { WxtStorageItem } from 'wxt/utils/storage';

/** Credits reserved for a call that is under way (see `CreditLedger.reserve`). */
export interface LedgerHold {
  id: string;
  action: string;
  credits: number;
  /** Epoch ms; a hold left by a stopped worker stops counting after `HOLD_TTL_MS`. */
  at: number;
}

/**
 * Credits spent, by local day (`YYYY-MM-DD`), then by action (`searchContacts`, ...), and the
 * holds of calls under way.
 */
export interface LedgerData {
  days: Record<string, Record<string, number>>;
  holds?: Record<string, LedgerHold>;
}

export const emptyLedger: LedgerData = { days: {} };

/** Optional spending caps in credits; `null` means no cap. */
export interface CreditCaps {
  daily: number | null;
  monthly: number | null;
}

export interface Spent {
  today: number;
  month: number;
  /** Credits held for calls under way (counted against the caps, not spent yet). */
  held: number;
  /** Today's credits by action. */
  todayByAction: Record<string, number>;
}

/** A call refused because it would take spending past a cap the rep set. */
export class CapExceededError extends Error {
  readonly kind = 'capExceeded';
  constructor(
    readonly cap: 'daily' | 'monthly',
    readonly limit: number,
    readonly spent: number,
    readonly estimate: number,
  ) {
    super(`${cap} credit cap of ${limit} would be exceeded (${spent} spent, ${estimate} asked)`);
    this.name = 'CapExceededError';
  }

  /** One sentence for the rep, with the way out. */
  get userMessage(): string {
    const period = this.cap === 'daily' ? 'today' : 'this month';
    return (
      `This would spend ${this.estimate} credits, but your ${this.cap} cap is ${this.limit} ` +
      `and ${this.spent} are already spent ${period}. Raise the cap in Settings to go ahead.`
    );
  }
}

/** The local calendar day of `time`, as `YYYY-MM-DD`. */
export function dayKey(time: number): string {
  const d = new Date(time);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

const sum = (values: Record<string, number> | undefined) =>
  Object.values(values ?? {}).reduce((a, b) => a + b, 0);

/** How long a hold counts when nothing settles it (a worker stopped mid-call). */
export const HOLD_TTL_MS = 15 * 60_000;

/** Totals for the day and month of `now`. */
export function spentAt(data: LedgerData, now: number): Spent {
  const today = dayKey(now);
  const month = today.slice(0, 7);
  let monthTotal = 0;
  for (const [day, actions] of Object.entries(data.days)) {
    if (day.startsWith(month)) monthTotal += sum(actions);
  }
  const held = Object.values(data.holds ?? {})
    .filter((h) => now - h.at < HOLD_TTL_MS)
    .reduce((total, h) => total + h.credits, 0);
  return {
    today: round(sum(data.days[today])),
    month: round(monthTotal),
    held,
    todayByAction: { ...data.days[today] },
  };
}

/** Credits can be fractional (Lusha may bill 6.5); sums are kept to 1/100. */
const round = (n: number) => Math.round(n * 100) / 100;

/** The cap `estimate` more credits would pass (holds counted as spent), or null. */
export function capPassed(spent: Spent, caps: CreditCaps, estimate: number): CapExceededError | null {
  if (estimate <= 0) return null;
  const today = round(spent.today + spent.held);
  const month = round(spent.month + spent.held);
  if (caps.daily !== null && today + estimate > caps.daily) {
    return new CapExceededError('daily', caps.daily, today, estimate);
  }
  if (caps.monthly !== null && month + estimate > caps.monthly) {
    return new CapExceededError('monthly', caps.monthly, month, estimate);
  }
  return null;
}

/** Throws CapExceededError when spending `estimate` more would pass a cap. */
export function assertWithinCaps(spent: Spent, caps: CreditCaps, estimate: number): void {
  const passed = capPassed(spent, caps, estimate);
  if (passed) throw passed;
}

/** Days older than this are dropped when the ledger is written. */
const KEEP_DAYS = 400;

export interface CreditLedger {
  /** Records credits charged by one billed response. Zero-credit responses are not recorded. */
  record(action: string, credits: number): Promise<void>;
  spent(): Promise<Spent>;
  /** Throws CapExceededError when `estimate` more credits would pass a cap. */
  check(caps: CreditCaps, estimate: number): Promise<void>;
  /**
   * Checks the caps and holds `estimate` credits in one step under the ledger's lock, so two
   * calls sent together cannot both pass a cap that only one fits under. Throws
   * CapExceededError, holding nothing, when it would pass. `id` names the hold (a request id).
   */
  reserve(caps: CreditCaps, estimate: number, action: string, id: string): Promise<LedgerHold>;
  /** Ends a hold: records what was really charged (0: nothing) in its place. */
  settle(holdId: string, credits: number, action?: string): Promise<void>;
  /** The hold of that id, if it is still there (a worker restarted mid-call). */
  hold(holdId: string): Promise<LedgerHold | null>;
}

/** The ledger over a storage item (see lib/storage). Writes are serialised: none is lost. */
export function createCreditLedger(
  item: WxtStorageItem<LedgerData, Record<string, unknown>>,
  now: () => number = Date.now,
): CreditLedger {
  let lock: Promise<unknown> = Promise.resolve();
  /** Runs `task` after every earlier one: the ledger's one lock. */
  function locked<T>(task: () => Promise<T>): Promise<T> {
    const next = lock.then(task, task);
    lock = next.catch(() => undefined);
    return next;
  }

  function add(data: LedgerData, action: string, credits: number): LedgerData {
    const time = now();
    const day = dayKey(time);
    const actions = { ...data.days[day] };
    actions[action] = round((actions[action] ?? 0) + credits);
    const oldest = dayKey(time - KEEP_DAYS * 86_400_000);
    const days = Object.fromEntries(Object.entries(data.days).filter(([d]) => d >= oldest));
    return { ...data, days: { ...days, [day]: actions } };
  }

  /** Holds still counting (a stopped worker's old ones fall away). */
  function liveHolds(data: LedgerData): Record<string, LedgerHold> {
    const time = now();
    return Object.fromEntries(
      Object.entries(data.holds ?? {}).filter(([, h]) => time - h.at < HOLD_TTL_MS),
    );
  }

  return {
    record(action, credits) {
      if (!(credits > 0)) return Promise.resolve();
      return locked(async () => item.setValue(add(await item.getValue(), action, credits)));
    },
    async spent() {
      return locked(async () => spentAt(await item.getValue(), now()));
    },
    async check(caps, estimate) {
      assertWithinCaps(await this.spent(), caps, estimate);
    },
    reserve(caps, estimate, action, id) {
      return locked(async () => {
        const data = await item.getValue();
        const holds = liveHolds(data);
        delete holds[id];
        assertWithinCaps(spentAt({ ...data, holds }, now()), caps, estimate);
        const hold: LedgerHold = { id, action, credits: Math.max(0, estimate), at: now() };
        await item.setValue({ ...data, holds: { ...holds, [id]: hold } });
        return hold;
      });
    },
    settle(holdId, credits, action) {
      return locked(async () => {
        const data = await item.getValue();
        const holds = liveHolds(data);
        const held = (data.holds ?? {})[holdId];
        delete holds[holdId];
        const charged = action ?? held?.action;
        const next = credits > 0 && charged ? add(data, charged, credits) : data;
        await item.setValue({ ...next, holds });
      });
    },
    hold(holdId) {
      return locked(async () => (await item.getValue()).holds?.[holdId] ?? null);
    },
  };
}
