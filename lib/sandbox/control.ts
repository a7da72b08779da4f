/**
 * Test-only control routes under `/__sandbox/` (they exist only in the sandbox, never in Lusha):
 * queue faults, reset state, move a manual clock, read an account's balance and reveals, and
 * count the API calls made (by operationId, with the credits each billed).
 */
import * as z from 'zod/mini';
import { en } from 'zod/locales';
import { PROFILES, remainingCredits, type Account } from './accounts';
import type { CallLog } from './calls';
import { ManualClock } from './clock';
import { FaultSpec, type FaultQueue } from './faults';
import { errorResponse, json } from './respond';
import type { Clock } from './types';

// zod/mini ships without messages (every issue would read "Invalid input"): use zod's English
// ones, as classic zod does, for a refused fault or clock move. A locale set before wins.
if (!z.config().localeError) z.config(en());

/** What the control routes need from the sandbox. */
export interface ControlDeps {
  clock: Clock;
  faults: FaultQueue;
  calls: CallLog;
  reset(): void;
  accountFor(key: string): Account;
}

/** Finite: zod 4 numbers refuse Infinity and NaN (classic `.finite()` was a no-op). */
const ClockBody = z.object({ advanceMs: z.number() });

async function body(request: Request): Promise<unknown> {
  const text = await request.text();
  return text.trim() ? (JSON.parse(text) as unknown) : {};
}

function issues(error: z.core.$ZodError): string[] {
  return error.issues.map((i) => `${i.path.map(String).join('.') || 'body'}: ${i.message}`);
}

async function postFault(request: Request, deps: ControlDeps): Promise<Response> {
  const parsed = FaultSpec.safeParse(await body(request));
  if (!parsed.success) return errorResponse(400, 'Invalid fault', {}, issues(parsed.error));
  deps.faults.add(parsed.data);
  return json(201, { queued: parsed.data, pending: deps.faults.list() });
}

async function postClock(request: Request, deps: ControlDeps): Promise<Response> {
  if (!(deps.clock instanceof ManualClock)) {
    return errorResponse(409, "The sandbox's clock is not manual (create it with clock: 'manual')");
  }
  const parsed = ClockBody.safeParse(await body(request));
  if (!parsed.success) return errorResponse(400, 'Invalid clock move', {}, issues(parsed.error));
  const now = deps.clock.advance(parsed.data.advanceMs);
  return json(200, { now: new Date(now).toISOString() });
}

function countFields(revealed: Map<string, Set<string>>): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const fields of revealed.values()) {
    for (const field of fields) counts[field] = (counts[field] ?? 0) + 1;
  }
  return counts;
}

function getState(url: URL, deps: ControlDeps): Response {
  const key = url.searchParams.get('key') ?? '';
  if (!PROFILES[key])
    return errorResponse(404, `No sandbox account for key ${JSON.stringify(key)}`);
  const account = deps.accountFor(key);
  return json(200, {
    key,
    now: new Date(deps.clock.now()).toISOString(),
    credits: {
      total: account.profile.totalCredits,
      used: account.creditsUsed,
      remaining: remainingCredits(account),
    },
    revealed: {
      contacts: account.revealedContacts.size,
      companies: account.revealedCompanies.size,
      contactFields: countFields(account.revealedContacts),
      companyFields: countFields(account.revealedCompanies),
    },
    pendingFaults: deps.faults.list().length,
  });
}

/** `GET /__sandbox/calls[?key=...]`: API calls by operationId, for one account or all. */
function getCalls(url: URL, deps: ControlDeps): Response {
  const key = url.searchParams.get('key');
  if (key !== null && !PROFILES[key]) {
    return errorResponse(404, `No sandbox account for key ${JSON.stringify(key)}`);
  }
  return json(200, { ...(key === null ? {} : { key }), ...deps.calls.report(key ?? undefined) });
}

/** Answers a `/__sandbox/...` request. */
export async function handleControl(
  request: Request,
  url: URL,
  deps: ControlDeps,
): Promise<Response> {
  const route = `${request.method} ${url.pathname.replace(/\/$/, '')}`;
  try {
    switch (route) {
      case 'POST /__sandbox/faults':
        return await postFault(request, deps);
      case 'DELETE /__sandbox/faults':
        deps.faults.clear();
        return json(200, { pending: [] });
      case 'POST /__sandbox/reset':
        deps.reset();
        return json(200, { reset: true });
      case 'POST /__sandbox/clock':
        return await postClock(request, deps);
      case 'GET /__sandbox/state':
        return getState(url, deps);
      case 'GET /__sandbox/calls':
        return getCalls(url, deps);
      case 'DELETE /__sandbox/calls':
        deps.calls.clear();
        return json(200, deps.calls.report());
      default:
        return errorResponse(404, `Cannot ${request.method} ${url.pathname}`);
    }
  } catch {
    return errorResponse(400, 'Invalid JSON in request body');
  }
}
