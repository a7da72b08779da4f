/**
 * Reading a page's text cheaply: which subtrees may hold something a detector looks for (one
 * native `textContent` each), and a reader that walks only those, text node by text node.
 */
import { blank, isAsciiAlnum } from './chars';
import { isInline } from './blocks';
import { decodeEntities } from './entities';
import { NODE_SEPARATOR } from './separator';
import type { TextLimits } from './text';

/** Elements whose text nobody reads: script/style/textarea/noscript/template, hidden ones. */
const HIDDEN =
  'script,style,textarea,noscript,template,[hidden],[style*="display:none" i],[style*="display: none" i]';
const UNREAD_TAGS = new Set(['script', 'style', 'textarea', 'noscript', 'template']);
const HIDDEN_STYLE = /display\s*:\s*none/i;
/** Text nodes longer than this are checked before they are read (LinkedIn's hidden JSON). */
const CHECKED_LENGTH = 512;
const SHOW_TEXT = 0x4;

/** Whether a node is inside an element whose text nobody reads (one native `closest`). */
export function hidden(node: Node): boolean {
  const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
  return el?.closest(HIDDEN) != null;
}

/** Text that needs more than reading: a separator of ours, or an entity that survived. */
const SPECIAL = /[&\u2063]/;

/** One text node's data as read (bounded by the caller): separators neutralised, entities decoded. */
export function nodeText(data: string): string {
  if (!SPECIAL.test(data)) return data;
  const text = data.includes(NODE_SEPARATOR) ? data.split(NODE_SEPARATOR).join(' ') : data;
  return text.includes('&') ? decodeEntities(text) : text;
}

/** An at-sign before a host: "jane@x.com", "{ann, bob}@x.edu" (not "Engineer @ Motion"). */
function addressAt(text: string): boolean {
  for (let at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
    if (isAsciiAlnum(text.charCodeAt(at + 1))) return true;
  }
  return false;
}

const LINKEDIN_COM = 'linkedin.com';

/** A character code in lower case (ASCII letters only). */
const lower = (code: number) => (code >= 65 && code <= 90 ? code + 32 : code);

/** Whether `word` (lower case) is spelled, in any case, at `index` of `text`: no allocation. */
function spelledAt(text: string, index: number, word: string): boolean {
  if (index < 0 || index + word.length > text.length) return false;
  for (let k = 0; k < word.length; k++) {
    if (lower(text.charCodeAt(index + k)) !== word.charCodeAt(k)) return false;
  }
  return true;
}

/**
 * "linkedin.com/" in any case. Searched by its slash, a character most text lacks: a search
 * for a word starting with a common letter ("inkedin") stops at every "i" of the page.
 */
function linkedInUrl(text: string): boolean {
  for (let i = text.indexOf('/'); i >= 0; i = text.indexOf('/', i + 1)) {
    if (spelledAt(text, i - LINKEDIN_COM.length, LINKEDIN_COM)) return true;
  }
  return false;
}

const isWordChar = (code: number) => isAsciiAlnum(code) || code === 95;

/** "dot" or "DOT" as a word ("jane dot doe"), not inside one ("dotted"). */
function dotWord(text: string): boolean {
  for (const spelled of ['dot', 'DOT']) {
    for (let i = text.indexOf(spelled); i >= 0; i = text.indexOf(spelled, i + 1)) {
      if (!isWordChar(text.charCodeAt(i - 1)) && !isWordChar(text.charCodeAt(i + 3))) return true;
    }
  }
  return false;
}

const OPENING = ['(', '[', '{', '<'];
const CLOSING = ')]}>';
/** What may stand between the brackets, as spelled. */
const BRACKETED_WORDS = ['at', 'AT', 'At', '@', 'dot', 'DOT', '.'];

/**
 * A bracketed at or dot, an optional space inside each bracket: "[at]", "( dot )", "{@}",
 * "<.>". Searched by its opening bracket, each one found checked in place.
 */
function bracketed(text: string): boolean {
  for (const open of OPENING) {
    for (let i = text.indexOf(open); i >= 0; i = text.indexOf(open, i + 1)) {
      const from = text[i + 1] === ' ' ? i + 2 : i + 1;
      for (const word of BRACKETED_WORDS) {
        if (!text.startsWith(word, from)) continue;
        const after = from + word.length;
        if (CLOSING.includes(text[text[after] === ' ' ? after + 1 : after] || '-')) return true;
      }
    }
  }
  return false;
}

/**
 * Whether text may hold anything a text detector finds: an address, a surviving entity, a
 * LinkedIn URL, a spelled-out at or dot. Each check searches for a character or word most
 * text lacks (native searches) and looks around each hit in place; none runs a pattern over
 * the whole text. `textContent` joins inline text, so `jane<span>@</span>x.com` reads
 * `jane@x.com` here too.
 */
export function mayHold(text: string): boolean {
  return (
    addressAt(text) ||
    text.includes('&#') ||
    text.includes('&commat;') ||
    linkedInUrl(text) ||
    dotWord(text) ||
    bracketed(text)
  );
}

/** Subtrees whose text is larger than this are gated child by child, at most this deep. */
const GATE_SIZE = 8_192;
const GATE_DEPTH = 2;

/** Text nodes read so far: their text, nodes and start offsets in the joined text. */
export class Reader {
  readonly parts: string[] = [];
  readonly nodes: Node[] = [];
  readonly starts: number[] = [];
  truncated = false;
  private length = 0;
  private visited = 0;
  private gap = false;

  constructor(private readonly limits: TextLimits) {}

  /** Whether a limit was reached: what is left is not read (and the text says `truncated`). */
  get full(): boolean {
    return this.visited >= this.limits.maxNodes || this.length > this.limits.maxChars;
  }

  /** A limit was reached with text left: nothing more is read. */
  stopped = false;

  /** Reads `node` unless a limit was reached. */
  take(node: Node): void {
    if (this.full) this.truncated = this.stopped = true;
    else this.add(node);
  }

  /** Reads one text node (long ones only when visible). */
  private add(node: Node): void {
    this.visited++;
    let data = (node as Text).data;
    if (data.length > CHECKED_LENGTH) {
      if (hidden(node)) return;
      if (data.length > this.limits.maxNodeChars) {
        data = data.slice(0, this.limits.maxNodeChars);
        this.truncated = true;
      }
    } else if (blank(data)) {
      // Whitespace between tags separates like a space; it needs no node of its own.
      this.gap = this.parts.length > 0;
      return;
    }
    if (this.parts.length > 0) this.length += this.gap ? 2 : 1;
    if (this.gap) this.parts[this.parts.length - 1] += ' ';
    this.gap = false;
    const text = nodeText(data);
    this.parts.push(text);
    this.nodes.push(node);
    this.starts.push(this.length);
    this.length += text.length;
  }

  /** Reads every text node in `root` with a filter-less TreeWalker (no callback per node). */
  walk(root: Node): void {
    if (root.nodeType === 3) return this.take(root);
    const walker = (root.ownerDocument ?? (root as Document)).createTreeWalker(root, SHOW_TEXT);
    for (let node = walker.nextNode(); node && !this.stopped; node = walker.nextNode()) {
      this.take(node);
    }
  }
}

/** Whether an element is itself unread (its tag, `hidden`, or an inline `display: none`). */
function selfHidden(el: Element): boolean {
  if (UNREAD_TAGS.has(el.localName) || el.hasAttribute('hidden')) return true;
  const style = el.getAttribute('style');
  return style !== null && HIDDEN_STYLE.test(style);
}

/**
 * Reads under `root` where there may be something to find: a block child's whole text (one
 * native `textContent`) is tested for what any detector looks for, and only then read; a large
 * one is gated child by child. Inline children and text nodes are tested together, as the run
 * of text they make (`jane<span>@</span>x.com`). Most of a LinkedIn page (cards, menus,
 * footers) is never walked, and the root's own text is never asked for (LinkedIn's body holds
 * 666 KB of hidden JSON).
 */
export function gateChildren(root: Node, reader: Reader, depth: number): void {
  let run: Node[] = [];
  let runText = '';
  const flush = () => {
    if (run.length > 0 && mayHold(runText)) for (const node of run) reader.walk(node);
    run = [];
    runText = '';
  };
  for (let child = root.firstChild; child && !reader.stopped; child = child.nextSibling) {
    const type = child.nodeType;
    if (type === 3) {
      run.push(child);
      runText += (child as Text).data;
    } else if (type === 1 && !selfHidden(child as Element)) {
      if (isInline((child as Element).localName)) {
        run.push(child);
        runText += child.textContent ?? '';
      } else {
        flush();
        gate(child, reader, depth + 1);
      }
    }
  }
  flush();
}

/** Reads `node` if its text may hold something (gated child by child when it is large). */
function gate(node: Node, reader: Reader, depth: number): void {
  if (depth >= GATE_DEPTH) return reader.walk(node);
  const text = node.textContent ?? '';
  if (!mayHold(text)) return;
  if (text.length <= GATE_SIZE) return reader.walk(node);
  gateChildren(node, reader, depth);
}
