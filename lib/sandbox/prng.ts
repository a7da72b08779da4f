/**
 * A small seeded pseudo-random generator (mulberry32) so the sandbox's dataset is the same on
 * every machine and every run. Never `Math.random`.
 */

/** A seeded source of numbers with the few helpers the dataset generator needs. */
export interface Rng {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max]. */
  int(min: number, max: number): number;
  /** One element of a non-empty list. */
  pick<T>(items: readonly T[]): T;
  /** True with probability `p`. */
  chance(p: number): boolean;
  /** `count` distinct elements of `items` (fewer when the list is shorter). */
  sample<T>(items: readonly T[], count: number): T[];
}

/** mulberry32 over a 32-bit seed. */
export function createRng(seed: number): Rng {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1));
  return {
    next,
    int,
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T,
    chance: (p: number) => next() < p,
    sample<T>(items: readonly T[], count: number): T[] {
      const copy = [...items];
      const out: T[] = [];
      while (out.length < count && copy.length > 0) {
        out.push(copy.splice(int(0, copy.length - 1), 1)[0] as T);
      }
      return out;
    },
  };
}

/** FNV-1a hash of a string: derives stable sub-seeds (e.g. per company id). */
export function hashString(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}
