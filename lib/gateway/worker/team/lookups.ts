/**
 * Sorting a search's look-ups for the ledger, and noting what reveals made free: pure helpers
 * over the team cache in memory and the searches in flight.
 */
import type { Entity } from '../lusha/keys';
import type { PreviewMemory } from './memory';
import { parseJson } from './outcome';
import type { SearchEntry, TeamSearch } from './search';
import type { UpstreamRequest } from './upstream';

type Result = Record<string, unknown>;

/** Look-ups sorted: in the team cache, in flight elsewhere (to wait for), or to search. */
export function claim(entries: SearchEntry[], memory: PreviewMemory, searcher: TeamSearch) {
  const now = Date.now();
  const results: Record<string, Result> = {};
  const waits: { key: string; promise: Promise<Result> }[] = [];
  const owned: SearchEntry[] = [];
  const seen = new Set<string>();
  for (const entry of entries) {
    if (seen.has(entry.key)) continue;
    seen.add(entry.key);
    const cached = memory.get(entry.key, now);
    const pending = cached ? undefined : searcher.pending(entry.key);
    if (cached) results[entry.key] = cached;
    else if (pending) waits.push({ key: entry.key, promise: pending });
    else owned.push(entry);
  }
  return { results, waits, owned };
}

/** The look-ups neither in memory nor in flight: these are read from D1 first. */
export function cold(entries: SearchEntry[], memory: PreviewMemory, searcher: TeamSearch) {
  const now = Date.now();
  return entries
    .filter((e) => !memory.get(e.key, now) && !searcher.pending(e.key))
    .map((e) => e.key);
}

/** What an enrich (or search-and-enrich) revealed: entity, ids and fields; null otherwise. */
export function revealsOf(
  request: UpstreamRequest,
  json: unknown,
): { entity: Entity; ids: string[]; fields: string[] } | null {
  const match = /^\/v3\/(contacts|companies)\/(enrich|search-and-enrich)$/.exec(request.path);
  if (!match) return null;
  const entity: Entity = match[1] === 'contacts' ? 'contact' : 'company';
  const reveal = (parseJson(request.body ?? '') as { reveal?: unknown } | undefined)?.reveal;
  const all = entity === 'contact' ? ['emails', 'phones'] : [];
  const fields = Array.isArray(reveal) ? (reveal as string[]) : all;
  const results = (json as { results?: { id?: unknown; error?: unknown }[] } | null)?.results;
  const ids = (results ?? []).filter((r) => typeof r.id === 'string' && !r.error);
  return { entity, ids: ids.map((r) => r.id as string), fields };
}
