/**
 * LinkedIn URLs written out in visible text (`linkedin.com/in/jane`, also across inline markup:
 * `linkedin.<b>com</b>/in/jane`). Each mention is read once, so the cost is linear in the text.
 */
import { NEVER, runLeft, type Joins } from './address';
import { normalizeLinkedInUrl } from './linkedin';
import type { LinkedInRef } from './types';

/** A URL written in text runs to whitespace, a quote, a bracket or a node separator. */
const URL_CHARS = /[^\s"'<>()[\]{}\u2063]*/y;

/**
 * The URL run starting at `from`, found at native pattern speed between separators, each
 * separator crossed only where it joins inline text. `end` is where the run stops however long
 * it is (the next search starts there, so every character is read once); `text` is null when
 * the run is longer than `max`, which no URL is.
 */
function urlRun(
  text: string,
  from: number,
  max: number,
  joins: Joins,
): { end: number; text: string | null } {
  const pieces: string[] = [];
  let end = from;
  for (;;) {
    URL_CHARS.lastIndex = end;
    URL_CHARS.test(text);
    pieces.push(text.slice(end, URL_CHARS.lastIndex));
    end = URL_CHARS.lastIndex;
    if (text.charCodeAt(end) !== 0x2063 || !joins(end)) break;
    end++;
  }
  const run = pieces.join('');
  return { end, text: run.length > max ? null : run };
}

const inLabel = (code: number) =>
  (code >= 97 && code <= 122) ||
  (code >= 65 && code <= 90) ||
  (code >= 48 && code <= 57) ||
  code === 45;
const IDENTITY_PATH =
  /^(?:https?:\/\/)?(?:[a-z0-9-]+\.)?linkedin\.com\/(?:in|pub|company|sales)\//i;
const MAX_TEXT_URL = 2_048;

/** `https://` and one subdomain label written just before `linkedin` at `index`, if any. */
function prefixBefore(text: string, index: number, joins: Joins): number {
  let start = index;
  if (text[start - 1] === '.') {
    const label = runLeft(text, start - 1, inLabel, 63, joins);
    if (label && label.text !== '') start = label.start;
  }
  const scheme = /https?:\/\/$/i.exec(text.slice(Math.max(0, start - 8), start));
  return scheme ? start - scheme[0].length : start;
}

/** `text` without trailing sentence punctuation (a loop: linear on any input). */
function trimPunctuation(text: string): string {
  let end = text.length;
  while (end > 0 && '.,;:!'.includes(text[end - 1]!)) end--;
  return text.slice(0, end);
}

/**
 * LinkedIn identities written out in plain text (`linkedin.com/in/jane`), in order. Each
 * mention of "linkedin" is read once, forwards to the end of its run (a URL when at most 2,048
 * characters, across inline markup when `joins` says so) and back over `https://` and one
 * subdomain; the next search starts after the run, so the cost is linear in the text.
 */
export function linkedInRefsInText(
  text: string,
  joins: Joins = NEVER,
  keep: (start: number, end: number) => boolean = () => true,
): LinkedInRef[] {
  const refs: LinkedInRef[] = [];
  const mention = /linkedin/gi;
  for (let m = mention.exec(text); m; m = mention.exec(text)) {
    const run = urlRun(text, m.index, MAX_TEXT_URL, joins);
    mention.lastIndex = Math.max(run.end, m.index + 8);
    if (run.text === null) continue;
    const start = prefixBefore(text, m.index, joins);
    const raw = trimPunctuation(text.slice(start, m.index).split('\u2063').join('') + run.text);
    if (!IDENTITY_PATH.test(raw) || !keep(start, run.end)) continue;
    const ref = normalizeLinkedInUrl(raw);
    if (ref) refs.push(ref);
  }
  return refs;
}
