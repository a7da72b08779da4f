/**
 * JSON Pointer (RFC 6901) edits for the `mutate` fault: set a value anywhere in a parsed JSON
 * body (creating missing objects on the way, appending with `-`) or remove one. Plain data only.
 */

/** A pointer that cannot be applied to the document (e.g. it walks into a string). */
export class PointerError extends Error {
  constructor(pointer: string, reason: string) {
    super(`JSON pointer ${JSON.stringify(pointer)}: ${reason}`);
    this.name = 'PointerError';
  }
}

/** Tokens that would reach Object.prototype rather than a field of the answer. */
const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype']);

/** The reference tokens of a pointer, unescaped (`~1` is `/`, `~0` is `~`). */
export function tokensOf(pointer: string): string[] {
  if (pointer === '') return [];
  if (!pointer.startsWith('/')) throw new PointerError(pointer, 'must be empty or start with /');
  const tokens = pointer
    .slice(1)
    .split('/')
    .map((t) => t.replace(/~1/g, '/').replace(/~0/g, '~'));
  const bad = tokens.find((t) => FORBIDDEN.has(t));
  if (bad !== undefined) throw new PointerError(pointer, `${bad} is not allowed`);
  return tokens;
}

/** True when `text` is a pointer `tokensOf` accepts. */
export function isPointer(text: string): boolean {
  try {
    tokensOf(text);
    return true;
  } catch {
    return false;
  }
}

type Container = Record<string, unknown> | unknown[];

const isContainer = (value: unknown): value is Container =>
  typeof value === 'object' && value !== null;

/** An array index token: `-` (one past the end) or a non-negative integer without sign. */
function arrayIndex(array: unknown[], token: string, pointer: string): number {
  if (token === '-') return array.length;
  if (!/^(0|[1-9]\d*)$/.test(token)) throw new PointerError(pointer, `${token} is not an index`);
  return Number(token);
}

/** Sets `value` at `pointer` in `doc` (changed in place) and returns the new document root. */
export function setAt(doc: unknown, pointer: string, value: unknown): unknown {
  const tokens = tokensOf(pointer);
  if (tokens.length === 0) return value;
  let node = doc;
  for (const [i, token] of tokens.entries()) {
    if (!isContainer(node)) {
      throw new PointerError(pointer, `cannot step into ${JSON.stringify(node)}`);
    }
    const last = i === tokens.length - 1;
    if (Array.isArray(node)) {
      const index = arrayIndex(node, token, pointer);
      // Fill any gap with null, as JSON has no holes.
      while (node.length < index) node.push(null);
      // Only what is missing is created: stepping into a number or string is an error.
      if (last) node[index] = value;
      else if (node[index] === undefined || node[index] === null) node[index] = {};
      node = node[index];
    } else {
      if (last) node[token] = value;
      else if (!Object.hasOwn(node, token) || node[token] === null) node[token] = {};
      node = node[token];
    }
  }
  return doc;
}

/** Removes what `pointer` names from `doc` (in place; a missing target is no change). */
export function removeAt(doc: unknown, pointer: string): unknown {
  const tokens = tokensOf(pointer);
  if (tokens.length === 0) return undefined;
  let node = doc;
  for (const token of tokens.slice(0, -1)) {
    if (!isContainer(node)) return doc;
    node = Array.isArray(node) ? node[Number(token)] : node[token];
  }
  const last = tokens[tokens.length - 1] as string;
  if (Array.isArray(node)) {
    const index = arrayIndex(node, last, pointer);
    if (index < node.length) node.splice(index, 1);
  } else if (isContainer(node)) {
    delete (node as Record<string, unknown>)[last];
  }
  return doc;
}
