/** Filter values for the type-ahead pickers: asked once per filter and query, debounced while typing. */
import { useEffect, useState } from 'react';
import { sendMessage } from '@/lib/messaging/client';
import type { FilterField, FilterOption } from '@/lib/workspace/filter-fields';

/** Debounce of type-ahead queries (ms): one call per pause in typing. */
export const TYPEAHEAD_MS = 250;

/** Answers already had in this page, by filter and query (the background also caches a day). */
const memo = new Map<string, Promise<FilterOption[]>>();

function valuesOf(field: FilterField, query?: string): Promise<FilterOption[]> {
  const key = `${field.group}|${field.filterType}|${query?.toLowerCase() ?? ''}`;
  let promise = memo.get(key);
  if (!promise) {
    promise = sendMessage('getFilterValues', {
      group: field.group,
      filterType: field.filterType,
      ...(query ? { query } : {}),
    }).then((outcome) => {
      if (outcome.ok) return outcome.value;
      throw new Error(outcome.error.message);
    });
    promise.catch(() => memo.delete(key));
    memo.set(key, promise);
  }
  return promise;
}

const matches = (text: string) => (o: FilterOption) =>
  !text || o.label.toLowerCase().includes(text.toLowerCase());

/** The values of `field` matching `text`, fetched while `active`. */
export function useFilterValues(field: FilterField, text: string, active: boolean) {
  const [options, setOptions] = useState<FilterOption[]>([]);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const query = text.trim();
  const tooShort = field.requiresQuery && query.length < 2;
  useEffect(() => {
    if (!active || field.source === 'typed' || tooShort) return;
    let live = true;
    const wait = field.requiresQuery ? TYPEAHEAD_MS : 0;
    const timer = setTimeout(() => {
      setLoading(true);
      valuesOf(field, field.requiresQuery ? query : undefined)
        .then(
          (all) =>
            live &&
            (setOptions(all.filter(matches(field.requiresQuery ? '' : query))), setError(null)),
        )
        .catch((e: unknown) => live && setError(e instanceof Error ? e.message : String(e)))
        .finally(() => live && setLoading(false));
    }, wait);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [field, query, active, tooShort]);
  return { options: tooShort ? [] : options, loading: !tooShort && loading, error };
}
