/**
 * The scans that read one address around an `@` (or an obfuscated "at"): hand-written loops,
 * each stopping at the first character that cannot be part of an address and bounded by the
 * longest local part or host, so finding addresses costs time linear in the text however
 * hostile it is (long runs of letters, dots, at-signs or spaces).
 */
import { isSeparator } from './separator';

/** Whether the node separator at an index joins inline text (see `TextView.joins`). */
export type Joins = (index: number) => boolean;
/** Separators never join (plain strings). */
export const NEVER: Joins = () => false;

/** File extensions that look like TLDs in image names (`logo@2x.png`) and asset paths. */
const NOT_TLDS = new Set(
  (
    'png jpg jpeg gif svg webp avif ico bmp tif tiff heic js mjs cjs ts css scss map json xml ' +
    'html htm php asp aspx jsp txt pdf gz tgz woff woff2 ttf eot otf wasm mp3 mp4 webm mov avi'
  ).split(' '),
);
/** Labels people put in addresses against harvesters (`jane@example.REMOVE.com`). */
const MARKERS = new Set(
  (
    'nospam no-spam no_spam spamfree antispam nojunk removethis removeme remove delete ' +
    'deletethis takethisout'
  ).split(' '),
);
const MAX_LOCAL = 64;
const MAX_HOST = 253;

const LOCAL = new Uint8Array(128);
const HOST = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  const ch = String.fromCharCode(c);
  HOST[c] = /[a-z0-9.-]/i.test(ch) ? 1 : 0;
  LOCAL[c] = /[a-z0-9._%+-]/i.test(ch) ? 1 : 0;
}
export const isLocal = (code: number) => code < 128 && LOCAL[code] === 1;
export const isHost = (code: number) => code < 128 && HOST[code] === 1;

/** A node separator or a space (the gaps an obfuscated address has between its words). */
export function isSeparatorOrSpace(code: number): boolean {
  return isSeparator(code) || code === 32 || code === 160 || (code >= 9 && code <= 13);
}

/** A span of text read by a scan, with the separators it crossed removed. */
export interface Run {
  start: number;
  end: number;
  text: string;
}

/**
 * The run of `accept` characters ending just before `from` (going left), crossing separators
 * that join inline text; null when it would exceed `max` characters.
 */
export function runLeft(
  text: string,
  from: number,
  accept: (c: number) => boolean,
  max: number,
  joins: Joins,
): Run | null {
  let start = from;
  let count = 0;
  for (let k = from - 1; k >= 0; k--) {
    const code = text.charCodeAt(k);
    if (isSeparator(code) ? !joins(k) : !accept(code)) break;
    if (!isSeparator(code) && ++count > max) return null;
    start = k;
  }
  return { start, end: from, text: strip(text.slice(start, from)) };
}

/**
 * Where the run of `accept` characters starting at `from` ends (going right, across joining
 * separators), or -1 beyond `max` characters: no allocation, for the quick tests.
 */
export function runEnd(
  text: string,
  from: number,
  accept: (c: number) => boolean,
  max: number,
  joins: Joins,
): number {
  let end = from;
  let count = 0;
  for (let k = from; k < text.length; k++) {
    const code = text.charCodeAt(k);
    if (isSeparator(code) ? !joins(k) : !accept(code)) break;
    if (!isSeparator(code) && ++count > max) return -1;
    end = k + 1;
  }
  return end;
}

/**
 * Whether `text[from, end)` can be a host, tested on the characters in place (a bounded loop,
 * no allocation): after trailing dots and hyphens, a last label of two or more characters
 * after a dot, starting with a letter. Separators in the run are skipped.
 */
function hostShaped(text: string, from: number, end: number): boolean {
  let last = end;
  while (last > from) {
    const code = text.charCodeAt(last - 1);
    if (code !== 46 && code !== 45 && !isSeparator(code)) break;
    last--;
  }
  let label = 0;
  let first = 0;
  for (let k = last - 1; k > from; k--) {
    const code = text.charCodeAt(k);
    if (isSeparator(code)) continue;
    if (code === 46) return label >= 2 && (first | 0x20) >= 97 && (first | 0x20) <= 122;
    label++;
    first = code;
  }
  return false;
}

/** The run of `accept` characters starting at `from` (going right); null beyond `max`. */
export function runRight(
  text: string,
  from: number,
  accept: (c: number) => boolean,
  max: number,
  joins: Joins,
): Run | null {
  let end = from;
  let count = 0;
  for (let k = from; k < text.length; k++) {
    const code = text.charCodeAt(k);
    if (isSeparator(code) ? !joins(k) : !accept(code)) break;
    if (!isSeparator(code) && ++count > max) return null;
    end = k + 1;
  }
  return { start: from, end, text: strip(text.slice(from, end)) };
}

/** `text` without node separators. */
export function strip(text: string): string {
  return text.includes('\u2063') ? text.split('\u2063').join('') : text;
}

/** The local part as read leftwards from `at`, leading punctuation dropped; null if none. */
export function localBefore(text: string, at: number, joins: Joins): Run | null {
  const run = runLeft(text, at, isLocal, MAX_LOCAL, joins);
  if (!run) return null;
  const lead = /^[._%+-]*/.exec(run.text)![0].length;
  const local = run.text.slice(lead);
  if (local === '' || local.endsWith('.') || local.includes('..')) return null;
  // URL user-info (`https://key@host`) and `user:password@host` are not addresses.
  const before = run.start > 0 ? text.charAt(run.start - 1) : '';
  if (before === '/' || before === '@') return null;
  if (
    before === ':' &&
    text.slice(Math.max(0, run.start - 7), run.start).toLowerCase() !== 'mailto:'
  ) {
    return null;
  }
  return { ...run, text: local };
}

/** The host read rightwards from `from`, trailing dots dropped; null if not a plausible host. */
export function hostAfter(text: string, from: number, joins: Joins): Run | null {
  const run = runRight(text, from, isHost, MAX_HOST, joins);
  if (!run) return null;
  const next = text.charAt(run.end);
  if (next === '@' || next === '_') return null;
  let last = run.text.length;
  while (last > 0 && (run.text[last - 1] === '.' || run.text[last - 1] === '-')) last--;
  const host = run.text.slice(0, last);
  return plausibleHost(host) ? { ...run, text: host } : null;
}

/** Two or more labels, a letter TLD that is not a file extension, not an image density. */
export function plausibleHost(host: string): boolean {
  const labels = host.split('.');
  if (labels.length < 2 || labels.some((l) => !/^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/i.test(l))) {
    return false;
  }
  const tld = labels[labels.length - 1]!.toLowerCase();
  if (!/^[a-z][a-z0-9-]{1,23}$/.test(tld) || NOT_TLDS.has(tld)) return false;
  // `name@2x.png`-style density markers: a digits-plus-x first label before the TLD.
  return !(labels.length === 2 && /^\d+x$/i.test(labels[0]!));
}

/** `local@host` lower-cased, anti-harvesting markers removed (`example.REMOVE.com`). */
export function address(local: string, host: string): string | null {
  const labels = host.split('.');
  const kept = labels.filter((l) => !MARKERS.has(l.toLowerCase()));
  const useful = kept.length >= 2 && kept.length < labels.length ? kept : labels;
  const parts = local.split('.');
  const localKept = parts.filter((p) => !(MARKERS.has(p.toLowerCase()) && p === p.toUpperCase()));
  const name = localKept.length > 0 ? localKept.join('.') : local;
  if (name.length > MAX_LOCAL) return null;
  return `${name}@${useful.join('.')}`.toLowerCase();
}

/** One address found between `index` and `end` of the text. */
export interface Found {
  index: number;
  end: number;
  email: string;
}

/**
 * An `@` with a possible local part before it and a host-like start after it: a label, a dot,
 * a letter (node separators count as any of them). Bounded, so the engine finds candidates
 * in native code in time linear in the text; everything else is checked in JavaScript.
 */
const AT_SIGN = /[a-z0-9._%+\u2063-]@[a-z0-9\u2063][a-z0-9\u2063-]{0,62}\.[a-z\u2063]/gi;

/**
 * Addresses written plainly around an `@` (`jane@x.com`, `<b>jane</b>@<b>x.com</b>`). Each `@`
 * is first tested on the characters in place (a local part before, a host shape after), so a
 * page of at-signs, dots and letters costs a few comparisons per `@`.
 */
export function plainAddresses(text: string, joins: Joins, out: Found[]): void {
  const anchors = new RegExp(AT_SIGN);
  for (let m = anchors.exec(text); m; m = anchors.exec(text)) {
    const at = m.index + 1;
    anchors.lastIndex = at + 1;
    const end = runEnd(text, at + 1, isHost, MAX_HOST, joins);
    if (end < 0 || !hostShaped(text, at + 1, end)) continue;
    const host = hostAfter(text, at + 1, joins);
    if (!host) continue;
    const local = localBefore(text, at, joins);
    const email = local && address(local.text, host.text);
    if (email) out.push({ index: local.start, end: host.end, email });
  }
}
