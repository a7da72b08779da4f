/**
 * Names as pages show them: which texts are names (not "Contact info" or "Chander works here"),
 * names inside accessible labels ("View Jane Doe’s profile"), and, as a last resort, a name
 * spelled from a URL slug. Pure string functions, every input bounded before any pattern runs.
 */
import { isAsciiAlnum, isAsciiLetter } from './chars';
import { FINDINGS_LIMITS } from './limits';

/** Controls and invisible characters that can spoof or pad a name (bidi, zero-width, BOM). */
// eslint-disable-next-line no-control-regex -- control characters are what it removes
const INVISIBLE = /[\u0000-\u001f\u007f\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g;
/** Where a name may start and end: decorations around it ("🚀 Jane Doe ✨", "⌨︎Charles Chen") go. */
const STARTS = /[\p{L}\p{N}([]/u;
const ENDS = /[\p{L}\p{N}.)\]]/u;
/** Words a page puts in links and headings that are not names. */
const NOT_NAMES = new Set(
  (
    'about account accounts activity all and apply connect connections contact company ' +
    'events feed follow followers following home info insights jobs learning life linkedin ' +
    'me member members message messaging more my network notifications open people posts ' +
    'premium products profile profiles save saved search see send services sign show the ' +
    'update verified videos view visit website join log in'
  ).split(' '),
);
/** Lower-case words names carry ("Ludwig van Beethoven", "Ana de la Cruz"). */
const PARTICLES = new Set(
  'al bin da das de del della der di do dos du el la le ten ter van von y zu'.split(' '),
);

/** True for a word of ASCII letters only (most words of names and labels). */
function asciiWord(word: string): boolean {
  for (let i = 0; i < word.length; i++) if (!isAsciiLetter(word.charCodeAt(i))) return false;
  return word.length > 0;
}

/** `text` without the decorations around it (a loop, not a pattern: linear on any input). */
function undecorated(text: string): string {
  if (text === '') return text;
  const first = text.charCodeAt(0);
  const last = text.charCodeAt(text.length - 1);
  // Most texts start and end with a letter or digit: nothing to take off.
  if (isAsciiAlnum(first) && isAsciiAlnum(last)) return text;
  if (first < 0xd800 && last < 0xd800 && STARTS.test(text[0]!) && ENDS.test(text.at(-1)!)) {
    return text;
  }
  const chars = [...text];
  let start = 0;
  let end = chars.length;
  while (start < end && !STARTS.test(chars[start]!)) start++;
  while (end > start && !ENDS.test(chars[end - 1]!)) end--;
  return chars.slice(start, end).join('').trim();
}

/** What the replacements below would change: invisible characters, other whitespace, two spaces. */
const NEEDS_SPACING =
  // eslint-disable-next-line no-control-regex -- control characters are what it looks for
  /[\u0000-\u001f\u007f\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]|[^\S ]| {2}/;

/** Whitespace collapsed, invisible characters and decorations removed; '' when too long. */
export function cleanHintText(text: string): string {
  if (text.length > 4 * FINDINGS_LIMITS.text) return '';
  const trimmed = text.trim();
  if (trimmed === '') return '';
  const spaced = NEEDS_SPACING.test(trimmed)
    ? trimmed.replace(INVISIBLE, '').replace(/\s+/g, ' ').trim()
    : trimmed;
  const clean = undecorated(spaced);
  return clean.length <= FINDINGS_LIMITS.text ? clean : '';
}

function onlyUiWords(words: string[]): boolean {
  return words.every((word) => {
    const lower = word.toLowerCase();
    return NOT_NAMES.has(asciiWord(word) ? lower : lower.replace(/[^\p{L}]/gu, ''));
  });
}

/** The first letter of a word (most words start with one: no pattern needed then). */
function firstLetter(word: string): string {
  const code = word.charCodeAt(0);
  if ((code | 0x20) >= 97 && (code | 0x20) <= 122) return word[0]!;
  return /\p{L}/u.exec(word)?.[0] ?? '';
}

/** A capitalised word, a particle, an initial, or a word in a script without case. */
function nameWord(word: string): boolean {
  if (PARTICLES.has(word)) return true;
  const first = firstLetter(word);
  if (!first) return false;
  return first !== first.toLowerCase() || first === first.toUpperCase();
}

/**
 * True for a person's name as pages show it: 1 to 6 capitalised words (particles allowed,
 * decorations like "⚡" between them ignored), no digits, no address or URL, not only
 * interface words. `minWords` 2 for free link text.
 */
export function looksLikePersonName(text: string, minWords = 1): boolean {
  if (text.length < 2 || text.length > 100 || /[\d@/\\:|<>{}=_#]/.test(text)) return false;
  const words = text
    .split(' ')
    .filter((word) => isAsciiLetter(word.charCodeAt(0)) || /\p{L}/u.test(word));
  if (words.length < minWords || words.length > 6 || onlyUiWords(words)) return false;
  return words.every(nameWord);
}

/** True for a company's name as a link or heading shows it (not "Home", "Follow", a URL). */
export function looksLikeCompanyName(text: string): boolean {
  if (text.length < 1 || text.length > 120 || !/\p{L}/u.test(text)) return false;
  if (/@|:\/\/|^www\.|linkedin\.com|\bfollowers?\b|\bemployees\b/i.test(text)) return false;
  const words = text.split(' ');
  return words.length <= 12 && !onlyUiWords(words);
}

/** Accessible labels LinkedIn and others put on person links and their pictures. */
const PERSON_LABELS = [
  /^view (.{2,100}?)[’']s? (?:full )?profile$/i,
  /^view profile for (.{2,100}?)(?:, graphic)?$/i,
  /^(.{2,100}?)[’']s? (?:profile )?(?:picture|photo)$/i,
  /^(.{2,100}?) profile (?:picture|photo)$/i,
  /^photo of (.{2,100})$/i,
  /^(?:visit|go to|open) (.{2,100}?)[’']s? profile$/i,
];
const COMPANY_LABELS = [
  /^current company:? (.{1,120})$/i,
  /^(.{1,120}?)(?:[’']s)?(?: page)? logo$/i,
  /^view (.{1,120}?)[’']s? page$/i,
];

/** Words every label pattern holds: texts without them are not tried (most link texts). */
const LABEL_WORDS = /profile|picture|photo|company|logo|page/i;

/** Whether a text has the words an accessible label naming someone has (cheap, no cleaning). */
export const mayBeLabel = (text: string) => LABEL_WORDS.test(text);

/** The name inside an accessible label ("View Jane Doe’s profile" → "Jane Doe"), or ''. */
export function nameFromLabel(label: string, kind: 'person' | 'company'): string {
  if (!mayBeLabel(label)) return '';
  const clean = cleanHintText(label);
  for (const pattern of kind === 'person' ? PERSON_LABELS : COMPANY_LABELS) {
    const match = pattern.exec(clean);
    const name = match?.[1] ? cleanHintText(match[1].split(/ [·•|] /)[0]!) : '';
    if (name && (kind === 'person' ? looksLikePersonName(name) : looksLikeCompanyName(name))) {
      return name;
    }
  }
  return '';
}

/** A slug word with a LinkedIn id in it ("81d", "42", "058989", "34502b1"). */
const ID_WORD = /^(?=[0-9a-f]*\d)[0-9a-f]{1,12}$/i;

/** Capitalises the first letter of each word, Unicode-aware ("amélie" → "Amélie", not "AmÉLie"). */
function capitalise(word: string): string {
  const [first = '', ...rest] = [...word];
  return first.toLocaleUpperCase() + rest.join('');
}

/**
 * The name a LinkedIn URL's slug spells, as a last resort: id suffixes removed and each word
 * capitalised ("tariq-petrov-81d" → "Tariq Petrov"); '' for member ids and numeric company ids.
 */
export function nameFromSlug(url: string): string {
  const match = /\/(?:in|company)\/([^/?#]{1,200})/.exec(url);
  if (!match?.[1] || /^AC[ow]AA/.test(match[1])) return '';
  let slug = match[1];
  try {
    slug = decodeURIComponent(slug);
  } catch {
    // A stray `%` stays as written.
  }
  const words = slug.split(/[-_\s]+/).filter(Boolean);
  while (words.length > 1 && ID_WORD.test(words[words.length - 1]!)) words.pop();
  if (words.length === 0 || words.every((w) => /^\d+$/.test(w))) return '';
  return words.map((w) => capitalise(w.toLocaleLowerCase())).join(' ');
}

/**
 * How good a hint name is for `url`: 0 none; 1 a name that merely spells the URL's slug, id
 * and all ("Tariq Petrov 81d", "Carlhaverford", "quillfeather labs"); 2 a name as a page
 * shows it. Merges keep the better one, so a slug-like name never replaces a shown one.
 */
export function nameRank(name: string | undefined, url: string): number {
  if (!name) return 0;
  if (name === name.toLocaleLowerCase() && name !== name.toLocaleUpperCase()) return 1;
  const raw = /\/(?:in|company)\/([^/?#]{1,200})/.exec(url)?.[1] ?? '';
  const plain = (s: string) => s.toLocaleLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
  let slug = raw;
  try {
    slug = decodeURIComponent(raw);
  } catch {
    // A stray `%` stays as written.
  }
  const spellsSlug = plain(name) === plain(slug) && (/\d/.test(name) || !name.includes(' '));
  return spellsSlug ? 1 : 2;
}

const HONORIFIC = /^(?:dr|mr|mrs|ms|mx|prof|sir|dame)\.?$/i;
const CREDENTIAL = /^(?:phd|mba|cpa|pmp|cfa|msc|bsc|ma|ba|md|jd|esq)\.?$/i;

/**
 * First and last name for a name search ("Dr. Ana de la Cruz, PhD" → Ana / de la Cruz), or
 * null when the name has fewer than two words. Decorations, nicknames in brackets, honorifics
 * and credentials are dropped.
 */
export function splitPersonName(name: string): { firstName: string; lastName: string } | null {
  const plain = cleanHintText(name.split(',')[0] ?? '')
    .replace(/\([^)]{0,60}\)|"[^"]{0,60}"|“[^”]{0,60}”/g, ' ')
    .replace(/[^\p{L}\p{M}\s.'’-]/gu, ' ');
  const words = plain.split(/\s+/).filter((w) => w && !CREDENTIAL.test(w));
  while (words.length > 2 && HONORIFIC.test(words[0]!)) words.shift();
  if (words.length < 2) return null;
  return { firstName: words[0]!, lastName: words.slice(1).join(' ') };
}

/**
 * The name in a LinkedIn `<title>`: "(3) Jane Doe | LinkedIn" → "Jane Doe", "Jane Doe - Head of
 * Sales - Acme | LinkedIn" → "Jane Doe", "(99+) Motion: People | LinkedIn" → "Motion".
 */
export function nameFromTitle(title: string, kind: 'person' | 'company'): string {
  const head = cleanHintText(title)
    .replace(/^\(\d+\+?\)\s*/, '')
    .split(' | ')[0]!;
  const name = cleanHintText(
    (kind === 'person' ? head.split(/ [-–—] /)[0] : head.split(':')[0]) ?? '',
  );
  const fits = kind === 'person' ? looksLikePersonName(name) : looksLikeCompanyName(name);
  return fits && name.toLowerCase() !== 'linkedin' ? name : '';
}
