/**
 * Reading billed answers tolerantly. Once Lusha has billed a call, its answer is the rep's
 * money: a record with an odd field (a number where text was expected, a null in a list, a
 * shape the schema does not know) must not throw the whole answer away. Each problem is
 * repaired where it is plain what was meant (`123` -> `"123"`), otherwise the odd part is
 * dropped; a list item that cannot be read at all becomes `{ unreadable: true }` and is
 * reported for that item. Answers that are errors in disguise are refused.
 */
import type * as z from 'zod/mini';

/** A list item of a billed answer that could not be read. */
export interface UnreadableItem {
  unreadable: true;
  /** What was wrong, for the log (never shown raw to the rep). */
  problem: string;
}

/** A billed answer after repair, and what had to be repaired or dropped. */
export interface TolerantRead<T> {
  data: T;
  repairs: string[];
}

type Path = PropertyKey[];

function parentOf(root: unknown, path: Path): Record<PropertyKey, unknown> | unknown[] | null {
  let node: unknown = root;
  for (const key of path.slice(0, -1)) {
    if (node === null || typeof node !== 'object') return null;
    node = (node as Record<PropertyKey, unknown>)[key];
  }
  return node !== null && typeof node === 'object' ? (node as Record<PropertyKey, unknown>) : null;
}

/** Mends the value at `path`; returns what was done, or null when nothing could be. */
function mend(root: unknown, path: Path, expected: string | undefined): string | null {
  const parent = parentOf(root, path);
  const key = path[path.length - 1];
  if (!parent || key === undefined) return null;
  const record = parent as Record<PropertyKey, unknown>;
  const value = record[key];
  const where = path.join('.');
  if (expected === 'string' && (typeof value === 'number' || typeof value === 'boolean')) {
    record[key] = String(value);
    return `${where}: read ${typeof value} as text`;
  }
  if (
    expected === 'number' &&
    typeof value === 'string' &&
    value.trim() !== '' &&
    Number.isFinite(Number(value))
  ) {
    record[key] = Number(value);
    return `${where}: read text as a number`;
  }
  // A whole list item that is not an object (null, a string...): mark it unreadable.
  if (Array.isArray(parent) && typeof key === 'number' && path.length === 2) {
    record[key] = { unreadable: true, problem: `${where}: ${JSON.stringify(value)?.slice(0, 40)}` };
    return `${where}: item unreadable`;
  }
  if (Array.isArray(parent)) {
    parent.splice(Number(key), 1);
    return `${where}: dropped`;
  }
  delete record[key];
  return `${where}: dropped`;
}

const MAX_ROUNDS = 200;

/**
 * Parses `value` with `schema`; where it fails, repairs or drops the failing parts and tries
 * again. Throws (with the remaining issues) only if the answer still cannot be read.
 */
export function readTolerantly<T>(schema: z.ZodMiniType<T>, value: unknown): TolerantRead<T> {
  const repairs: string[] = [];
  let parsed = schema.safeParse(value);
  if (parsed.success) return { data: parsed.data, repairs };
  const copy: unknown = structuredClone(value);
  for (let round = 0; round < MAX_ROUNDS && !parsed.success; round++) {
    const issue = parsed.error.issues[0]!;
    const expected = (issue as { expected?: string }).expected;
    const done = issue.path.length ? mend(copy, issue.path, expected) : null;
    if (!done) break;
    repairs.push(done);
    parsed = schema.safeParse(copy);
  }
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.join('.') || '/'}: ${i.message}`);
    throw Object.assign(new Error('unreadable answer'), { issues });
  }
  return { data: parsed.data, repairs };
}

/** An error written into a 200 answer (`{statusCode: 500, message}`), or null. */
export function errorInDisguise(value: unknown): { statusCode: number; message?: string } | null {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return null;
  const body = value as { statusCode?: unknown; message?: unknown; results?: unknown };
  if (typeof body.statusCode !== 'number' || body.statusCode < 400 || 'results' in body)
    return null;
  return {
    statusCode: body.statusCode,
    message: typeof body.message === 'string' ? body.message.slice(0, 300) : undefined,
  };
}
