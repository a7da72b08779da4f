import { describe, expect, it } from 'vitest';
import { slotKeys, type Pin } from '@/components/workspace/table/slots';

const ids = (from: number, n: number) => Array.from({ length: n }, (_, i) => `r${from + i}`);

/** The ids each key showed in a run of windows: a key must never move to another row while pinned. */
function scroll(windows: string[][], pin: Pin | null) {
  return windows.map((w) => new Map(slotKeys(w, pin).map((k, i) => [k, w[i]!])));
}

describe('slotKeys', () => {
  it('keys rows by their place on screen, so scrolling keeps the same elements', () => {
    expect(slotKeys(ids(0, 4), null)).toEqual([0, 1, 2, 3]);
    expect(slotKeys(ids(500, 4), null)).toEqual([0, 1, 2, 3]);
  });

  it('keeps the focused row on its own element wherever it moves, and never lends that element', () => {
    const pin: Pin = { id: 'r12', slot: 2 };
    const windows = [ids(10, 6), ids(11, 6), ids(12, 6), ids(8, 6), ids(13, 5), ids(20, 6)];
    const shown = scroll(windows, pin);
    for (const [i, keys] of shown.entries()) {
      // Keys are unique in every window.
      expect(new Set(slotKeys(windows[i]!, pin)).size).toBe(windows[i]!.length);
      // The pinned slot shows the focused row, or nothing at all.
      const row = keys.get(2);
      expect(row === undefined || row === 'r12').toBe(true);
    }
    expect(shown[0]!.get(2)).toBe('r12');
    expect(shown[3]!.get(2)).toBe('r12');
    expect(shown[5]!.has(2)).toBe(false);
  });

  it('trades places with the row that sits in the pinned slot', () => {
    expect(slotKeys(['a', 'b', 'c', 'd'], { id: 'd', slot: 1 })).toEqual([0, 3, 2, 1]);
    expect(slotKeys(['a', 'b', 'c', 'd'], { id: 'b', slot: 1 })).toEqual([0, 1, 2, 3]);
    // A pinned slot beyond a shorter window: nothing to trade with.
    expect(slotKeys(['a', 'b'], { id: 'a', slot: 5 })).toEqual([5, 1]);
    expect(slotKeys(['a', 'b'], { id: 'z', slot: 5 })).toEqual([0, 1]);
    // Focus taken on the element that stood in for an off-screen pinned row.
    expect(slotKeys(['a', 'b', 'c'], { id: 'b', slot: -1 })).toEqual([0, -1, 2]);
  });
});
