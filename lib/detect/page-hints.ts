/**
 * What a page shows next to an identity, read from the DOM without class names: a link's
 * accessible label, its text (LinkedIn's `<span aria-hidden="true">Name</span><span
 * class="visually-hidden">View Name’s profile</span>`), the pictures inside it; a profile's
 * heading and `<title>`. Every read is bounded (nodes visited, characters kept).
 */
import {
  cleanHintText,
  looksLikeCompanyName,
  looksLikePersonName,
  nameFromLabel,
  nameFromSlug,
  nameFromTitle,
  mayBeLabel,
} from './names';
import { isInline } from './blocks';
import { blank } from './chars';
import type { LinkedInKind, PageHint } from './types';

const SKIPPED = new Set(['script', 'style', 'template', 'noscript', 'textarea', 'button']);
const MAX_NODES = 48;

/** Texts inside an element: each text node, each inline run, and picture labels. */
interface Texts {
  pieces: string[];
  blocks: string[];
  labels: string[];
}

function walk(node: Node, out: Texts, run: string[], budget: { left: number }): void {
  for (let child = node.firstChild; child && budget.left-- > 0; child = child.nextSibling) {
    if (child.nodeType === 3) {
      const text = (child as Text).data;
      run.push(text);
      if (!blank(text)) out.pieces.push(text);
    } else if (child.nodeType === 1) {
      const el = child as Element;
      const tag = el.localName;
      if (SKIPPED.has(tag)) continue;
      if (tag === 'img' || tag === 'svg') {
        const label = el.getAttribute(tag === 'img' ? 'alt' : 'aria-label');
        if (label) out.labels.push(label);
        continue;
      }
      const block = !isInline(tag);
      if (block) endRun(out, run);
      walk(el, out, run, budget);
      if (block) endRun(out, run);
    }
  }
}

function endRun(out: Texts, run: string[]): void {
  if (run.length === 0) return;
  const text = run.length === 1 ? run[0]! : run.join('');
  run.length = 0;
  if (!blank(text)) out.blocks.push(text);
}

/** Where a middle dot or bar (" · ", " • ", " | ") first splits a text, or its length. */
function cutAt(text: string): number {
  let end = text.length;
  for (const separator of [' · ', ' • ', ' | ']) {
    const at = text.indexOf(separator);
    if (at >= 0 && at < end) end = at;
  }
  return end;
}

/** "Jane Doe · 2nd" → "Jane Doe": the text before a middle dot or bar, cleaned. */
function firstPart(text: string): string {
  const end = cutAt(text);
  return cleanHintText(end < text.length ? text.slice(0, end) : text);
}

/** The texts inside an element, as read (not yet cleaned). */
function textsOf(el: Element): Texts {
  const out: Texts = { pieces: [], blocks: [], labels: [] };
  const run: string[] = [];
  walk(el, out, run, { left: MAX_NODES });
  endRun(out, run);
  return out;
}

/** Texts cleaned when first asked for (most links are named by their first text). */
class Cleaned {
  private readonly done = new Map<string, string>();

  of(text: string): string {
    let clean = this.done.get(text);
    if (clean === undefined) this.done.set(text, (clean = firstPart(text)));
    return clean;
  }

  all(texts: string[]): string[] {
    return texts.map((text) => this.of(text)).filter(Boolean);
  }
}

const isPerson = (kind: LinkedInKind) => kind === 'profile' || kind === 'salesLead';
/** "1st", "· 2nd", "3rd+ degree connection": LinkedIn's connection degree, not a job. */
const DEGREE = /^(?:1st|2nd|3rd\+?)\b/i;

/** The first text that is a name of that kind (free text: two words at least for a person). */
function firstName(
  texts: string[],
  person: boolean,
  minWords: number,
  clean: (text: string) => string = (text) => text,
): string {
  for (const text of texts) {
    const name = clean(text);
    if (name && (person ? looksLikePersonName(name, minWords) : looksLikeCompanyName(name))) {
      return name;
    }
  }
  return '';
}

/** The job line after the name: the next text that is neither a degree nor another name. */
function jobAfter(blocks: string[], name: string): string {
  const from = blocks.indexOf(name);
  if (from < 0) return '';
  return (
    blocks
      .slice(from + 1)
      .find(
        (t) => t.length >= 2 && !DEGREE.test(t) && !looksLikePersonName(t) && /\p{L}/u.test(t),
      ) ?? ''
  );
}

/** What a link to an identity shows: its name (and, in a person's card, the job line). */
export function linkHint(el: Element, kind: LinkedInKind): PageHint | null {
  const person = isPerson(kind);
  const labelKind = person ? 'person' : 'company';
  let name = nameFromLabel(el.getAttribute('aria-label') ?? '', labelKind);
  // A company named by its link's label ("Deel page logo") needs nothing more from the link.
  if (name && !person) return { name };
  const texts = textsOf(el);
  // A picture link without a label (most first links of a card) shows nothing more.
  if (!name && texts.pieces.length === 0 && texts.labels.length === 0) return null;
  const cleaned = new Cleaned();
  const clean = (text: string) => cleaned.of(text);
  // A text names someone in a label's words ("View Jane Doe’s profile") only if it has them.
  for (const piece of texts.pieces) {
    if (!name && mayBeLabel(piece)) name = nameFromLabel(clean(piece), labelKind);
  }
  for (const label of texts.labels) if (!name) name = nameFromLabel(label, labelKind);
  name ||=
    firstName(texts.pieces, person, 2, clean) ||
    firstName(texts.blocks, person, 2, clean) ||
    firstName(texts.labels, person, 2, cleanHintText);
  if (!name) return null;
  const title = person ? jobAfter(cleaned.all(texts.blocks), name) : '';
  return title ? { name, title } : { name };
}

/** Whether a heading's name fits the profile URL: a name-like slug must share a word with it. */
function fitsSlug(name: string, url: string): boolean {
  const words = (s: string) =>
    s
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .split(/[^\p{L}]+/u)
      .filter((w) => w.length > 1);
  const slug = words(nameFromSlug(url));
  return slug.length < 2 || words(name).some((w) => slug.includes(w));
}

/** The first heading of the page's main content (or of the page): live collections, no query. */
function heading(doc: Document): Element | null {
  const main = doc.getElementsByTagName('main')[0];
  return main?.getElementsByTagName('h1')[0] ?? doc.getElementsByTagName('h1')[0] ?? null;
}

/** The short text right after a heading (LinkedIn's headline under a profile's name). */
function lineAfter(h1: Element): string {
  for (let el: Element | null = h1, depth = 0; el && depth < 3; el = el.parentElement, depth++) {
    const next = el.nextElementSibling;
    if (!next) continue;
    const text = new Cleaned().all(textsOf(next).blocks)[0] ?? '';
    return text && !looksLikePersonName(text) && !DEGREE.test(text) ? text : '';
  }
  return '';
}

/**
 * What the page says about its own subject: the heading, else the `<title>`, as a person's or
 * a company's name (a profile's only when it fits the URL: a single-page app can show the last
 * profile's heading for a moment), and a profile's headline.
 */
export function subjectHint(doc: Document, kind: LinkedInKind, url: string): PageHint | null {
  const person = isPerson(kind);
  const h1 = heading(doc);
  const texts = h1 ? textsOf(h1) : null;
  const clean = new Cleaned();
  let name = texts ? firstName(clean.all([...texts.blocks, ...texts.pieces]), person, 1) : '';
  if (name && kind === 'profile' && !fitsSlug(name, url)) return null;
  if (!name && kind !== 'salesLead' && kind !== 'salesAccount') {
    name = nameFromTitle(doc.title ?? '', person ? 'person' : 'company');
    if (name && kind === 'profile' && !fitsSlug(name, url)) name = '';
  }
  if (!name) return null;
  const title = kind === 'profile' && h1 ? lineAfter(h1) : '';
  return title ? { name, title } : { name };
}

/** Text or label of a link that names the rep's own profile in LinkedIn's navigation. */
const ME = /^(?:me|view (?:my |your )?profile)$/i;
const ME_WORD = /(?:^|\s)Me(?:\s|$)/;

/** Whether a profile link in the navigation is the rep's own ("Me" menu, "View profile"). */
export function isOwnProfileLink(link: Element): boolean {
  const text = cleanHintText((link.textContent ?? '').slice(0, 400));
  if (ME.test(text) || ME.test(cleanHintText(link.getAttribute('aria-label') ?? ''))) return true;
  const item = link.closest('li');
  return item !== null && ME_WORD.test((item.textContent ?? '').slice(0, 2_000));
}

/** The account a Sales Navigator link names, as the link shows it. */
export function accountName(link: Element): string {
  return linkHint(link, 'salesAccount')?.name ?? '';
}
