/**
 * Inline or block: whether the text of two neighbouring text nodes runs on (`linkedin.<b>com</b>`,
 * `jane<span>@</span>x.com`) or is split by a block boundary (`<p>Contact</p>jane@x.com`).
 * Asked of the DOM only where a detector finds a candidate across two nodes.
 */

/** Text-level elements: their text runs on into their neighbours'. Anything else separates. */
const INLINE = new Set(
  (
    'a abbr b bdi bdo big cite code data del dfn em font i ins kbd label mark nobr q s samp ' +
    'small span strike strong sub sup time tt u var wbr'
  ).split(' '),
);
/** Whether an element of this (lower-case) tag name is text-level: its text runs on. */
export function isInline(tag: string): boolean {
  return INLINE.has(tag);
}

function separates(node: Node): boolean {
  return node.nodeType === 1 && !INLINE.has((node as Element).localName);
}

/** The ancestors of `node` up to the document, at most 256. */
function ancestors(node: Node): Node[] {
  const out: Node[] = [];
  for (let n = node.parentNode; n && out.length < 256; n = n.parentNode) out.push(n);
  return out;
}

/**
 * True when a block boundary lies between two consecutive visible text nodes: a non-inline
 * element enclosing one but not the other, or one between them (`<br>`, `<img>`, a `<div>`).
 */
export function blockBetween(a: Node, b: Node): boolean {
  const ofA = ancestors(a);
  const setA = new Set(ofA);
  let branchB: Node = b;
  let common: Node | null = b.parentNode;
  while (common && !setA.has(common)) {
    if (separates(common)) return true;
    branchB = common;
    common = common.parentNode;
  }
  let branchA: Node = a;
  for (const up of ofA) {
    if (up === common) break;
    if (separates(up)) return true;
    branchA = up;
  }
  let steps = 0;
  for (let s = branchA.nextSibling; s && s !== branchB; s = s.nextSibling) {
    if (separates(s) || ++steps > 64) return true;
  }
  return false;
}
