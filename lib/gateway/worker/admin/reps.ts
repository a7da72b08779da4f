/**
 * The admin's rep routes: create (the token is shown once), list with budgets and spend,
 * change budgets, revoke, and the audit log.
 */
import { listAudit } from '../audit';
import type { Env } from '../env';
import { json, lushaError } from '../http';
import { limitsOf, listReps, repById, type Budgets, type Rep } from '../reps';
import { team } from '../lusha/context';
import type { BudgetView } from '../team/budget';

/** What an admin handler receives. */
export interface AdminInput {
  request: Request;
  env: Env;
  url: URL;
  params: Record<string, string>;
  body: unknown;
}

const MAX_CREDITS = 1_000_000_000;

/** Budgets from a request body, or the error message. */
export function parseBudgets(body: unknown): Budgets | string {
  const out: Budgets = {};
  for (const field of ['dailyCredits', 'monthlyCredits'] as const) {
    const value = (body as Record<string, unknown>)[field];
    if (value === undefined) continue;
    if (
      value !== null &&
      (!Number.isInteger(value) || (value as number) < 0 || (value as number) > MAX_CREDITS)
    ) {
      return `${field} must be a whole number of credits (0 to ${MAX_CREDITS}) or null for no limit`;
    }
    out[field] = value as number | null;
  }
  return out;
}

function present(rep: Rep, budget: BudgetView) {
  return {
    ...rep,
    spentToday: budget.spentToday,
    spentThisMonth: budget.spentThisMonth,
    held: budget.held,
    remaining: budget.remaining,
    binding: budget.binding,
  };
}

/** `POST /admin/reps`. */
export async function createRep({ env, body }: AdminInput): Promise<Response> {
  const raw = (body as { name?: unknown }).name;
  const name = typeof raw === 'string' ? raw.trim() : '';
  if (!name || name.length > 100) return lushaError(400, 'name is required (1 to 100 characters)');
  const budgets = parseBudgets(body);
  if (typeof budgets === 'string') return lushaError(400, budgets);
  const { rep, token } = await team(env).createRep(name, budgets);
  const { dailyCredits, monthlyCredits } = rep;
  return json(201, { id: rep.id, name: rep.name, token, dailyCredits, monthlyCredits });
}

/** `GET /admin/reps`: every rep with its budgets and credits spent today and this month. */
export async function listRepsRoute({ env }: AdminInput): Promise<Response> {
  const reps = await listReps(env.DB);
  const views = await team(env).views(reps.map(limitsOf));
  return json(200, { reps: reps.map((rep) => present(rep, views[rep.id]!)) });
}

/** `GET /admin/reps/:id`. */
export async function getRep({ env, params }: AdminInput): Promise<Response> {
  const rep = await repById(env.DB, params.id ?? '');
  if (!rep) return lushaError(404, 'No such rep');
  const views = await team(env).views([limitsOf(rep)]);
  return json(200, present(rep, views[rep.id]!));
}

/** `PATCH /admin/reps/:id` `{dailyCredits?, monthlyCredits?}` (null: no limit). */
export async function patchRep(input: AdminInput): Promise<Response> {
  const { env, params, body } = input;
  const budgets = parseBudgets(body ?? {});
  if (typeof budgets === 'string') return lushaError(400, budgets);
  if (!(await team(env).updateRep(params.id ?? '', budgets))) return lushaError(404, 'No such rep');
  return getRep(input);
}

/** `DELETE /admin/reps/:id`: revokes the token (the rep's history stays). */
export async function deleteRep({ env, params }: AdminInput): Promise<Response> {
  const id = params.id ?? '';
  if (!(await team(env).revokeRep(id))) return lushaError(404, 'No such rep');
  return json(200, { id, revoked: true });
}

/** `GET /admin/audit?limit=N&rep=ID`. */
export async function auditRoute({ env, url }: AdminInput): Promise<Response> {
  const limit = Number(url.searchParams.get('limit') ?? 100);
  if (!Number.isFinite(limit) || limit < 1)
    return lushaError(400, 'limit must be a positive number');
  await team(env).flushAudit();
  const entries = await listAudit(env.DB, { limit, repId: url.searchParams.get('rep') });
  return json(200, { entries });
}
