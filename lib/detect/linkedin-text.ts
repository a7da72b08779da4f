/**
 * LinkedIn URLs written out in visible text (`linkedin.com/in/jane`, also across inline markup:
 * `linkedin.<b>com</b>/in/jane`). Each mention is read once, so the cost is linear in the text.
 */
import { NEVER, runLeft, type Joins } from './address';
import { normalizeLinkedInUrl } from './linkedin';
import type { LinkedInRef } from './types';

/**
 * A URL written in text runs to whitespace, a quote, a bracket or a node separator. Bounded
 * (`MAX_TEXT_URL` + 1): a longer run is not a URL, and the next search starts after it.
 */
const URL_CHARS = /[^\s"'<>()[\]{}\u2063]{1,2049}/y;

/**
 * The URL run starting at `from`: native pattern speed between separators, each separator
 * crossed only where it joins inline text; null beyond `max` characters.
 */
function urlRun(
  text: string,
  from: number,
  max: number,
  joins: Joins,
): { end: number; text: string } | null {
  const pieces: string[] = [];
  let end = from;
  let length = 0;
  for (;;) {
    URL_CHARS.lastIndex = end;
    const piece = URL_CHARS.exec(text)?.[0] ?? '';
    // A piece at the bound means the run goes on: longer than any URL.
    length += piece.length;
    if (length > max) return null;
    pieces.push(piece);
    end += piece.length;
    if (text.charCodeAt(end) !== 0x2063 || !joins(end)) return { end, text: pieces.join('') };
    end++;
  }
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
 * mention of "linkedin" is read once, forwards to the end of the URL (at most 2,048 characters,
 * across inline markup when `joins` says so) and back over `https://` and one subdomain; the
 * next search starts after it, so the cost is linear in the text.
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
    const end = run ? run.end : Math.min(text.length, m.index + MAX_TEXT_URL);
    mention.lastIndex = Math.max(end, m.index + 8);
    if (!run) continue;
    const start = prefixBefore(text, m.index, joins);
    const raw = trimPunctuation(text.slice(start, m.index).split('\u2063').join('') + run.text);
    if (!IDENTITY_PATH.test(raw) || !keep(start, run.end)) continue;
    const ref = normalizeLinkedInUrl(raw);
    if (ref) refs.push(ref);
  }
  return refs;
}
