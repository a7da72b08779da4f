import { decodeEntities } from './entities';

/** Upper bounds of one text walk. */
export interface TextLimits {
  /** Characters read before the walk stops (an ordinary page is read to its end). */
  maxChars: number;
  /** Characters read from one text node. */
  maxNodeChars: number;
  /** Text nodes visited (hidden ones included) before the walk stops. */
  maxNodes: number;
}

/**
 * The limits the scanners use. Ordinary pages, up to about 1 MB of visible text, are read to
 * the end; only pathological ones are cut, and then the findings say `truncated`.
 */
export const TEXT_LIMITS: Readonly<TextLimits> = {
  maxChars: 1_048_576,
  maxNodeChars: 131_072,
  maxNodes: 200_000,
};

/**
 * Put between text nodes (U+2063 INVISIBLE SEPARATOR): not whitespace, not part of any address
 * or URL. Whether two nodes' text runs on (`linkedin.<b>com</b>`, `jane<span>@</span>x.com`)
 * or is split by a block (`<p>Contact</p>jane@x.com`) is asked of the DOM only where a
 * detector finds a candidate across a separator (`TextView.joins`), so reading stays cheap.
 */
export const NODE_SEPARATOR = '\u2063';

/** The visible text of a subtree, and how its separators are to be read. */
export interface TextView {
  /** Text nodes joined with `NODE_SEPARATOR` (a separator found in a node became a space). */
  text: string;
  /** Whether the separator at `index` joins inline text (no block boundary between). */
  joins(index: number): boolean;
  /** Some text was left unread (a limit was reached). */
  truncated: boolean;
}

/** Text-level elements: their text runs on into their neighbours'. Anything else separates. */
const INLINE = new Set(
  (
    'a abbr b bdi bdo big cite code data del dfn em font i ins kbd label mark nobr q s samp ' +
    'small span strike strong sub sup time tt u var wbr'
  ).split(' '),
);
const UNREAD_TAGS = new Set(['SCRIPT', 'STYLE', 'TEXTAREA', 'NOSCRIPT', 'TEMPLATE']);
/** Candidates only: a `style` mentioning "none" is checked for `display: none` below. */
const CANDIDATES = 'script,style,textarea,noscript,template,[hidden],[style*="none" i]';
const HIDDEN_ANCESTOR =
  'script,style,textarea,noscript,template,[hidden],[style*="display:none" i],[style*="display: none" i]';
const HIDDEN_STYLE = /display\s*:\s*none/i;
const SHOW_TEXT = 0x4;
const SEPARATOR_CODE = 0x2063;

/** Elements whose text nobody reads: script/style/textarea/noscript and hidden subtrees. */
function unreadElements(root: ParentNode): Set<Node> {
  const unread = new Set<Node>();
  for (const el of root.querySelectorAll(CANDIDATES)) {
    if (
      !UNREAD_TAGS.has(el.nodeName) &&
      !el.hasAttribute('hidden') &&
      !HIDDEN_STYLE.test(el.getAttribute('style') ?? '')
    ) {
      continue;
    }
    unread.add(el);
    if (el.firstElementChild) for (const inner of el.querySelectorAll('*')) unread.add(inner);
  }
  return unread;
}

/** The root's own hiddenness: a subtree inside a hidden element has no visible text. */
function insideHidden(root: Node): boolean {
  const el = root.nodeType === 1 ? (root as Element) : root.parentElement;
  return el?.closest(HIDDEN_ANCESTOR) != null;
}

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

/** One text node's data as read: bounded, separators neutralised, surviving entities decoded. */
function nodeText(data: string, limits: TextLimits): { text: string; cut: boolean } {
  const cut = data.length > limits.maxNodeChars;
  let text = cut ? data.slice(0, limits.maxNodeChars) : data;
  if (text.includes(NODE_SEPARATOR)) text = text.split(NODE_SEPARATOR).join(' ');
  if (text.includes('&')) text = decodeEntities(text);
  return { text, cut };
}

/**
 * The text a reader sees in `root`, without layout reads: one native query finds the elements
 * not to read, then a filter-less TreeWalker (no callback per node) visits text nodes in
 * document order, skipping those whose parent is unread. Stops after `limits`; template
 * contents are never walked.
 */
export function readText(root: Node, limits: TextLimits = TEXT_LIMITS): TextView {
  const parts: string[] = [];
  const nodes: Node[] = [];
  const at: number[] = [];
  let truncated = false;
  const type = root.nodeType;
  if (type === 3 && !insideHidden(root)) {
    const { text, cut } = nodeText((root as Text).data, limits);
    return { text, joins: () => false, truncated: cut };
  }
  if ((type !== 1 && type !== 9 && type !== 11) || (type === 1 && insideHidden(root))) {
    return { text: '', joins: () => false, truncated: false };
  }
  const unread = unreadElements(root as ParentNode);
  const walker = (root.ownerDocument ?? (root as Document)).createTreeWalker(root, SHOW_TEXT);
  let length = 0;
  let visited = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (++visited > limits.maxNodes || length > limits.maxChars) {
      truncated = true;
      break;
    }
    if (unread.size !== 0 && unread.has(node.parentNode!)) continue;
    const { text, cut } = nodeText((node as Text).data, limits);
    if (text.length === 0) continue;
    truncated ||= cut;
    if (parts.length > 0) at.push(length++);
    parts.push(text);
    nodes.push(node);
    length += text.length;
  }
  return { text: parts.join(NODE_SEPARATOR), joins: joiner(at, nodes), truncated };
}

/** `TextView.joins` over the separators' offsets and the nodes on their two sides. */
function joiner(at: number[], nodes: Node[]): (index: number) => boolean {
  const answers = new Map<number, boolean>();
  return (index) => {
    let low = 0;
    let high = at.length - 1;
    while (low <= high) {
      const mid = (low + high) >> 1;
      if (at[mid]! === index) {
        let joins = answers.get(mid);
        if (joins === undefined) {
          joins = !blockBetween(nodes[mid]!, nodes[mid + 1]!);
          answers.set(mid, joins);
        }
        return joins;
      }
      if (at[mid]! < index) low = mid + 1;
      else high = mid - 1;
    }
    return false;
  };
}

/** `readText(root, limits).text`, for callers that need only the text. */
export function visibleText(root: Node, limits: TextLimits = TEXT_LIMITS): string {
  return readText(root, limits).text;
}

/** Whether a character code is the node separator. */
export function isSeparator(code: number): boolean {
  return code === SEPARATOR_CODE;
}
