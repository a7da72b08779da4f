/** Reps in D1: name, hashed token and budgets (credits a day and a month; null = no limit). */

/** A rep as the gateway works with it (never the token). */
export interface Rep {
  id: string;
  name: string;
  dailyCredits: number | null;
  monthlyCredits: number | null;
  createdAt: string;
  revokedAt: string | null;
}

/** The part of a rep the ledger's budgets need. */
export function limitsOf(rep: Rep): Pick<Rep, 'id' | 'name' | 'dailyCredits' | 'monthlyCredits'> {
  return {
    id: rep.id,
    name: rep.name,
    dailyCredits: rep.dailyCredits,
    monthlyCredits: rep.monthlyCredits,
  };
}

interface RepRow {
  id: string;
  name: string;
  daily_credits: number | null;
  monthly_credits: number | null;
  created_at: string;
  revoked_at: string | null;
}

const COLUMNS = 'id, name, daily_credits, monthly_credits, created_at, revoked_at';

function toRep(row: RepRow): Rep {
  return {
    id: row.id,
    name: row.name,
    dailyCredits: row.daily_credits,
    monthlyCredits: row.monthly_credits,
    createdAt: row.created_at,
    revokedAt: row.revoked_at,
  };
}

/** The budgets a rep may be given. */
export interface Budgets {
  dailyCredits?: number | null;
  monthlyCredits?: number | null;
}

/** Stores a new rep with its token's hash. */
export async function insertRep(
  db: D1Database,
  rep: { id: string; name: string; tokenHash: string } & Budgets,
): Promise<Rep> {
  const createdAt = new Date().toISOString();
  await db
    .prepare(
      'INSERT INTO reps (id, name, token_hash, daily_credits, monthly_credits, created_at) VALUES (?, ?, ?, ?, ?, ?)',
    )
    .bind(
      rep.id,
      rep.name,
      rep.tokenHash,
      rep.dailyCredits ?? null,
      rep.monthlyCredits ?? null,
      createdAt,
    )
    .run();
  return {
    id: rep.id,
    name: rep.name,
    dailyCredits: rep.dailyCredits ?? null,
    monthlyCredits: rep.monthlyCredits ?? null,
    createdAt,
    revokedAt: null,
  };
}

/** The rep owning a token hash (revoked ones included, so the caller can say so). */
export async function repByTokenHash(db: D1Database, tokenHash: string): Promise<Rep | null> {
  const row = await db
    .prepare(`SELECT ${COLUMNS} FROM reps WHERE token_hash = ?`)
    .bind(tokenHash)
    .first<RepRow>();
  return row ? toRep(row) : null;
}

/** One rep by id. */
export async function repById(db: D1Database, id: string): Promise<Rep | null> {
  const row = await db.prepare(`SELECT ${COLUMNS} FROM reps WHERE id = ?`).bind(id).first<RepRow>();
  return row ? toRep(row) : null;
}

/** Every rep, oldest first. */
export async function listReps(db: D1Database): Promise<Rep[]> {
  const { results } = await db
    .prepare(`SELECT ${COLUMNS} FROM reps ORDER BY created_at, id`)
    .all<RepRow>();
  return results.map(toRep);
}

/** Changes the budgets given (a field left out keeps its value). */
export async function updateBudgets(db: D1Database, id: string, budgets: Budgets): Promise<void> {
  const sets: string[] = [];
  const values: (number | null)[] = [];
  if (budgets.dailyCredits !== undefined) {
    sets.push('daily_credits = ?');
    values.push(budgets.dailyCredits);
  }
  if (budgets.monthlyCredits !== undefined) {
    sets.push('monthly_credits = ?');
    values.push(budgets.monthlyCredits);
  }
  if (!sets.length) return;
  await db
    .prepare(`UPDATE reps SET ${sets.join(', ')} WHERE id = ?`)
    .bind(...values, id)
    .run();
}

/** Revokes a rep's token; the row stays for the audit log. */
export async function revokeRep(db: D1Database, id: string): Promise<boolean> {
  const result = await db
    .prepare('UPDATE reps SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL')
    .bind(new Date().toISOString(), id)
    .run();
  return result.meta.changes > 0;
}
