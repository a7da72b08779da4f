/**
 * Put between text nodes (U+2063 INVISIBLE SEPARATOR): not whitespace, not part of any address
 * or URL. Whether two nodes' text runs on (`linkedin.<b>com</b>`, `jane<span>@</span>x.com`)
 * or is split by a block (`<p>Contact</p>jane@x.com`) is asked of the DOM only where a
 * detector finds a candidate across a separator (`TextView.joins`), so reading stays cheap.
 */
export const NODE_SEPARATOR = '\u2063';
const SEPARATOR_CODE = 0x2063;

/** Whether a character code is the node separator. */
export function isSeparator(code: number): boolean {
  return code === SEPARATOR_CODE;
}
