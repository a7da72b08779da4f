/**
 * The filter catalogue: which prospecting filters Lusha offers (its discovery endpoints and
 * signal types) and their values, each answer cached in the database for a day so a type-ahead
 * asks Lusha once per query. These calls are free; they still go through the API queue.
 */
import type { DataScope, LensDb } from '@/lib/db';
import type { LushaClient } from '@/lib/lusha';
import type { ApiQueue } from '@/lib/lookup/queue';
import {
  fieldOf,
  JOB_TITLES,
  signalsField,
  type FilterField,
  type FilterGroup,
  type FilterOption,
} from './filter-fields';
import { signalLabel, toOptions } from './options';

/** How long a catalogue answer is kept. */
export const CATALOG_TTL_MS = 86_400_000;

/** The filters the workspace can show, in the order Lusha listed them. */
export interface FilterCatalog {
  fields: FilterField[];
  /** Signal types per group, for the signal filters and their cost. */
  signalTypes: Record<FilterGroup, string[]>;
  /** Filter types Lusha listed that the workspace does not know how to send. */
  unknown: string[];
}

export interface CatalogDeps {
  client: () => Promise<LushaClient>;
  queue: ApiQueue;
  db: LensDb;
  scope: DataScope;
  now?: () => number;
}

/** The catalogue service; one per pipeline. */
export function createCatalog(deps: CatalogDeps) {
  const now = deps.now ?? Date.now;

  async function cached<T>(what: string, load: () => Promise<T>): Promise<T> {
    const id = `${deps.scope}|${what}`;
    const row = await deps.db.catalog.get(id);
    if (row && row.expiresAt > now()) return row.value as T;
    const value = await load();
    await deps.db.catalog
      .put({ id, value, expiresAt: now() + CATALOG_TTL_MS })
      .catch(() => undefined);
    return value;
  }

  const call = async <T>(work: (client: LushaClient) => Promise<{ data: T }>) => {
    const client = await deps.client();
    return (await deps.queue.run(() => work(client))).data;
  };

  async function types(group: FilterGroup) {
    const data = await cached(`types:${group}`, () =>
      call((c) => (group === 'contacts' ? c.getContactFilterTypes() : c.getCompanyFilterTypes())),
    );
    return data.availableFilters ?? [];
  }

  /** Signal types of a group; none when Lusha will not list them (the filter is then hidden). */
  async function signalTypes(group: FilterGroup): Promise<string[]> {
    try {
      const data = await cached(`signals:${group}`, () =>
        call((c) => (group === 'contacts' ? c.getContactSignalTypes() : c.getCompanySignalTypes())),
      );
      return (data.signalTypes ?? []).filter((t) => typeof t === 'string').slice(0, 100);
    } catch {
      return [];
    }
  }

  return {
    /** Every filter Lusha lists that can be sent, plus job titles and signals. */
    async filters(): Promise<FilterCatalog> {
      const fields: FilterField[] = [];
      const unknown: string[] = [];
      const signals = { contacts: [] as string[], companies: [] as string[] };
      for (const group of ['contacts', 'companies'] as const) {
        for (const t of await types(group)) {
          const field = fieldOf(group, t.filterType, !!t.requiresQuery);
          if (field) fields.push(field);
          else unknown.push(`${group}.${t.filterType}`);
        }
        if (group === 'contacts') fields.push(JOB_TITLES);
        signals[group] = await signalTypes(group);
        if (signals[group].length) fields.push(signalsField(group));
      }
      if (unknown.length) console.info('Prospect Lens: filters not offered', unknown);
      return { fields, signalTypes: signals, unknown };
    },

    /** The values of one filter; `query` (2-256 characters) only for those that need one. */
    async values(group: FilterGroup, filterType: string, query?: string): Promise<FilterOption[]> {
      if (filterType === 'signals') {
        return (await signalTypes(group))
          .filter((t) => !query || t.toLowerCase().includes(query.toLowerCase()))
          .map((t) => ({ label: signalLabel(t), value: t }));
      }
      const listed = (await types(group)).find((t) => t.filterType === filterType);
      const field = listed && fieldOf(group, filterType, !!listed.requiresQuery);
      if (!field) throw new Error(`Lusha does not list the ${group} filter ${filterType}`);
      // Lists that need no query are fetched whole once and narrowed by the page.
      const q = field.requiresQuery && query?.trim() ? query.trim().slice(0, 256) : undefined;
      if (field.requiresQuery && (!q || q.length < 2)) return [];
      const data = await cached(`values:${group}:${filterType}:${q?.toLowerCase() ?? ''}`, () =>
        call((c) =>
          group === 'contacts'
            ? c.getContactFilterValues(filterType as never, q)
            : c.getCompanyFilterValues(filterType as never, q),
        ),
      );
      return toOptions(data.values, field.shape, filterType === 'revenues');
    },

    /** Drops expired answers. */
    prune: () => deps.db.catalog.where('expiresAt').below(now()).delete(),
  };
}

export type Catalog = ReturnType<typeof createCatalog>;
