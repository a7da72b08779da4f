/**
 * Rep budgets, kept by the TeamLedger Durable Object in its own SQLite storage: credits spent
 * per rep per UTC day and month, and holds (reservations) for calls in flight. Checking and
 * holding happen in one synchronous step, so parallel calls can never both take the last credit.
 * A hold is settled once, with what Lusha charged; holds left by a restart are settled at
 * their quote (the most the lost call could have cost).
 */

/** The budgets the ledger checks (from the rep's row in D1). */
export interface RepLimits {
  id: string;
  name: string;
  dailyCredits: number | null;
  monthlyCredits: number | null;
}

/** What the audit entry of a held call will say, kept with the hold. */
export interface AuditDraft {
  callId: string;
  at: string;
  repId: string;
  repName: string;
  method: string;
  path: string;
  identifiers: number;
  cached: number;
}

/** An open reservation. */
export interface Hold {
  id: string;
  repId: string;
  credits: number;
  createdAt: number;
  draft: AuditDraft;
}

/** Why a call was refused: the budget it would pass. */
export interface Refusal {
  budget: 'daily' | 'monthly';
  limit: number;
  used: number;
  quote: number;
}

/** One budget window as the rep and the admin see it. */
export interface BudgetWindow {
  limit: number;
  /** Spent plus held. */
  used: number;
  remaining: number;
  resetsAt: string;
}

/** A rep's budgets now; `remaining` is the tighter window's (null: no budget set). */
export interface BudgetView {
  daily: BudgetWindow | null;
  monthly: BudgetWindow | null;
  binding: 'daily' | 'monthly' | null;
  remaining: number | null;
  spentToday: number;
  spentThisMonth: number;
  held: number;
}

const dayOf = (now: number) => new Date(now).toISOString().slice(0, 10);
const monthOf = (now: number) => new Date(now).toISOString().slice(0, 7);

function nextDay(now: number): string {
  const d = new Date(now);
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate() + 1)).toISOString();
}

function nextMonth(now: number): string {
  const d = new Date(now);
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1)).toISOString();
}

/** Budgets over the Durable Object's SQL storage. */
export class BudgetBook {
  constructor(
    private readonly storage: DurableObjectStorage,
    private readonly now: () => number = Date.now,
  ) {
    storage.sql.exec(`CREATE TABLE IF NOT EXISTS spend (rep_id TEXT NOT NULL, period TEXT NOT NULL,
      credits INTEGER NOT NULL, PRIMARY KEY (rep_id, period))`);
    storage.sql.exec(`CREATE TABLE IF NOT EXISTS holds (id TEXT PRIMARY KEY, rep_id TEXT NOT NULL,
      credits INTEGER NOT NULL, created_at INTEGER NOT NULL, draft TEXT NOT NULL)`);
  }

  private one(query: string, ...binds: (string | number)[]): number {
    const row = this.storage.sql.exec<{ c: number }>(query, ...binds).toArray()[0];
    return Number(row?.c ?? 0);
  }

  private spent(repId: string, period: string): number {
    return this.one(
      'SELECT credits AS c FROM spend WHERE rep_id = ? AND period = ?',
      repId,
      period,
    );
  }

  private held(repId: string): number {
    return this.one('SELECT COALESCE(SUM(credits), 0) AS c FROM holds WHERE rep_id = ?', repId);
  }

  /** The rep's budgets and spend now. */
  view(rep: RepLimits): BudgetView {
    const now = this.now();
    const held = this.held(rep.id);
    const spentToday = this.spent(rep.id, `d:${dayOf(now)}`);
    const spentThisMonth = this.spent(rep.id, `m:${monthOf(now)}`);
    const window = (limit: number | null, spent: number, resetsAt: string) =>
      limit === null
        ? null
        : { limit, used: spent + held, remaining: Math.max(0, limit - spent - held), resetsAt };
    const daily = window(rep.dailyCredits, spentToday, nextDay(now));
    const monthly = window(rep.monthlyCredits, spentThisMonth, nextMonth(now));
    let binding: BudgetView['binding'] = null;
    if (daily) binding = 'daily';
    if (monthly && (!daily || monthly.remaining < daily.remaining)) binding = 'monthly';
    const remaining = binding ? (binding === 'daily' ? daily! : monthly!).remaining : null;
    return { daily, monthly, binding, remaining, spentToday, spentThisMonth, held };
  }

  /** The budget a call quoted at `quote` would pass, or null when it fits. */
  check(rep: RepLimits, quote: number): Refusal | null {
    if (quote <= 0) return null;
    const view = this.view(rep);
    for (const budget of ['daily', 'monthly'] as const) {
      const window = view[budget];
      if (window && window.used + quote > window.limit) {
        return { budget, limit: window.limit, used: window.used, quote };
      }
    }
    return null;
  }

  /** Reserves `credits` for a call; call right after {@link check}, with no await between. */
  hold(rep: RepLimits, credits: number, draft: AuditDraft): Hold {
    const hold = { id: crypto.randomUUID(), repId: rep.id, credits, createdAt: this.now(), draft };
    this.storage.sql.exec(
      'INSERT INTO holds (id, rep_id, credits, created_at, draft) VALUES (?, ?, ?, ?, ?)',
      hold.id,
      rep.id,
      credits,
      hold.createdAt,
      JSON.stringify(draft),
    );
    return hold;
  }

  /** Turns a hold into spend of `credits` (once: a second settle of the same hold does nothing). */
  settle(holdId: string, credits: number): boolean {
    return this.storage.transactionSync(() => {
      const row = this.storage.sql
        .exec<{ rep_id: string }>('SELECT rep_id FROM holds WHERE id = ?', holdId)
        .toArray()[0];
      if (!row) return false;
      const now = this.now();
      for (const period of [`d:${dayOf(now)}`, `m:${monthOf(now)}`]) {
        this.storage.sql.exec(
          `INSERT INTO spend (rep_id, period, credits) VALUES (?, ?, ?)
           ON CONFLICT (rep_id, period) DO UPDATE SET credits = credits + excluded.credits`,
          row.rep_id,
          period,
          Math.max(0, Math.round(credits)),
        );
      }
      this.storage.sql.exec('DELETE FROM holds WHERE id = ?', holdId);
      return true;
    });
  }

  /** Every open hold: when the object starts, these belong to calls a restart cut off. */
  openHolds(): Hold[] {
    return this.storage.sql
      .exec<{ id: string; rep_id: string; credits: number; created_at: number; draft: string }>(
        'SELECT id, rep_id, credits, created_at, draft FROM holds ORDER BY created_at',
      )
      .toArray()
      .map((r) => ({
        id: r.id,
        repId: r.rep_id,
        credits: r.credits,
        createdAt: r.created_at,
        draft: JSON.parse(r.draft) as AuditDraft,
      }));
  }
}

/** The 402 message naming the budget. */
export function refusalMessage(rep: RepLimits, r: Refusal): string {
  const per = r.budget === 'daily' ? 'a day' : 'a month';
  const period = r.budget === 'daily' ? 'today' : 'this month';
  return (
    `Budget exceeded: ${rep.name}'s ${r.budget} budget is ${r.limit} credits ${per}, ` +
    `${r.used} are spent or reserved ${period}, and this call may cost up to ${r.quote}.`
  );
}
