/** Upper bounds of one text walk: a huge page costs at most this much. */
export const TEXT_LIMITS = { maxChars: 300_000, maxNodes: 60_000 } as const;

const SKIP = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'TEXTAREA',
  'SVG',
  'svg',
  'IFRAME',
]);
const BLOCK = new Set(
  (
    'ADDRESS ARTICLE ASIDE BLOCKQUOTE BR DD DIV DL DT FIELDSET FIGCAPTION FIGURE FOOTER FORM ' +
    'H1 H2 H3 H4 H5 H6 HEADER HR LI MAIN NAV OL P PRE SECTION TABLE TD TH TR UL BUTTON OPTION'
  ).split(' '),
);
const HIDDEN_STYLE = /display\s*:\s*none/i;
const SHOW_ELEMENT_AND_TEXT = 0x1 | 0x4;
const ACCEPT = 1;
const REJECT = 2;
const SKIP_NODE = 3;

function filter(node: Node): number {
  if (node.nodeType !== 1) return ACCEPT;
  const el = node as Element;
  if (SKIP.has(el.nodeName) || el.hasAttribute('hidden')) return REJECT;
  const style = el.getAttribute('style');
  if (style !== null && HIDDEN_STYLE.test(style)) return REJECT;
  return BLOCK.has(el.nodeName) ? ACCEPT : SKIP_NODE;
}

/**
 * The text a reader sees in `root`, without layout reads: text nodes in document order,
 * skipping script/style/noscript/template/textarea, `hidden` and inline `display:none`
 * subtrees. Inline neighbours are joined with nothing (so `<b>jane</b>@<b>x.com</b>` reads
 * `jane@x.com`), block boundaries with a newline. Stops after `TEXT_LIMITS`.
 */
export function visibleText(root: Node): string {
  if (root.nodeType === 3) return (root as Text).data;
  if (root.nodeType !== 1 && root.nodeType !== 9 && root.nodeType !== 11) return '';
  if (root.nodeType === 1 && filter(root) === REJECT) return '';
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, SHOW_ELEMENT_AND_TEXT, { acceptNode: filter });
  let text = '';
  let nodes = 0;
  let lastParent: Node | null = null;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (++nodes > TEXT_LIMITS.maxNodes || text.length > TEXT_LIMITS.maxChars) break;
    if (node.nodeType === 1) {
      text += '\n';
      continue;
    }
    const parent = node.parentNode;
    // Leaving a block (not descending into an inline child of it) ends a line.
    if (lastParent && lastParent !== parent && BLOCK.has(lastParent.nodeName)) {
      if (!lastParent.contains(node)) text += '\n';
    }
    text += (node as Text).data;
    lastParent = parent;
  }
  return text;
}
