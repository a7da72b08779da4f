/**
 * E-mail addresses in visible text and `mailto:` links: plain (`jane@x.com`, also split by
 * inline markup), obfuscated for people (./obfuscated), and with a domain given once for
 * several names. Linear in the text (see ./address).
 */
import { NEVER, plainAddresses, type Found, type Joins } from './address';
import { obfuscatedAddresses, sharedDomainAddresses, type Budget } from './obfuscated';
import { decodeEntities } from './entities';

/** A domain given once for several names: `}@` or a colon before the `@`. */
const SHARED = /\}@|:[\s\u2063]{0,3}@/;

/** An obfuscated address needs a bracketed at or dot, or the word "dot" (cheap tests first). */
function mayBeObfuscated(text: string): boolean {
  return (
    /[[({<] ?(?:at|AT|At|@|dot|DOT|Dot|\.) ?[\])}>]/.test(text) || /\b(?:dot|DOT)\b/.test(text)
  );
}

/**
 * Distinct e-mail addresses in free text, lower-cased, in order of appearance. `joins` tells
 * whether a node separator in the text joins inline pieces (default: never), `keep` whether
 * the text between two offsets is to be read (default: all of it); `budget.cut` is set when a
 * pathological text made a form stop at its bound. Understands HTML
 * entities that survived (`&#64;`), obfuscations (see ./obfuscated) and anti-harvesting
 * markers; refuses image names (`logo@2x.png`), URL user-info and file-extension TLDs.
 */
export function extractEmails(
  text: string,
  joins: Joins = NEVER,
  keep: (start: number, end: number) => boolean = () => true,
  budget: Budget = { cut: false },
): string[] {
  // Text read from a page (with `joins`) had its entities decoded node by node already.
  const source = joins === NEVER && text.includes('&') ? decodeEntities(text) : text;
  const found: Found[] = [];
  if (source.includes('@')) {
    plainAddresses(source, joins, found);
    if (SHARED.test(source)) sharedDomainAddresses(source, joins, found);
  }
  if (mayBeObfuscated(source)) obfuscatedAddresses(source, joins, found, budget);
  found.sort((a, b) => a.index - b.index);
  return [...new Set(found.filter((f) => keep(f.index, f.end)).map((f) => f.email))];
}

/**
 * Addresses in a `mailto:` href: several comma-separated ones, percent-encoding, and `to`/`cc`/
 * `bcc` query fields; the subject and body are ignored.
 */
export function emailsFromMailto(href: string): string[] {
  const raw = href
    .trim()
    .slice(0, 4_096)
    .replace(/^mailto:/i, '');
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
    for (const one of decoded.split(/[,;]/)) {
      for (const email of extractEmails(one.trim())) out.add(email);
    }
  }
  return [...out];
}
