/**
 * The credit ledger: every billed Lusha response is recorded by action and day, so the rep
 * can see what was spent, and optional daily and monthly caps can refuse a call before it
 * runs. Credits are the user's money; the ledger is how the extension keeps count.
 */
import type { WxtStorageItem } from 'wxt/utils/storage';

/** Credits spent, by local day (`YYYY-MM-DD`), then by action (`searchContacts`, ...). */
export interface LedgerData {
  days: Record<string, Record<string, number>>;
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

/** Totals for the day and month of `now`. */
export function spentAt(data: LedgerData, now: number): Spent {
  const today = dayKey(now);
  const month = today.slice(0, 7);
  let monthTotal = 0;
  for (const [day, actions] of Object.entries(data.days)) {
    if (day.startsWith(month)) monthTotal += sum(actions);
  }
  return {
    today: sum(data.days[today]),
    month: monthTotal,
    todayByAction: { ...data.days[today] },
  };
}

/** Throws CapExceededError when spending `estimate` more would pass a cap. */
export function assertWithinCaps(spent: Spent, caps: CreditCaps, estimate: number): void {
  if (estimate <= 0) return;
  if (caps.daily !== null && spent.today + estimate > caps.daily) {
    throw new CapExceededError('daily', caps.daily, spent.today, estimate);
  }
  if (caps.monthly !== null && spent.month + estimate > caps.monthly) {
    throw new CapExceededError('monthly', caps.monthly, spent.month, estimate);
  }
}

/** Days older than this are dropped when the ledger is written. */
const KEEP_DAYS = 400;

export interface CreditLedger {
  /** Records credits charged by one billed response. Zero-credit responses are not recorded. */
  record(action: string, credits: number): Promise<void>;
  spent(): Promise<Spent>;
  /** Throws CapExceededError when `estimate` more credits would pass a cap. */
  check(caps: CreditCaps, estimate: number): Promise<void>;
}

/** The ledger over a storage item (see lib/storage). Writes are serialised: none is lost. */
export function createCreditLedger(
  item: WxtStorageItem<LedgerData, Record<string, unknown>>,
  now: () => number = Date.now,
): CreditLedger {
  let writes: Promise<unknown> = Promise.resolve();

  async function write(action: string, credits: number) {
    const data = await item.getValue();
    const time = now();
    const day = dayKey(time);
    const actions = { ...data.days[day] };
    actions[action] = (actions[action] ?? 0) + credits;
    const oldest = dayKey(time - KEEP_DAYS * 86_400_000);
    const days = Object.fromEntries(Object.entries(data.days).filter(([d]) => d >= oldest));
    await item.setValue({ days: { ...days, [day]: actions } });
  }

  return {
    record(action, credits) {
      if (!(credits > 0)) return Promise.resolve();
      const next = writes.then(() => write(action, credits));
      writes = next.catch(() => undefined);
      return next;
    },
    async spent() {
      await writes;
      return spentAt(await item.getValue(), now());
    },
    async check(caps, estimate) {
      assertWithinCaps(await this.spent(), caps, estimate);
    },
  };
}
