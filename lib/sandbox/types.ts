/**
 * The contract between the sandbox's core (router, accounts, billing, rate limits, faults,
 * dataset) and its route modules. Route modules are plain functions over these types, so each
 * group of operations lives in its own file under `routes/` and can be tested alone.
 */

/** A clock the tests can move. */
export interface Clock {
  now(): number;
}

/** Which Lusha rate-limit bucket an operation counts against (see the spec's README). */
export type RateClass = 'general' | 'usage' | 'webhooks';

/** Lusha's billing actions, as `GET /v3/account/usage` names them in `pricing`. */
export type PricingAction = string;

/** One parsed request, as a route handler sees it. */
export interface RouteInput {
  /** Parsed JSON body (`undefined` for GET/DELETE without body). Untrusted: validate it. */
  body: unknown;
  /** Path parameters by name, e.g. `{ id: '...' }` for `/api/subscriptions/:id`. */
  params: Record<string, string>;
  query: URLSearchParams;
  headers: Headers;
}

/** What a handler answers; the core adds rate-limit headers and serialises `body`. */
export interface RouteResult {
  status: number;
  body: unknown;
  headers?: Record<string, string>;
}

/** Thrown by handlers (or `ctx.charge`) to answer `{statusCode, message, errors?}`. */
export class SandboxHttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly errors?: unknown,
  ) {
    super(message);
    this.name = 'SandboxHttpError';
  }
}

/** Per-account state that route modules may read and change. */
export interface AccountState {
  key: string;
  /** Ids of contacts revealed, mapped to the set of fields revealed (`emails`, `phones`). */
  revealedContacts: Map<string, Set<string>>;
  /** Ids of companies revealed, mapped to the set of fields revealed. */
  revealedCompanies: Map<string, Set<string>>;
  /** Free-form per-module state (webhook subscriptions, lookalike sessions, ...), by module name. */
  modules: Map<string, unknown>;
}

/** Everything a handler gets besides its input. */
export interface SandboxContext<D = unknown> {
  clock: Clock;
  /** The seeded dataset (see `dataset.ts`). */
  dataset: D;
  /** The calling account. */
  account: AccountState;
  /** Credits per unit of an action, as `GET /v3/account/usage` reports in `pricing`. */
  price(action: PricingAction): number;
  /**
   * Bills `credits` to the calling account for `action`, or throws a 402 SandboxHttpError when
   * the balance cannot cover it. Returns the credits charged. Handlers sum these into `billing`.
   */
  charge(action: PricingAction, credits: number): number;
  /** The `fetch` the sandbox uses for outgoing calls (webhook test deliveries). */
  fetch: typeof fetch;
  /** The calling account's balance, plan, rate-limit windows and price list (account usage). */
  usage(): AccountUsage;
}

/** What `GET /v3/account/usage` reports, from the core's own counters. */
export interface AccountUsage {
  credits: { total: number; used: number; remaining: number };
  rateLimits: Record<
    'daily' | 'hourly' | 'minute',
    { limit: number; used: number; remaining: number; resetsAt: string }
  >;
  plan: { category: string; renewalType: string; startDate: string; endDate: string | null };
  pricing: Record<string, { credits: number; perQuantity: number }>;
}

export type RouteHandler<D = unknown> = (
  input: RouteInput,
  ctx: SandboxContext<D>,
) => RouteResult | Promise<RouteResult>;

/** One operation of the spec served by the sandbox. */
export interface RouteDef<D = unknown> {
  operationId: string;
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** Path with `:name` parameters, e.g. `/api/subscriptions/:id/test`. */
  path: string;
  rateClass: RateClass;
  handler: RouteHandler<D>;
}
