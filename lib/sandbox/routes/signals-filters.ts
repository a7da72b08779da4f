/**
 * Values of the company signal filters (`GET /v3/companies/signals/filters/:filterType`):
 * news event types and hiring departments and locations as the dataset has them, and the
 * intent categories the LinkedIn activity intent posts use.
 */
import type { Dataset } from '../dataset';
import type { RouteInput } from '../types';
import { badRequest } from './prospecting-common';
import { companyViews, contactViews } from './prospecting-data';
import { filterQuery, locationValues } from './filters';
import { INTENT_CATEGORIES } from './signals-intent';

/** Filter types and whether each needs a `query`. */
export const SIGNAL_FILTERS = {
  newsEventTypes: false,
  hiringByDepartments: false,
  hiringByLocations: true,
  intentCategories: false,
} as const;

const sorted = (values: string[]) => [...new Set(values)].sort((a, b) => a.localeCompare(b));

/** The values for the request's filter type, validated per the spec's table. */
export function signalFilterValues(input: RouteInput, dataset: Dataset): unknown {
  const { type, query } = filterQuery(SIGNAL_FILTERS, input.params.filterType, input);
  switch (type) {
    case 'intentCategories':
      if (query !== null) {
        badRequest('query is not supported for intentCategories', [
          'query is not supported for this filter type',
        ]);
      }
      return Object.keys(INTENT_CATEGORIES);
    case 'newsEventTypes':
      return sorted(
        companyViews(dataset).flatMap((c) =>
          c.signals.flatMap((s) =>
            typeof s.data.eventType === 'string' ? [s.data.eventType] : [],
          ),
        ),
      );
    case 'hiringByDepartments':
      return sorted(contactViews(dataset).flatMap((c) => c.departments));
    default:
      return locationValues(
        companyViews(dataset).map(({ location: { city: _city, ...rest } }) => rest),
        query,
      );
  }
}
