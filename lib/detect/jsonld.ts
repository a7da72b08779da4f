import { extractEmails } from './emails';
import { normalizeLinkedInUrl } from './linkedin';
import { cleanHintText, looksLikeCompanyName, looksLikePersonName } from './names';
import type { Collector } from './collector';
import type { LinkedInRef, PageHint } from './types';

const MAX_SCRIPT_CHARS = 200_000;
const MAX_VALUES = 5_000;
const EMAIL_KEYS = new Set(['email', 'emailaddress']);
const LINK_KEYS = ['url', 'sameAs', '@id'];

type Json = Record<string, unknown>;

/** The LinkedIn identities an object names in its `url`, `sameAs` or `@id`. */
function refsOf(node: Json): LinkedInRef[] {
  const refs: LinkedInRef[] = [];
  for (const key of LINK_KEYS) {
    for (const value of [node[key]].flat()) {
      const ref = typeof value === 'string' ? normalizeLinkedInUrl(value) : null;
      if (ref) refs.push(ref);
    }
  }
  return refs;
}

const text = (value: unknown) => (typeof value === 'string' ? cleanHintText(value) : '');

/** A `Person` or organisation with a LinkedIn URL: its name (and a person's job and employer). */
function hintFor(node: Json, ref: LinkedInRef): PageHint | null {
  const name = text(node.name);
  const person = ref.kind === 'profile' || ref.kind === 'salesLead';
  if (!name || !(person ? looksLikePersonName(name) : looksLikeCompanyName(name))) return null;
  if (!person) return { name };
  const hint: PageHint = { name };
  const title = text(node.jobTitle);
  const employer = text((node.worksFor as Json | undefined)?.name);
  if (title) hint.title = title;
  if (employer) hint.companyName = employer;
  return hint;
}

function walk(value: unknown, key: string, out: Collector, budget: { left: number }): void {
  if (--budget.left < 0) return;
  if (typeof value === 'string') {
    if (EMAIL_KEYS.has(key.toLowerCase()))
      out.addEmails(extractEmails(value.replace(/^mailto:/i, '')));
    else if (value.includes('linkedin.com/')) out.addRef(normalizeLinkedInUrl(value));
    return;
  }
  if (Array.isArray(value)) {
    for (const item of value) walk(item, key, out, budget);
  } else if (value !== null && typeof value === 'object') {
    const node = value as Json;
    if (typeof node.name === 'string') {
      for (const ref of refsOf(node)) if (out.addRef(ref)) out.addHint(ref.url, hintFor(node, ref));
    }
    for (const [k, v] of Object.entries(node)) walk(v, k, out, budget);
  }
}

/**
 * Adds what JSON-LD blocks under `root` say: LinkedIn URLs in any string (`sameAs`, `url`,
 * `@id`, ...), addresses in `email` fields, and the `name` of a person or organisation that
 * carries a LinkedIn URL. Malformed or oversized blocks are ignored.
 */
export function scanJsonLd(root: ParentNode, out: Collector): void {
  const budget = { left: MAX_VALUES };
  // A live collection, filtered here: no selector matched over the whole page.
  const scripts =
    root.nodeType === 11
      ? root.querySelectorAll('script')
      : (root as Element).getElementsByTagName('script');
  for (const script of scripts) {
    if (script.getAttribute('type')?.toLowerCase() !== 'application/ld+json') continue;
    const source = script.textContent ?? '';
    if (source.length > MAX_SCRIPT_CHARS) continue;
    try {
      walk(JSON.parse(source) as unknown, '', out, budget);
    } catch {
      // Broken JSON-LD is common on the web and says nothing we could use.
    }
  }
}
