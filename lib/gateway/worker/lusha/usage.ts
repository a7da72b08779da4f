/**
 * `GET /v3/account/usage` for a rep: Lusha's answer shape, where `credits` is the rep's own
 * budget (its tighter window, never more than the team has left) and a `gateway` block gives
 * the details. Lusha allows 5 usage calls a minute per account, so reps read the team's copy
 * (at most a minute old) instead of each calling Lusha.
 */
import type { TeamUsage } from '../team/account';
import type { BudgetView } from '../team/budget';
import { draftOf, gatewayHeaders, respond, respondLedger, team, type RepContext } from './context';

/** The rep's `credits`: its budget's window, capped by the team's remaining credits. */
export function repCredits(budget: BudgetView, teamCredits: TeamUsage['credits']) {
  const teamLeft = typeof teamCredits?.remaining === 'number' ? teamCredits.remaining : Infinity;
  const window = budget.binding ? budget[budget.binding] : null;
  if (!window) return teamCredits ?? {};
  return {
    total: window.limit,
    used: window.used,
    remaining: Math.min(window.remaining, teamLeft),
  };
}

/** Answers a rep's usage call. */
export async function handleUsage(ctx: RepContext): Promise<Response> {
  const result = await team(ctx.env).usage({ tokenHash: ctx.tokenHash, draft: draftOf(ctx, 0, 0) });
  const { snapshot, budget, rep } = result;
  if (result.status !== 200 || !budget || !rep) return respondLedger(result);
  if (!snapshot?.usage) {
    const error = snapshot?.error ?? {
      status: 503,
      text: '{"statusCode":503,"message":"Lusha was not reached yet."}',
    };
    return respond(error.status, error.text, result.headers, gatewayHeaders(result));
  }
  const usage = snapshot.usage;
  const body = {
    ...usage,
    credits: repCredits(budget, usage.credits),
    gateway: {
      rep,
      budgets: { daily: budget.daily, monthly: budget.monthly },
      spentToday: budget.spentToday,
      spentThisMonth: budget.spentThisMonth,
      held: budget.held,
      team: {
        credits: usage.credits ?? null,
        fetchedAt: new Date(snapshot.fetchedAt).toISOString(),
      },
      cacheTtlHours: ctx.settings.cacheTtlMs / 3_600_000,
    },
  };
  return respond(200, JSON.stringify(body), result.headers, gatewayHeaders(result));
}
