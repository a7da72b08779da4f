/**
 * The sandbox's request pipeline: control routes, routing, authentication, rate limits, fault
 * injection, body parsing, billing and errors. Web-standard only (Request in, Response out) so
 * the same handler runs in Node, in tests and in the extension's service worker.
 */
import {
  AccountBook,
  INACTIVE_MESSAGE,
  PROFILES,
  remainingCredits,
  type Account,
} from './accounts';
import { CallLog, type CallRecord } from './calls';
import { ManualClock, systemClock } from './clock';
import { handleControl, type ControlDeps } from './control';
import type { Dataset } from './dataset';
import { generateDataset } from './dataset';
import { FaultQueue, faultAfter, faultBefore, phaseOf } from './faults';
import { PRICING, unitPrice, wholeCredits } from './pricing';
import { RateLimiter, limitsFor } from './rate-limit';
import { errorResponse, json, readJson } from './respond';
import { Router, type RouteMatch } from './router';
import { allRoutes } from './routes';
import { SandboxHttpError, type AccountUsage, type Clock, type SandboxContext } from './types';

/** Options of `createSandbox`. */
export interface SandboxOptions {
  /** Dataset seed (default 42). */
  seed?: number;
  /** A clock, or `'manual'` for one that only `POST /__sandbox/clock` moves. Default: real time. */
  clock?: Clock | 'manual';
  /** `fetch` for outgoing calls (webhook deliveries). Default: `globalThis.fetch`. */
  fetch?: typeof fetch;
}

/** A running sandbox. */
export interface Sandbox {
  /** Answers one request as Lusha would (rejects with a TypeError for a `drop` fault). */
  handle(request: Request): Promise<Response>;
  /** Forgets all state: balances, reveals, counters, faults, module state; rewinds a manual clock. */
  reset(): void;
  readonly dataset: Dataset;
  readonly clock: Clock;
}

/** Creates a sandbox with its own dataset and in-memory state. */
export function createSandbox(options: SandboxOptions = {}): Sandbox {
  const clock = options.clock === 'manual' ? new ManualClock() : (options.clock ?? systemClock);
  const doFetch =
    options.fetch ?? ((...args: Parameters<typeof fetch>) => globalThis.fetch(...args));
  const dataset = generateDataset({ seed: options.seed ?? 42, referenceDate: clock.now() });
  const router = new Router<Dataset>(allRoutes);
  const limiter = new RateLimiter(() => clock.now());
  const faults = new FaultQueue();
  const calls = new CallLog();
  const accounts = new AccountBook();
  const accountFor = (key: string): Account => accounts.get(key);
  const reset = () => {
    accounts.clear();
    limiter.reset();
    faults.clear();
    calls.clear();
    if (clock instanceof ManualClock) clock.reset();
  };
  const control: ControlDeps = { clock, faults, calls, reset, accountFor };
  const api: Api = { dataset, clock, limiter, faults, calls, accountFor, fetch: doFetch };

  return {
    dataset,
    clock,
    reset,
    async handle(request) {
      const url = new URL(request.url);
      if (url.pathname.startsWith('/__sandbox/')) return handleControl(request, url, control);
      const match = router.match(request.method, url.pathname);
      if (!match) {
        return errorResponse(404, `Cannot ${request.method} ${url.pathname}`);
      }
      return handleApi(request, url, match, api);
    },
  };
}

interface Api {
  dataset: Dataset;
  clock: Clock;
  limiter: RateLimiter;
  faults: FaultQueue;
  calls: CallLog;
  accountFor(key: string): Account;
  fetch: typeof fetch;
}

/** Answers one API call and counts it, with the status it got (`none` when it got no answer). */
async function handleApi(
  request: Request,
  url: URL,
  match: RouteMatch<Dataset>,
  api: Api,
): Promise<Response> {
  const key = request.headers.get('api_key') ?? '';
  const record = api.calls.start(PROFILES[key] ? key : '', match.route.operationId);
  try {
    const response = await answerApi(request, url, match, api, key, record);
    record.answered(response.status);
    return response;
  } catch (error) {
    record.answered('none');
    throw error;
  }
}

/** Authentication, rate limits, faults and the operation itself, in Lusha's order. */
async function answerApi(
  request: Request,
  url: URL,
  { route, params }: RouteMatch<Dataset>,
  api: Api,
  key: string,
  record: CallRecord,
): Promise<Response> {
  const profile = PROFILES[key];
  if (!profile) return errorResponse(401, 'Invalid API key');
  const limits = limitsFor(route.rateClass, profile.generalPerMinute);
  const headers = () => api.limiter.headers(key, route.rateClass, limits);
  const allowed = api.limiter.take(key, route.rateClass, limits);
  if (!profile.active) return errorResponse(403, INACTIVE_MESSAGE, headers());
  if (!allowed) {
    return errorResponse(
      429,
      'Too many requests. Please wait before making another request.',
      headers(),
    );
  }
  const fault = api.faults.take(url.pathname);
  if (fault) record.fault(fault.kind);
  if (fault && phaseOf(fault) === 'before') {
    const early = await faultBefore(fault, headers(), request.signal);
    if (early) return early;
  }
  const run = { request, url, route, params, key, headers, record };
  const response = await runRoute(run, api);
  return fault && phaseOf(fault) === 'after'
    ? faultAfter(fault, response, request.signal)
    : response;
}

/** One call on its way to its route handler. */
interface Run {
  request: Request;
  url: URL;
  route: RouteMatch<Dataset>['route'];
  params: Record<string, string>;
  key: string;
  headers: () => Record<string, string>;
  record: CallRecord;
}

async function runRoute(run: Run, api: Api): Promise<Response> {
  const { request, url, route, params, key, headers } = run;
  let body: unknown;
  try {
    body = await readJson(request);
  } catch {
    return errorResponse(400, 'Invalid JSON in request body', headers(), [
      'body must be valid JSON',
    ]);
  }
  const account = api.accountFor(key);
  const bill = billing(account);
  const ctx: SandboxContext<Dataset> = {
    clock: api.clock,
    dataset: api.dataset,
    account,
    price: unitPrice,
    charge: bill.charge,
    fetch: api.fetch,
    usage: () => usageOf(account, api.limiter),
  };
  try {
    const input = { body, params, query: url.searchParams, headers: request.headers };
    const result = await route.handler(input, ctx);
    run.record.charged(bill.commit());
    return json(result.status, result.body, { ...headers(), ...result.headers });
  } catch (error) {
    if (error instanceof SandboxHttpError) {
      return errorResponse(error.status, error.message, headers(), error.errors);
    }
    return errorResponse(500, 'Internal server error. Please try again later.', headers());
  }
}

/** Charges staged during one request, applied only when the handler succeeds. */
function billing(account: Account) {
  let pending = 0;
  return {
    charge(action: string, credits: number): number {
      unitPrice(action);
      const whole = wholeCredits(credits);
      if (whole > remainingCredits(account) - pending) {
        throw new SandboxHttpError(402, 'Insufficient credits for this operation');
      }
      pending += whole;
      return whole;
    },
    /** Applies the staged charges; returns the credits they came to. */
    commit(): number {
      const committed = pending;
      account.creditsUsed += pending;
      pending = 0;
      return committed;
    },
  };
}

function usageOf(account: Account, limiter: RateLimiter): AccountUsage {
  const { profile } = account;
  const limits = limitsFor('general', profile.generalPerMinute);
  return {
    credits: {
      total: profile.totalCredits,
      used: account.creditsUsed,
      remaining: remainingCredits(account),
    },
    rateLimits: limiter.state(account.key, 'general', limits) as AccountUsage['rateLimits'],
    plan: { ...profile.plan },
    pricing: structuredClone({ ...PRICING }),
  };
}
