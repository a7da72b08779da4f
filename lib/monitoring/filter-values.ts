/**
 * Signal sub-filter values as Lusha lists them (`values`: plain strings for most types,
 * location objects for `hiringByLocations`), as the labels a picker shows, and how a chosen
 * label narrows the events the feed shows.
 */
import type { SignalEvent } from './events';

const MAX_VALUES = 500;

/** `{city, state, country}` as "City, State, Country"; strings as they are. */
function labelOf(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() || null;
  if (!value || typeof value !== 'object') return null;
  const v = value as Record<string, unknown>;
  const named = [v.name, v.label, v.value].find((x) => typeof x === 'string' && x.trim());
  if (typeof named === 'string') return named.trim();
  const parts = [v.city, v.state, v.country].filter(
    (x): x is string => typeof x === 'string' && !!x.trim(),
  );
  return parts.length ? parts.join(', ') : null;
}

/** The distinct labels of a filter-values answer, at most 500. */
export function valueLabels(values: unknown): string[] {
  if (!Array.isArray(values)) return [];
  const labels = values.map(labelOf).filter((l): l is string => !!l);
  return [...new Set(labels)].slice(0, MAX_VALUES);
}

/** Display filters: what the feed keeps of each kind of event (empty: everything). */
export interface FeedFilters {
  newsEventTypes: string[];
  hiringDepartments: string[];
  hiringLocations: string[];
}

const norm = (s: unknown) =>
  typeof s === 'string' ? s.toLowerCase().replace(/_/g, ' ').trim() : '';

/** True when the event passes the feed's sub-filters. */
export function passesFeedFilters(event: SignalEvent, f: FeedFilters): boolean {
  const d = event.details;
  if (event.type.endsWith('News') && f.newsEventTypes.length)
    return f.newsEventTypes.some((t) => norm(t) === norm(d.eventType));
  if (event.type === 'surgeInHiringByDepartment' && f.hiringDepartments.length)
    return f.hiringDepartments.some((t) => norm(t) === norm(d.department));
  if (event.type === 'surgeInHiringByLocation' && f.hiringLocations.length) {
    const place = [d.city, d.state, d.country].map(norm).filter(Boolean);
    // "Berlin, Germany" matches an event in Berlin; "Germany" matches any in Germany.
    return f.hiringLocations.some((l) =>
      l
        .split(',')
        .map(norm)
        .filter(Boolean)
        .every((part) => place.includes(part)),
    );
  }
  return true;
}
