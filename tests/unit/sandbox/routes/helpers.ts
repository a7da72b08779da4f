/**
 * Drives a real in-process sandbox the way the extension would: `handle(new Request(...))` with
 * an `api_key` header, and a clock the tests can move.
 */
import type { ErrorObject } from 'ajv';
import { expect } from 'vitest';
import { createSandbox } from '@/lib/sandbox';
import { describeErrors, responseValidator } from '../../../support/spec';

export const START = Date.parse('2026-06-15T12:00:00.000Z');

export interface Reply {
  status: number;
  body: Record<string, unknown> & { [key: string]: unknown };
  headers: Headers;
}

/** A sandbox with a movable clock and a `call` helper returning parsed JSON. */
export function sandboxFixture(options: { fetch?: typeof fetch; seed?: number } = {}) {
  const clock = { time: START, now: () => clock.time };
  const sandbox = createSandbox({
    seed: options.seed ?? 7,
    clock,
    fetch: options.fetch ?? fetch,
  });
  async function call(
    method: string,
    path: string,
    body?: unknown,
    key = 'sandbox-key',
  ): Promise<Reply> {
    const response = await sandbox.handle(
      new Request(`https://api.lusha.com${path}`, {
        method,
        headers: { api_key: key, 'content-type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      }),
    );
    const text = await response.text();
    return {
      status: response.status,
      body: text ? JSON.parse(text) : {},
      headers: response.headers,
    };
  }
  /** Moves the clock past the per-second and per-minute rate-limit windows. */
  const tick = () => {
    clock.time += 61_000;
  };
  return { sandbox, clock, call, tick };
}

/**
 * The one deviation from the spec's schemas the sandbox makes on purpose: company
 * `canReveal[].field` is declared `emails|phones`, yet the spec's own company examples (search,
 * website visits) list `employeesByDepartment`, `competitors`, ... there, as the sandbox does.
 */
function knownBreak(error: ErrorObject): boolean {
  return (
    error.keyword === 'enum' && /^\/results\/\d+\/canReveal\/\d+\/field$/.test(error.instancePath)
  );
}

/** Asserts the reply has `status` and validates against the spec's schema for it. */
export function expectSpec(operationId: string, reply: Reply, status: number): void {
  expect(reply.status, JSON.stringify(reply.body)).toBe(status);
  const validate = responseValidator(operationId, status);
  const valid = validate(reply.body);
  const errors = (validate.errors ?? []).filter((e) => !knownBreak(e));
  expect(valid || errors.length === 0, describeErrors(validate)).toBe(true);
}

/** Credits used so far, as `GET /v3/account/usage` reports them. */
export async function creditsUsed(call: ReturnType<typeof sandboxFixture>['call']) {
  const usage = await call('GET', '/v3/account/usage');
  expect(usage.status).toBe(200);
  return (usage.body.credits as { used: number }).used;
}

/** Credits per unit of `action`, from the price list `GET /v3/account/usage` reports. */
export async function unitPrice(call: ReturnType<typeof sandboxFixture>['call'], action: string) {
  const usage = await call('GET', '/v3/account/usage');
  const pricing = usage.body.pricing as Record<string, { credits: number; perQuantity: number }>;
  const entry = pricing[action];
  expect(entry, action).toBeDefined();
  return entry!.credits / entry!.perQuantity;
}
