import { extractEmails } from './emails';
import { normalizeLinkedInUrl } from './linkedin';
import type { Collector } from './collector';

const MAX_SCRIPT_CHARS = 200_000;
const MAX_VALUES = 5_000;
const EMAIL_KEYS = new Set(['email', 'emailaddress']);

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
    for (const [k, v] of Object.entries(value)) walk(v, k, out, budget);
  }
}

/**
 * Adds what JSON-LD blocks under `root` say: LinkedIn URLs in any string (`sameAs`, `url`,
 * `@id`, ...) and addresses in `email` fields. Malformed or oversized blocks are ignored.
 */
export function scanJsonLd(root: ParentNode, out: Collector): void {
  const budget = { left: MAX_VALUES };
  for (const script of root.querySelectorAll('script[type="application/ld+json"]')) {
    const source = script.textContent ?? '';
    if (source.length > MAX_SCRIPT_CHARS) continue;
    try {
      walk(JSON.parse(source) as unknown, '', out, budget);
    } catch {
      // Broken JSON-LD is common on the web and says nothing we could use.
    }
  }
}
