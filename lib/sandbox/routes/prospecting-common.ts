/**
 * Helpers shared by the sandbox's non-core route modules (prospecting, filters, signals,
 * lookalikes, website visits, webhooks): seeded hashing, request validation that answers
 * Lusha's 400 shape, per-account module state and date arithmetic. Web-standard only.
 */
import * as z from 'zod/mini';
import { en } from 'zod/locales';
import { SandboxHttpError, type SandboxContext } from '../types';

// zod/mini ships without messages (every issue would read "Invalid input"): use zod's English
// ones, as classic zod does, for the issues Lusha's 400 answers list. A locale set before wins.
if (!z.config().localeError) z.config(en());

/** FNV-1a over the joined parts: a stable 32-bit hash for deterministic choices. */
export function hash32(...parts: (string | number)[]): number {
  let h = 0x811c9dc5;
  const text = parts.join('\u0001');
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** A number in [0, 1) derived from the parts. */
export function unit(...parts: (string | number)[]): number {
  return hash32(...parts) / 0x1_0000_0000;
}

/** An integer in [min, max] derived from the parts. */
export function intBetween(min: number, max: number, ...parts: (string | number)[]): number {
  return min + Math.floor(unit(...parts) * (max - min + 1));
}

/** `length` lowercase hex digits derived from the parts. */
export function seededHex(length: number, ...parts: (string | number)[]): string {
  let out = '';
  for (let i = 0; out.length < length; i++)
    out += hash32(...parts, i)
      .toString(16)
      .padStart(8, '0');
  return out.slice(0, length);
}

/** A version-4-shaped UUID derived from the parts (deterministic, so tests can repeat it). */
export function seededUuid(...parts: (string | number)[]): string {
  const h = seededHex(32, ...parts);
  const variant = ((parseInt(h[16] ?? '0', 16) & 0x3) | 0x8).toString(16);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/** Zod issues as Lusha's `errors: string[]`. */
export function issueMessages(error: z.core.$ZodError): string[] {
  return error.issues.map((issue) => {
    const where = issue.path.map(String).join('.');
    return where ? `${where}: ${issue.message}` : issue.message;
  });
}

/** Parses untrusted input or throws Lusha's `400 {statusCode, message, errors}`. */
export function parseInput<T>(schema: z.ZodMiniType<T>, value: unknown): T {
  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    throw new SandboxHttpError(400, 'Invalid request parameters', issueMessages(parsed.error));
  }
  return parsed.data;
}

/** Throws a 400 with one detail message. */
export function badRequest(message: string, errors: string[] = [message]): never {
  throw new SandboxHttpError(400, message, errors);
}

/** The calling account's state for one module, created on first use. */
export function moduleState<T>(ctx: SandboxContext, name: string, init: () => T): T {
  let state = ctx.account.modules.get(name) as T | undefined;
  if (state === undefined) {
    state = init();
    ctx.account.modules.set(name, state);
  }
  return state;
}

export const DAY_MS = 86_400_000;

/** `YYYY-MM-DD` of a timestamp, in UTC. */
export function isoDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** Milliseconds of a `YYYY-MM-DD` date at UTC midnight, or NaN when it is not a real date. */
export function parseIsoDate(text: string): number {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return NaN;
  const ms = Date.parse(`${text}T00:00:00.000Z`);
  return Number.isNaN(ms) || isoDate(ms) !== text ? NaN : ms;
}

/** The date `months` calendar months before `ms` (UTC), as milliseconds. */
export function monthsBefore(ms: number, months: number): number {
  const d = new Date(ms);
  d.setUTCMonth(d.getUTCMonth() - months);
  return d.getTime();
}

/** Sums `ctx.charge` over billed units: `units` results at the action's unit price. */
export function chargeUnits(ctx: SandboxContext, action: string, units: number): number {
  if (units <= 0) return 0;
  return ctx.charge(action, units * ctx.price(action));
}
