/**
 * Addresses written for people, not harvesters: `jane at example dot com`, `jane [at] cs [dot]
 * example [dot] edu`, `jane (at) example.org`, and a domain given once for several names
 * (`{ann, bob}@example.edu`, `ann, bob: @example.edu`). Precision first: the plain-word form
 * needs a spelled-out dot, a common TLD and a local part that is not a prose word, so "meet at
 * the lab dot matrix" stays prose. Every scan is bounded (see ./address).
 */
import {
  address,
  isSeparatorOrSpace,
  localBefore,
  plausibleHost,
  runRight,
  hostAfter,
  type Found,
  type Joins,
} from './address';

/** Words that precede " at " in prose ("look at this dot com"); not local parts. */
const PROSE = new Set(
  (
    'a an and are arrive arrived as aim aimed back based be been best bad but by did do does ' +
    'even find found glance good great here her him home i in is it just laugh laughed live ' +
    'lived lives located look looked looking me meet met not now one or out point pointed ' +
    'smile stare stay stayed still that them then there this us was we were what which who ' +
    'work worked working works you'
  ).split(' '),
);
/** TLDs the plain-word form accepts: "jane at home dot it" needs more than any two letters. */
const WORD_TLDS = new Set(
  (
    'com org net edu gov mil int io co ai app dev info biz me us uk de fr nl es it ca au ch se ' +
    'no dk fi be at pl cz jp cn in br ru nz ie il sg hk kr za mx ar cl tv eu pt gr tr hu ro ' +
    'sk si hr bg lt lv ee is lu ua ae sa tw th my id ph vn pk ng ke eg ma tech online xyz'
  ).split(' '),
);
/** " at " between words, or "[at]" / "(at)" / "{at}" / "<at>" / "[@]" with optional spaces. */
const AT = /[[({<] ?(?:at|AT|At|@) ?[\])}>]|(?<=[\s\u2063])(?:at|AT)(?=[\s\u2063])/g;
/** A spelled-out dot at the current position: " dot ", "[dot]", "(.)", with spaces around. */
const DOT =
  /[\s\u2063]{1,3}(?:dot|DOT)[\s\u2063]{1,3}|[\s\u2063]{0,3}[[({<] ?(?:dot|DOT|Dot|\.) ?[\])}>][\s\u2063]{0,3}/y;
const MAX_LABELS = 10;
/** A spelled-out dot (for the quick test of each " at "). */
const ANY_DOT = /[\s\u2063](?:dot|DOT)[\s\u2063]|[[({<] ?(?:dot|DOT|Dot|\.) ?[\])}>]/;
/** The first label after " at " is at most 63 characters, so its dot comes within this. */
const DOT_REACH = 72;
/** Obfuscated addresses examined per text: real pages have a handful; beyond is hostile. */
const MAX_ANCHORS = 2_000;

/** Whether the text was cut: an address form stopped at its bound. */
export interface Budget {
  cut: boolean;
}

/** Whether a spelled-out dot follows `from` closely (a bounded window, one pattern). */
function dotNear(text: string, from: number): boolean {
  return ANY_DOT.test(text.slice(from, from + DOT_REACH + 8));
}

const isLabel = (code: number) =>
  (code >= 97 && code <= 122) ||
  (code >= 65 && code <= 90) ||
  (code >= 48 && code <= 57) ||
  code === 45;

/** Labels separated by real or spelled-out dots from `from`; `spelled` counts the latter. */
function spelledHost(text: string, from: number, joins: Joins) {
  const labels: string[] = [];
  let spelled = 0;
  let pos = from;
  let end = from;
  while (labels.length < MAX_LABELS) {
    const label = runRight(text, pos, isLabel, 63, joins);
    if (!label || label.text === '') break;
    labels.push(label.text);
    pos = end = label.end;
    if (text.charCodeAt(pos) === 46 && isLabel(text.charCodeAt(pos + 1))) {
      pos++;
      continue;
    }
    DOT.lastIndex = pos;
    const dot = DOT.exec(text);
    if (!dot) break;
    spelled++;
    pos += dot[0].length;
  }
  return { host: labels.join('.'), labels, spelled, end };
}

/** Skips up to three spaces or separators leftwards from `index`. */
function skipLeft(text: string, index: number): number {
  let k = index;
  while (k > 0 && index - k < 3 && isSeparatorOrSpace(text.charCodeAt(k - 1))) k--;
  return k;
}

/** Skips up to three spaces or separators rightwards from `index`. */
function skipRight(text: string, index: number): number {
  let k = index;
  while (k < text.length && k - index < 3 && isSeparatorOrSpace(text.charCodeAt(k))) k++;
  return k;
}

/**
 * `name at host dot tld` and the bracketed forms. The plain-word " at " is common in prose:
 * it is examined only when a spelled-out dot follows closely, and at most `MAX_ANCHORS` are.
 */
export function obfuscatedAddresses(
  text: string,
  joins: Joins,
  out: Found[],
  budget: Budget = { cut: false },
): void {
  let anchors = 0;
  for (const match of text.matchAll(AT)) {
    const bracketed = match[0].length > 2;
    if (!bracketed && !dotNear(text, match.index + match[0].length)) continue;
    if (++anchors > MAX_ANCHORS) {
      budget.cut = true;
      return;
    }
    const local = localBefore(text, skipLeft(text, match.index), joins);
    if (!local || (!bracketed && PROSE.has(local.text.toLowerCase()))) continue;
    const { host, labels, spelled, end } = spelledHost(
      text,
      skipRight(text, match.index + match[0].length),
      joins,
    );
    if (labels.length < 2 || !plausibleHost(host)) continue;
    if (!bracketed && (spelled === 0 || !WORD_TLDS.has(labels[labels.length - 1]!.toLowerCase()))) {
      continue;
    }
    const email = address(local.text, host);
    if (email) out.push({ index: local.start, end, email });
  }
}

const NAME = /^[a-z0-9][a-z0-9._%+-]{0,63}$/i;
const WINDOW = 160;

/** The names in `{ann, bob}` ending just before `close` (no further back than `floor`). */
function bracedNames(text: string, close: number, floor: number): string[] {
  for (let k = close - 1; k >= Math.max(floor, close - WINDOW); k--) {
    if (text[k] !== '{') continue;
    const names = text
      .slice(k + 1, close)
      .split(/[\s\u2063,;|]+/)
      .filter(Boolean);
    return names.length > 0 && names.length <= 20 && names.every((n) => NAME.test(n)) ? names : [];
  }
  return [];
}

/** The names in `ann, bob:` ending just before the colon (two or more, lower case, no prose). */
function listedNames(text: string, colon: number, floor: number): string[] {
  const window = text.slice(Math.max(floor, colon - WINDOW), colon);
  const pieces = window.replace(/[\s\u2063]+and[\s\u2063]+/g, ',').split(',');
  const names: string[] = [];
  for (let i = pieces.length - 1; i >= 0 && names.length < 20; i--) {
    const words = pieces[i]!.trim().split(/[\s\u2063]+/);
    const last = words[words.length - 1]!;
    if (!/^[a-z0-9][a-z0-9._-]{0,63}$/.test(last) || PROSE.has(last)) break;
    names.unshift(last);
    if (words.length > 1) break;
  }
  return names.length >= 2 ? names : [];
}

/** `{ann, bob}@example.edu` and `ann, bob: @example.edu`: one domain for several names. */
export function sharedDomainAddresses(text: string, joins: Joins, out: Found[]): void {
  let floor = 0;
  for (let at = text.indexOf('@'); at >= 0; floor = at + 1, at = text.indexOf('@', at + 1)) {
    const before = skipLeft(text, at);
    const mark = text[before - 1];
    if (mark !== '}' && mark !== ':') continue;
    const host = hostAfter(text, at + 1, joins);
    if (!host) continue;
    const names =
      mark === '}' ? bracedNames(text, before - 1, floor) : listedNames(text, before - 1, floor);
    const start = before - 1 - names.join(', ').length;
    for (const name of names) {
      const email = address(name, host.text);
      if (email) out.push({ index: start, end: host.end, email });
    }
  }
}
