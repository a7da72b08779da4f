/**
 * Which element shows which row. A virtual table that keys its rows by row id builds a new row
 * (element, style, layout objects, React fibers) for every row that scrolls into view, and
 * throws the old one away: at a fling's speed that is every row, every frame. Keyed by slot
 * (their place on screen) the same row elements stay and only their text changes.
 *
 * One row is the exception: the one holding focus. Its element must go on showing that person
 * (a focused checkbox that began to show someone else would select the wrong person), so it
 * keeps the slot it had when it took focus, wherever it moves, and trades slots with the row
 * that sits in that place; once it leaves the screen no other row takes its slot, so its
 * element is dropped with it, as any row's would be.
 */

/** The row holding focus, and the slot its element had when it took it. */
export interface Pin {
  id: string;
  slot: number;
}

/** Slot numbers (React keys) for the rows on screen, given their ids in order. */
export function slotKeys(ids: readonly string[], pin: Pin | null): number[] {
  const keys = ids.map((_, i) => i);
  if (!pin) return keys;
  const at = ids.indexOf(pin.id);
  if (at === pin.slot) return keys;
  if (at >= 0) keys[at] = pin.slot;
  // The row in the pinned slot's place takes the focused row's place (or, if that row is off
  // screen, a slot no element has: the focused element is not handed to another person).
  if (pin.slot >= 0 && pin.slot < keys.length) keys[pin.slot] = at >= 0 ? at : -1;
  return keys;
}
