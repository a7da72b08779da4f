/**
 * Drives a real in-process sandbox with a manual clock: `call` sends a Request with an `api_key`
 * header to `sandbox.handle` and parses the JSON answer.
 */
import { expect } from 'vitest';
import { createSandbox, SANDBOX_KEYS, type ManualClock } from '@/lib/sandbox';
import { describeErrors, responseValidator } from '../../../support/spec';

export const KEY = SANDBOX_KEYS.normal;

export interface Reply {
  status: number;
  body: Record<string, unknown> & { [key: string]: unknown };
  headers: Headers;
}

/** A fresh sandbox (seed 42, manual clock) and a `call` helper. */
export function fixture() {
  const sandbox = createSandbox({ seed: 42, clock: 'manual' });
  const clock = sandbox.clock as ManualClock;
  async function call(method: string, path: string, body?: unknown, key: string | null = KEY) {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (key !== null) headers.api_key = key;
    const response = await sandbox.handle(
      new Request(`https://api.lusha.com${path}`, {
        method,
        headers,
        body:
          body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
      }),
    );
    const text = await response.text();
    return {
      status: response.status,
      body: text ? JSON.parse(text) : {},
      headers: response.headers,
    } as Reply;
  }
  async function used(key: string = KEY): Promise<number> {
    const state = await call('GET', `/__sandbox/state?key=${key}`, undefined, null);
    return (state.body.credits as { used: number }).used;
  }
  return { sandbox, clock, call, used };
}

/** Asserts the status and that the body validates against the spec's schema for it. */
export function expectSpec(operationId: string, reply: Reply, status: number): void {
  expect(reply.status, JSON.stringify(reply.body).slice(0, 500)).toBe(status);
  const validate = responseValidator(operationId, status);
  expect(validate(reply.body), describeErrors(validate)).toBe(true);
}

/** The nine rate-limit headers, as numbers. */
export function rateHeaders(reply: Reply): Record<string, number> {
  const out: Record<string, number> = {};
  for (const window of ['daily', 'hourly', 'minute']) {
    for (const name of [
      `x-rate-limit-${window}`,
      `x-${window}-requests-left`,
      `x-${window}-usage`,
    ]) {
      const value = reply.headers.get(name);
      expect(value, name).not.toBeNull();
      out[name] = Number(value);
    }
  }
  return out;
}
