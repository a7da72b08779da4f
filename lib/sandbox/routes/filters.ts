/**
 * Prospecting filter discovery (getContactFilterTypes, getContactFilterValues,
 * getCompanyFilterTypes, getCompanyFilterValues). Values are read from the dataset itself, so
 * every value listed matches at least one record; filter types that need a `query` answer 400
 * without one, and filter their values by it.
 */
import type { Dataset } from '../dataset';
import type { RouteDef, RouteInput, SandboxContext } from '../types';
import { badRequest } from './prospecting-common';
import { companyViews, contactViews, type LocationView } from './prospecting-data';

const CONTACT_FILTERS = {
  departments: false,
  seniority: false,
  existingDataPoints: false,
  countries: false,
  locations: true,
} as const;

const COMPANY_FILTERS = {
  names: true,
  sizes: false,
  revenues: false,
  locations: true,
  sics: false,
  naics: false,
  industriesLabels: false,
  intentTopics: false,
  technologies: true,
} as const;

/** Most values a query-driven filter returns. */
const QUERY_RESULTS = 50;

/** Reads `query` for `filterType`: 400 when required and absent, or outside 2-256 characters. */
export function filterQuery(
  table: Record<string, boolean>,
  filterType: string | undefined,
  input: RouteInput,
): { type: string; query: string | null } {
  if (!filterType || !(filterType in table)) {
    badRequest('Invalid filter type', [
      `filterType must be one of: ${Object.keys(table).join(', ')}`,
    ]);
  }
  const query = input.query.get('query');
  if (query !== null && (query.length < 2 || query.length > 256)) {
    badRequest('Invalid request parameters', ['query must be 2-256 characters']);
  }
  if (table[filterType] && !query) {
    badRequest(`The ${filterType} filter requires a query`, ['query is required (2-256 chars)']);
  }
  return { type: filterType, query: query?.toLowerCase() ?? null };
}

const distinct = <T>(values: T[]): T[] => [...new Set(values)];
const sorted = (values: string[]): string[] => distinct(values).sort((a, b) => a.localeCompare(b));
const contains = (query: string | null, ...texts: (string | undefined)[]): boolean =>
  !query || texts.some((t) => t?.toLowerCase().includes(query));

/** Distinct locations at country, state and city level that mention `query`. */
export function locationValues(locations: LocationView[], query: string | null): LocationView[] {
  const byKey = new Map<string, LocationView>();
  for (const l of locations) {
    const levels: LocationView[] = [
      { country: l.country, countryIso2: l.countryIso2, continent: l.continent },
      { state: l.state, country: l.country, countryIso2: l.countryIso2, continent: l.continent },
      l,
    ];
    for (const level of levels) {
      const clean = Object.fromEntries(Object.entries(level).filter(([, v]) => v)) as LocationView;
      if (!contains(query, clean.city, clean.state, clean.country)) continue;
      byKey.set(JSON.stringify(clean), clean);
    }
  }
  return [...byKey.values()].slice(0, QUERY_RESULTS);
}

function contactValues(type: string, query: string | null, dataset: Dataset): unknown {
  const contacts = contactViews(dataset);
  switch (type) {
    case 'departments':
      return sorted(contacts.flatMap((c) => c.departments));
    case 'seniority': {
      const byId = new Map(
        contacts.filter((c) => c.seniorityId > 0).map((c) => [c.seniorityId, c.seniority]),
      );
      return [...byId].sort(([a], [b]) => a - b).map(([id, value]) => ({ id, value }));
    }
    case 'existingDataPoints':
      return sorted(contacts.flatMap((c) => c.dataPoints));
    case 'countries': {
      const byCode = new Map(
        contacts.flatMap((c) =>
          c.location.countryIso2 ? [[c.location.countryIso2, c.location.country]] : [],
        ),
      );
      return [...byCode]
        .sort(([a], [b]) => String(a).localeCompare(String(b)))
        .map(([code, name]) => ({ code, name }));
    }
    default:
      return locationValues(
        contacts.map((c) => c.location),
        query,
      );
  }
}

function rangeValues(ranges: { min: number; max?: number }[]) {
  const byKey = new Map(ranges.map((r) => [`${r.min}-${r.max}`, r]));
  return [...byKey.values()].sort((a, b) => a.min - b.min);
}

function companyValues(type: string, query: string | null, dataset: Dataset): unknown {
  const companies = companyViews(dataset);
  switch (type) {
    case 'names':
      return companies
        .filter((c) => contains(query, c.name))
        .slice(0, QUERY_RESULTS)
        .map(({ id, name, domain }) => ({ id, name, domain }));
    case 'sizes':
      return rangeValues(companies.map((c) => c.employeeRange));
    case 'revenues':
      return rangeValues(companies.flatMap((c) => (c.revenueRange ? [c.revenueRange] : [])));
    case 'locations':
      return locationValues(
        companies.map((c) => c.location),
        query,
      );
    case 'sics':
      return sorted(companies.flatMap((c) => c.sics));
    case 'naics':
      return sorted(companies.flatMap((c) => c.naics));
    case 'industriesLabels':
      return sorted(
        companies.flatMap((c) => [c.industry, ...(c.subIndustry ? [c.subIndustry] : [])]),
      );
    case 'intentTopics':
      return sorted(companies.flatMap((c) => c.intentTopics));
    default:
      return sorted(companies.flatMap((c) => c.technologies))
        .filter((t) => contains(query, t))
        .slice(0, QUERY_RESULTS);
  }
}

const discovery = (table: Record<string, boolean>) => () => ({
  status: 200,
  body: {
    availableFilters: Object.entries(table).map(([filterType, requiresQuery]) => ({
      filterType,
      requiresQuery,
    })),
  },
});

/** An optional `query` also narrows the lists that do not require one (by their text). */
function narrow(values: unknown, query: string | null): unknown {
  if (!query || !Array.isArray(values)) return values;
  return values.filter((v) =>
    typeof v === 'string'
      ? contains(query, v)
      : typeof v === 'object' && v !== null && 'value' in v
        ? contains(query, String(v.value))
        : typeof v === 'object' && v !== null && 'name' in v
          ? contains(query, String(v.name))
          : true,
  );
}

function getContactFilterValues(input: RouteInput, ctx: SandboxContext<Dataset>) {
  const { type, query } = filterQuery(CONTACT_FILTERS, input.params.filterType, input);
  return { status: 200, body: { values: narrow(contactValues(type, query, ctx.dataset), query) } };
}

function getCompanyFilterValues(input: RouteInput, ctx: SandboxContext<Dataset>) {
  const { type, query } = filterQuery(COMPANY_FILTERS, input.params.filterType, input);
  return { status: 200, body: { values: narrow(companyValues(type, query, ctx.dataset), query) } };
}

const get = (operationId: string, path: string, handler: RouteDef<Dataset>['handler']) =>
  ({ operationId, method: 'GET', path, rateClass: 'general', handler }) as RouteDef<Dataset>;

/** The filter discovery operations, for the sandbox router. */
export const filterRoutes: RouteDef<Dataset>[] = [
  get('getContactFilterTypes', '/v3/contacts/prospecting/filters', discovery(CONTACT_FILTERS)),
  get(
    'getContactFilterValues',
    '/v3/contacts/prospecting/filters/:filterType',
    getContactFilterValues,
  ),
  get('getCompanyFilterTypes', '/v3/companies/prospecting/filters', discovery(COMPANY_FILTERS)),
  get(
    'getCompanyFilterValues',
    '/v3/companies/prospecting/filters/:filterType',
    getCompanyFilterValues,
  ),
];
