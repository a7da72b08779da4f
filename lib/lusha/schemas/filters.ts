/** Prospecting filter discovery: which filters exist and their values. */
import * as z from 'zod/mini';

/** Filters a prospecting call accepts, and whether listing values needs a `query`. */
export const FilterTypesResponse = z.lazy(() =>
  z.looseObject({
    availableFilters: z.optional(
      z.array(z.looseObject({ filterType: z.string(), requiresQuery: z.optional(z.boolean()) })),
    ),
  }),
);
export type FilterTypesResponse = z.infer<typeof FilterTypesResponse>;

/** Values of one filter; their shape depends on the filter type. */
export const FilterValuesResponse = z.lazy(() =>
  z.looseObject({ values: z.optional(z.unknown()) }),
);
export type FilterValuesResponse = z.infer<typeof FilterValuesResponse>;

/** `filterType` of GET /v3/contacts/prospecting/filters/{filterType}. */
export const ContactFilterType = z.enum([
  'departments',
  'seniority',
  'existingDataPoints',
  'countries',
  'locations',
]);
export type ContactFilterType = z.infer<typeof ContactFilterType>;

/** `filterType` of GET /v3/companies/prospecting/filters/{filterType}. */
export const CompanyFilterType = z.enum([
  'names',
  'sizes',
  'revenues',
  'locations',
  'sics',
  'naics',
  'industriesLabels',
  'intentTopics',
  'technologies',
]);
export type CompanyFilterType = z.infer<typeof CompanyFilterType>;

/** `filterType` of GET /v3/companies/signals/filters/{filterType}. */
export const CompanySignalFilterType = z.enum([
  'newsEventTypes',
  'hiringByDepartments',
  'hiringByLocations',
  'intentCategories',
]);
export type CompanySignalFilterType = z.infer<typeof CompanySignalFilterType>;
