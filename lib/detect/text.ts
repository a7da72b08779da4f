/** The visible text of a page or subtree, and how to read across its text nodes. */
import { blockBetween } from './blocks';
import { gateChildren, hidden, nodeText, Reader } from './reader';
import { NODE_SEPARATOR } from './separator';

export { NODE_SEPARATOR, isSeparator } from './separator';

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

/** The visible text of a subtree, and how its separators are to be read. */
export interface TextView {
  /** Text nodes joined with `NODE_SEPARATOR` (a separator found in a node became a space). */
  text: string;
  /** Whether the separator at `index` joins inline text (no block boundary between). */
  joins(index: number): boolean;
  /** Whether the text from `start` to `end` is visible (no part in a hidden or unread element). */
  visible(start: number, end: number): boolean;
  /** Some text was left unread (a limit was reached). */
  truncated: boolean;
}

const EMPTY: TextView = { text: '', joins: () => false, visible: () => false, truncated: false };

/**
 * The text a reader sees in `root`, without layout reads and without a query over the whole
 * page: only subtrees whose text holds something worth finding are walked (see `gate`),
 * text nodes in document order. Long nodes are checked before they are read (LinkedIn's 666 KB
 * of JSON in hidden `<code>` elements); short ones are read and checked only where a detector
 * finds something in them (`visible`). Stops after `limits`; template contents are never read.
 */
export function readText(root: Node, limits: TextLimits = TEXT_LIMITS): TextView {
  const type = root.nodeType;
  if (type === 3 && !hidden(root)) {
    const data = (root as Text).data;
    const text = nodeText(data.slice(0, limits.maxNodeChars));
    return { text, joins: () => false, visible: () => true, truncated: data.length > text.length };
  }
  if ((type !== 1 && type !== 9 && type !== 11) || (type === 1 && hidden(root))) return EMPTY;
  const reader = new Reader(limits);
  gateChildren(type === 9 ? ((root as Document).body ?? root) : root, reader, 0);
  const { parts, nodes, starts, truncated } = reader;
  return { text: parts.join(NODE_SEPARATOR), ...lookups(starts, nodes), truncated };
}

/** The node whose text holds `index`: the last start at or before it (binary search). */
function nodeAt(starts: number[], index: number): number {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (starts[mid]! <= index) low = mid;
    else high = mid - 1;
  }
  return low;
}

/** `joins` and `visible` over the nodes' start offsets, each DOM answer asked once. */
function lookups(starts: number[], nodes: Node[]): Pick<TextView, 'joins' | 'visible'> {
  const joinsAt = new Map<number, boolean>();
  const shown = new Map<number, boolean>();
  const isShown = (i: number) => {
    let answer = shown.get(i);
    if (answer === undefined) shown.set(i, (answer = !hidden(nodes[i]!)));
    return answer;
  };
  return {
    joins(index) {
      const i = nodeAt(starts, index);
      // A separator sits just before the start of the node after it.
      if (starts[i + 1] !== index + 1) return false;
      let answer = joinsAt.get(i);
      if (answer === undefined) joinsAt.set(i, (answer = !blockBetween(nodes[i]!, nodes[i + 1]!)));
      return answer;
    },
    visible(start, end) {
      if (nodes.length === 0) return false;
      for (let i = nodeAt(starts, start); i < nodes.length && starts[i]! < end; i++) {
        if (!isShown(i)) return false;
      }
      return true;
    },
  };
}
