/** Upper bounds of one text walk. */
export interface TextLimits {
  /** Characters read before the walk stops. */
  maxChars: number;
  /** Text nodes visited (hidden ones included) before the walk stops. */
  maxNodes: number;
}

/** The limits the scanners use: a huge page costs at most this much. */
export const TEXT_LIMITS: Readonly<TextLimits> = { maxChars: 300_000, maxNodes: 60_000 };

/**
 * Put between text nodes (U+2063 INVISIBLE SEPARATOR): not whitespace, not part of any address
 * or URL. The e-mail pattern lets it touch an `@` (`<b>jane</b>@<b>x.com</b>`); nothing else
 * joins across it, so `<p>Contact</p>jane@x.com` stays two words.
 */
export const NODE_SEPARATOR = '\u2063';

const UNREAD_TAGS = new Set(['SCRIPT', 'STYLE', 'TEXTAREA', 'NOSCRIPT']);
/** Candidates only: `[style]` is cheap to select, its value is checked in `unreadElements`. */
const CANDIDATES = 'script,style,textarea,noscript,[hidden],[style]';
const HIDDEN_ANCESTOR =
  'script,style,textarea,noscript,[hidden],[style*="display:none"],[style*="display: none"]';
const HIDDEN_STYLE = /display\s*:\s*none/i;
const SHOW_TEXT = 0x4;

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

/**
 * The text a reader sees in `root`, without layout reads: one native query finds the elements
 * not to read, then a filter-less TreeWalker (no callback per node) visits text nodes in
 * document order, skipping those whose parent is unread. Text nodes are joined with
 * `NODE_SEPARATOR`. Stops after `limits` (text nodes visited, hidden ones included, and
 * characters read); template contents are never walked.
 */
export function visibleText(root: Node, limits: TextLimits = TEXT_LIMITS): string {
  if (root.nodeType === 3) {
    return root.parentElement?.closest(HIDDEN_ANCESTOR) ? '' : (root as Text).data;
  }
  if (root.nodeType !== 1 && root.nodeType !== 9 && root.nodeType !== 11) return '';
  if (root.nodeType === 1 && (root as Element).closest(HIDDEN_ANCESTOR)) return '';
  const unread = unreadElements(root as ParentNode);
  const walker = (root.ownerDocument ?? (root as Document)).createTreeWalker(root, SHOW_TEXT);
  const parts: string[] = [];
  let chars = 0;
  let visited = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (++visited > limits.maxNodes || chars > limits.maxChars) break;
    if (unread.size !== 0 && unread.has(node.parentNode!)) continue;
    const data = (node as Text).data;
    parts.push(data);
    chars += data.length;
  }
  return parts.join(NODE_SEPARATOR);
}
