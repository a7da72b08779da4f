/**
 * A narrow, debounced, bounded watch on what a page adds: only `childList` records, only
 * element nodes, at most `maxNodes` pending (beyond that the next flush is a full rescan).
 */
import type { Lifetime } from './lifetime';

/** What a flush hands over: the added subtrees, or `null` when a full rescan is due. */
export type AddedNodes = Element[] | null;

/** Tuning of the watch. */
export interface AdditionsOptions {
  /** Quiet time before a flush, ms. */
  debounceMs: number;
  /** Longest a change waits while the page keeps changing, ms. */
  maxWaitMs: number;
  /** Pending subtrees kept before giving up and asking for a full rescan. */
  maxNodes: number;
}

/** Defaults fit LinkedIn's lazy cards and infinite scroll. */
export const DEFAULT_ADDITIONS: AdditionsOptions = {
  debounceMs: 300,
  maxWaitMs: 1_500,
  maxNodes: 300,
};

const SKIPPED = new Set(['SCRIPT', 'STYLE', 'LINK', 'META', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IMG']);

/** Removes subtrees already inside another pending subtree (bounded by `maxNodes`). */
function outermost(nodes: Element[]): Element[] {
  return nodes.filter(
    (node) => node.isConnected && !nodes.some((other) => other !== node && other.contains(node)),
  );
}

/** A flush scheduler: `request(full)` batches work and calls `flush` once things settle. */
export interface AdditionsWatch {
  /** Asks for a full rescan at the next flush (e.g. after a single-page navigation). */
  requestFull(): void;
}

/**
 * Watches `root` for added elements and calls `flush` with them (or null for a full rescan).
 * The observer and the timer stop when `life` ends (checked before every flush).
 */
export function watchAdditions(
  life: Lifetime,
  root: Node,
  flush: (added: AddedNodes) => void,
  options: AdditionsOptions = DEFAULT_ADDITIONS,
): AdditionsWatch {
  let pending: Element[] = [];
  let full = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let firstAt = 0;

  const run = () => {
    timer = undefined;
    const batch = full ? null : outermost(pending);
    pending = [];
    full = false;
    if (life.alive) flush(batch);
  };
  const schedule = () => {
    const now = Date.now();
    if (timer === undefined) firstAt = now;
    else clearTimeout(timer);
    const wait = Math.min(options.debounceMs, Math.max(0, firstAt + options.maxWaitMs - now));
    timer = setTimeout(run, wait);
  };
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (node.nodeType !== 1 || SKIPPED.has(node.nodeName.toUpperCase())) continue;
        if (pending.length >= options.maxNodes) full = true;
        else pending.push(node as Element);
      }
    }
    if (pending.length > 0 || full) schedule();
  });
  observer.observe(root, { childList: true, subtree: true });
  life.onEnd(() => {
    observer.disconnect();
    clearTimeout(timer);
  });
  return {
    requestFull() {
      full = true;
      schedule();
    },
  };
}
