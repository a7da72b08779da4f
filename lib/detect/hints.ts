import { nameRank } from './names';
import type { PageHint } from './types';

const FIELDS = ['title', 'companyName', 'companyUrl', 'profileUrl'] as const;

/**
 * One hint from two: fields `a` lacks come from `b`; `b`'s name replaces `a`'s only when it is
 * better (a name shown on the page beats one that merely spells the URL's slug), never worse.
 */
export function mergeHint(a: PageHint | undefined, b: PageHint | undefined, url: string): PageHint {
  if (!a) return { ...b };
  if (!b) return { ...a };
  const out: PageHint = { ...a };
  if (b.name && nameRank(b.name, url) > nameRank(a.name, url)) out.name = b.name;
  for (const field of FIELDS) if (!out[field] && b[field]) out[field] = b[field];
  return out;
}

/** True when two hints say the same. */
export function sameHint(a: PageHint | undefined, b: PageHint | undefined): boolean {
  if (!a || !b) return a === b;
  return a.name === b.name && FIELDS.every((field) => a[field] === b[field]);
}

/** `hints` of `a` merged with `b`'s, at most `limit` entries (`a`'s first); `cut` if any was left out. */
export function mergeHints(
  a: Record<string, PageHint>,
  b: Record<string, PageHint>,
  limit: number,
): { hints: Record<string, PageHint>; cut: boolean } {
  const hints: Record<string, PageHint> = { ...a };
  let size = Object.keys(hints).length;
  let cut = false;
  for (const [url, hint] of Object.entries(b)) {
    if (hints[url]) hints[url] = mergeHint(hints[url], hint, url);
    else if (size < limit) {
      hints[url] = { ...hint };
      size++;
    } else cut = true;
  }
  return { hints, cut };
}
