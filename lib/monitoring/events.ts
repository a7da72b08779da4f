/**
 * Signal answers turned into the events the watchlist keeps: one flat record per event with a
 * stable id (so a refresh can tell a new job change from one already seen), text and numbers
 * only. Lusha's event objects are loosely specified (`type: object`): anything that is not a
 * plain value is left out rather than trusted.
 */
import type { SignalEvent } from '@/lib/db/rows';

export type { SignalEvent } from '@/lib/db/rows';

const MAX_TEXT = 300;
const MAX_FIELDS = 16;
/** Per entity, the newest events kept. */
export const MAX_EVENTS = 50;
const DATE = /^\d{4}-\d{2}-\d{2}/;
/** Fields of a result that are about the entity, not lists of events. */
const ENTITY_FIELDS = new Set(['id', 'companyName', 'domain', 'error', 'unreadable', 'problem']);

/** FNV-1a, 32 bits, as hex: short stable ids for events. */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

function plain(value: unknown): string | number | boolean | undefined {
  if (typeof value === 'string') return value.slice(0, MAX_TEXT);
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value === 'boolean') return value;
  return undefined;
}

/** LinkedIn activity posts: the post's summary, category, author and topics. */
function intentDetails(item: Record<string, unknown>): Record<string, string | number | boolean> {
  const author = item.author as { fullName?: unknown } | undefined;
  const topics = Array.isArray(item.intentTopics)
    ? item.intentTopics
        .map((t) => plain((t as { topic?: unknown } | null)?.topic))
        .filter((t): t is string => typeof t === 'string')
    : [];
  const details: Record<string, string | number | boolean> = {};
  const put = (key: string, value: unknown) => {
    const v = plain(value);
    if (v !== undefined && v !== '') details[key] = v;
  };
  put('signalCategory', item.signalCategory);
  put('activitySummary', item.activitySummary);
  put('activityUrl', item.activityUrl);
  put('author', author?.fullName);
  put('topics', topics.join(', '));
  return details;
}

/** One event from one item of a signal list, or null when it is not an object. */
export function toEvent(type: string, item: unknown): SignalEvent | null {
  if (!item || typeof item !== 'object' || Array.isArray(item)) return null;
  const record = item as Record<string, unknown>;
  const rawDate = plain(record.signalDate ?? record.activityPublicationDate ?? record.date);
  const date = typeof rawDate === 'string' && DATE.test(rawDate) ? rawDate.slice(0, 10) : '';
  let details: Record<string, string | number | boolean> = {};
  if (type === 'linkedinActivityIntent') details = intentDetails(record);
  else {
    for (const [key, value] of Object.entries(record)) {
      if (key === 'id' || key === 'signalDate' || key === 'date') continue;
      const v = plain(value);
      if (v !== undefined) details[key] = v;
      if (Object.keys(details).length >= MAX_FIELDS) break;
    }
  }
  const sorted = Object.keys(details)
    .sort()
    .map((k) => `${k}=${String(details[k])}`)
    .join('\n');
  return { id: `${type}|${date}|${hash(sorted)}`, type, date, details };
}

/** Newest first; undated events last. */
export const byNewest = (a: SignalEvent, b: SignalEvent) =>
  (b.date || '0').localeCompare(a.date || '0') || a.id.localeCompare(b.id);

/**
 * The events of each result of a signals answer, by Lusha id. `types` are the types asked for:
 * only those lists are read (an answer's other arrays are not events of this refresh).
 */
export function eventsByEntity(
  results: readonly unknown[] | undefined,
  types: readonly string[],
): Map<string, SignalEvent[]> {
  const byId = new Map<string, SignalEvent[]>();
  for (const result of results ?? []) {
    if (!result || typeof result !== 'object') continue;
    const record = result as Record<string, unknown>;
    const id = plain(record.id);
    if (id === undefined || id === '' || record.error || record.unreadable) continue;
    const events: SignalEvent[] = [];
    for (const [type, list] of Object.entries(record)) {
      if (ENTITY_FIELDS.has(type) || !types.includes(type) || !Array.isArray(list)) continue;
      for (const item of list) {
        const event = toEvent(type, item);
        if (event) events.push(event);
      }
    }
    byId.set(String(id), [...new Map(events.map((e) => [e.id, e])).values()].sort(byNewest));
  }
  return byId;
}

/** Events kept so far merged with new ones: each once, newest first, at most MAX_EVENTS. */
export function mergeEvents(kept: readonly SignalEvent[], fresh: readonly SignalEvent[]) {
  const all = new Map<string, SignalEvent>();
  for (const e of [...fresh, ...kept]) if (!all.has(e.id)) all.set(e.id, e);
  return [...all.values()].sort(byNewest).slice(0, MAX_EVENTS);
}
