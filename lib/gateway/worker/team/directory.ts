/**
 * The reps as the ledger knows them: D1 holds them, the ledger is their only writer (the
 * admin API goes through it), so it keeps them in memory by token hash. A rep's call then costs
 * no D1 read, and a revoked token is refused from the moment the revoke returns.
 */
import { hashToken, newRepToken } from '../auth';
import {
  insertRep,
  repById,
  repByTokenHash,
  revokeRep,
  updateBudgets,
  type Budgets,
  type Rep,
} from '../reps';

/** The reps, cached by token hash. */
export class RepDirectory {
  private readonly byHash = new Map<string, Rep>();
  /** Bumped by every change, so a D1 read that raced a change is not cached. */
  private version = 0;

  constructor(private readonly db: D1Database) {}

  /** The rep holding a token (by its hash), revoked ones included; null when unknown. */
  async byToken(tokenHash: string): Promise<Rep | null> {
    const cached = this.byHash.get(tokenHash);
    if (cached) return cached;
    const version = this.version;
    const rep = await repByTokenHash(this.db, tokenHash);
    if (rep && version === this.version) this.byHash.set(tokenHash, rep);
    return rep;
  }

  /** Adds a rep; the token is returned once and kept only as its hash. */
  async create(name: string, budgets: Budgets): Promise<{ rep: Rep; token: string }> {
    const token = newRepToken();
    const tokenHash = await hashToken(token);
    const id = `rep_${crypto.randomUUID().replace(/-/g, '').slice(0, 12)}`;
    const rep = await insertRep(this.db, { id, name, tokenHash, ...budgets });
    this.byHash.set(tokenHash, rep);
    return { rep, token };
  }

  /** Changes budgets; null when there is no such rep. */
  async update(id: string, budgets: Budgets): Promise<Rep | null> {
    await updateBudgets(this.db, id, budgets);
    this.changed(id);
    return repById(this.db, id);
  }

  /** Revokes a rep's token; false when there is no such rep. */
  async revoke(id: string): Promise<boolean> {
    if (!(await repById(this.db, id))) return false;
    await revokeRep(this.db, id);
    this.changed(id);
    return true;
  }

  /** After a write: reads that started before it are not cached, and the rep is read again. */
  private changed(id: string): void {
    this.version += 1;
    this.forget(id);
  }

  private forget(id: string): void {
    for (const [hash, rep] of this.byHash) if (rep.id === id) this.byHash.delete(hash);
  }
}
