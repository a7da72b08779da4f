import { decodeEntities } from './entities';

/**
 * local@domain.tld. The look-behind refuses a local part glued to a word, a path or an `@`
 * (so `https://key@o1.ingest.sentry.io` user-info is not an address); `:` is checked after.
 */
const EMAIL =
  /(?<![\w.+%/@-])([a-z0-9][a-z0-9._%+-]{0,63})\u2063?@\u2063?((?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+)([a-z][a-z0-9-]{1,23})(?![\w@-])/gi;
/** `[at]`, `(at)`, `{at}`, `<at>`, `[@]` and the same for dot, with optional spaces. */
const BRACKET_AT = /[\s\u2063]*[[({<]\s*(?:at|@)\s*[\])}>][\s\u2063]*/gi;
const BRACKET_DOT = /[\s\u2063]*[[({<]\s*(?:dot|\.)\s*[\])}>][\s\u2063]*/gi;
/** `name at domain dot com`: the plain-word form, accepted only with at least one ` dot `. */
const WORDS_AT = /\b([a-z0-9][a-z0-9._+-]{0,63}) at ((?:[a-z0-9-]+ dot )+)([a-z]{2,24})\b/gi;
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
/** File extensions that look like TLDs in image names (`logo@2x.png`) and asset paths. */
const NOT_TLDS = new Set(
  (
    'png jpg jpeg gif svg webp avif ico bmp tif tiff heic js mjs cjs ts css scss map json xml ' +
    'html htm php asp aspx jsp txt pdf gz tgz woff woff2 ttf eot otf wasm mp3 mp4 webm mov avi'
  ).split(' '),
);

function plausible(local: string, labels: string, tld: string): boolean {
  if (NOT_TLDS.has(tld.toLowerCase()) || /^\d+$/.test(tld)) return false;
  if (local.endsWith('.') || local.includes('..')) return false;
  // `name@2x` image density markers: an all-digit-plus-x first label is an image, not a host.
  return !/^\d+x\.$/i.test(labels);
}

function deobfuscate(text: string): string {
  let out = decodeEntities(text);
  if (/[[({<]\s*(?:at|@|dot|\.)\s*[\])}>]/i.test(out)) {
    out = out.replace(BRACKET_AT, '@').replace(BRACKET_DOT, '.');
  }
  if (/ at /i.test(out) && / dot /i.test(out)) {
    out = out.replace(WORDS_AT, (whole, local: string, domain: string, tld: string) =>
      PROSE.has(local.toLowerCase()) ? whole : `${local}@${domain.replace(/ dot /gi, '.')}${tld}`,
    );
  }
  return out;
}

/** Cheap test first: most text has no `@`, no entity, no `[at]` and no ` dot `. */
function mayHoldAddress(text: string): boolean {
  return (
    text.includes('@') ||
    text.includes('&#') ||
    text.includes('&commat;') ||
    /[[({<]\s*at\s*[\])}>]| dot /i.test(text)
  );
}

/**
 * Distinct e-mail addresses in free text, lower-cased, in first-seen order. Understands
 * HTML entities (`&#64;`), bracketed obfuscations (`name [at] example [dot] com`,
 * `name (at) example.com`) and the plain `name at example dot com`; refuses image names
 * (`logo@2x.png`), URL user-info (`https://key@host`), and implausible TLDs (`.png`, `.js`).
 */
export function extractEmails(text: string): string[] {
  const found = new Set<string>();
  if (!mayHoldAddress(text)) return [];
  const clean = deobfuscate(text);
  // Only a window around each `@` is searched (64-character local part, 253-character host),
  // so the cost stays linear in the text however many stray at-signs it has.
  for (let from = 0, at = clean.indexOf('@'); at >= 0; at = clean.indexOf('@', from)) {
    const start = Math.max(from, at - 66);
    const window = clean.slice(start, at + 256);
    EMAIL.lastIndex = 0;
    const match = EMAIL.exec(window);
    from = match ? start + match.index + match[0].length : at + 1;
    if (match && accepted(clean, start + match.index, match)) {
      found.add(match[0].replace(/\u2063/g, '').toLowerCase());
    }
  }
  return [...found];
}

/** Checks what the window hid from the pattern, then the parts themselves. */
function accepted(text: string, index: number, match: RegExpExecArray): boolean {
  if (index > 0 && /[\w.+%/@-]/.test(text.charAt(index - 1))) return false;
  const before = text.slice(Math.max(0, index - 7), index).toLowerCase();
  if (before.endsWith(':') && !before.endsWith('mailto:')) return false;
  const [, local = '', labels = '', tld = ''] = match;
  return plausible(local, labels, tld);
}

/**
 * Addresses in a `mailto:` href: several comma-separated ones, percent-encoding, and `to`/`cc`/
 * `bcc` query fields; the subject and body are ignored.
 */
export function emailsFromMailto(href: string): string[] {
  const raw = href.trim().replace(/^mailto:/i, '');
  const [path = '', query = ''] = raw.split('?', 2);
  const parts = [path];
  for (const field of query.split('&')) {
    const [key = '', value = ''] = field.split('=', 2);
    if (/^(?:to|cc|bcc)$/i.test(key)) parts.push(value);
  }
  const out = new Set<string>();
  for (const part of parts) {
    let decoded = part;
    try {
      decoded = decodeURIComponent(part);
    } catch {
      // A stray `%` leaves the address as written.
    }
    for (const address of decoded.split(/[,;]/)) {
      for (const email of extractEmails(address)) out.add(email);
    }
  }
  return [...out];
}
