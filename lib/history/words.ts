/**
 * The words history is searched by, and the identifiers it is matched by. Text is
 * lower-cased and accent-folded ("Amélie" matches "amelie"); a query matches an entry when
 * every query word is the start of one of the entry's words.
 */
import type { HistoryEntry } from './types';

/** Lower case without accents: `Élodie Müller` -> `elodie muller`. */
export function fold(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase();
}

/** The words of a text, folded (`jane.doe@acme.io` -> `jane`, `doe`, `acme`, `io`). */
export function wordsOf(text: string): string[] {
  return fold(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0);
}

/**
 * The words of a search: like `wordsOf`, except that a word with an `@` is kept whole, so
 * `ada@north` finds the address `ada@northwind.io` and not every Ada.
 */
export function queryWords(query: string): string[] {
  return query
    .trim()
    .split(/\s+/)
    .flatMap((part) => (part.includes('@') ? [fold(part)] : wordsOf(part)))
    .filter((w) => w.length > 0);
}

/** A phone's digits, and their tails of 7+ digits, so a number is found with or without its country code. */
function phoneWords(number: string): string[] {
  const digits = number.replace(/\D+/g, '');
  const out = [digits];
  for (let i = 1; digits.length - i >= 7 && i <= 4; i++) out.push(digits.slice(i));
  return out;
}

/** Every distinct word an entry is found by (at most 200, each at most 64 characters). */
export function entryWords(entry: HistoryEntry): string[] {
  const parts: (string | undefined)[] = [entry.name, entry.linkedinUrl?.split('/').pop()];
  const extra: string[] = [];
  if (entry.kind === 'person') {
    parts.push(entry.title, entry.companyName, entry.companyDomain, entry.location);
    for (const e of entry.emails) {
      parts.push(e.email);
      extra.push(fold(e.email));
    }
    for (const p of entry.phones) extra.push(...phoneWords(p.number));
  } else {
    parts.push(entry.domain, entry.industry);
  }
  const words = new Set<string>();
  for (const part of parts) if (part) for (const w of wordsOf(part)) words.add(w.slice(0, 64));
  for (const w of extra) if (w) words.add(w.slice(0, 64));
  return [...words].slice(0, 200);
}

/** The form identifiers are compared in: trimmed, lower-cased, no trailing slash. */
export function identifierKey(id: string): string {
  return id.trim().toLowerCase().replace(/\/+$/, '');
}

/** The identifiers a page can show an entry by: LinkedIn URL, emails, the company's domain. */
export function entryIdentifiers(entry: HistoryEntry): string[] {
  const ids = new Set<string>();
  if (entry.linkedinUrl) ids.add(identifierKey(entry.linkedinUrl));
  if (entry.kind === 'person') for (const e of entry.emails) ids.add(identifierKey(e.email));
  if (entry.kind === 'company' && entry.domain) ids.add(identifierKey(entry.domain));
  return [...ids];
}
