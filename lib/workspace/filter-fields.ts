/**
 * Which prospecting field each of Lusha's discovery filter types fills, and how its values are
 * read. The filters shown are the ones the discovery endpoints list (never a list of our own);
 * this table only says where a listed type goes in the request. A type Lusha lists that is not
 * here cannot be sent, so it is left out (and logged), never guessed.
 */

/** A filter group: contact criteria or company criteria of a prospecting request. */
export type FilterGroup = 'contacts' | 'companies';

/** How a filter's values look in the request. */
export type ValueShape = 'text' | 'id' | 'code' | 'location' | 'range';

/** One filter the workspace can show. */
export interface FilterField {
  group: FilterGroup;
  /** Lusha's discovery name (`seniority`), or ours for free-text and signal filters. */
  filterType: string;
  /** The criteria field it fills (`seniorityIds`). */
  field: string;
  label: string;
  shape: ValueShape;
  /** Values are searched as the rep types (2-256 characters). */
  requiresQuery: boolean;
  /** Where the values come from: the filter endpoints, the signal types, or typed text. */
  source: 'filters' | 'signals' | 'typed';
}

type Known = Omit<FilterField, 'group' | 'filterType' | 'requiresQuery' | 'source'>;

/** Contact filter types of GET /v3/contacts/prospecting/filters. */
export const CONTACT_FILTER_FIELDS: Record<string, Known> = {
  departments: { field: 'departments', label: 'Department', shape: 'text' },
  seniority: { field: 'seniorityIds', label: 'Seniority', shape: 'id' },
  existingDataPoints: { field: 'existingDataPoints', label: 'Has data', shape: 'text' },
  countries: { field: 'countries', label: 'Country', shape: 'code' },
  locations: { field: 'locations', label: 'Location', shape: 'location' },
};

/** Company filter types of GET /v3/companies/prospecting/filters. */
export const COMPANY_FILTER_FIELDS: Record<string, Known> = {
  names: { field: 'names', label: 'Company name', shape: 'text' },
  sizes: { field: 'sizes', label: 'Employees', shape: 'range' },
  revenues: { field: 'revenues', label: 'Revenue', shape: 'range' },
  industriesLabels: { field: 'industriesLabels', label: 'Industry', shape: 'text' },
  sics: { field: 'sicCodes', label: 'SIC code', shape: 'text' },
  naics: { field: 'naicsCodes', label: 'NAICS code', shape: 'text' },
  technologies: { field: 'technologies', label: 'Technology', shape: 'text' },
  intentTopics: { field: 'intentTopics', label: 'Intent topic', shape: 'text' },
  locations: { field: 'locations', label: 'Company location', shape: 'location' },
};

/** Job titles have no catalogue: the rep types them (the criteria field takes any text). */
export const JOB_TITLES: FilterField = {
  group: 'contacts',
  filterType: 'jobTitles',
  field: 'jobTitles',
  label: 'Job title',
  shape: 'text',
  requiresQuery: false,
  source: 'typed',
};

/** The signals filter of a group, whose values are Lusha's signal types. */
export function signalsField(group: FilterGroup): FilterField {
  return {
    group,
    filterType: 'signals',
    field: 'signals',
    label: group === 'contacts' ? 'Person signal' : 'Company signal',
    shape: 'text',
    requiresQuery: false,
    source: 'signals',
  };
}

/** The field of a discovery filter type, or null when the workspace cannot send it. */
export function fieldOf(
  group: FilterGroup,
  filterType: string,
  requiresQuery: boolean,
): FilterField | null {
  const table = group === 'contacts' ? CONTACT_FILTER_FIELDS : COMPANY_FILTER_FIELDS;
  const known = Object.hasOwn(table, filterType) ? table[filterType] : undefined;
  return known ? { ...known, group, filterType, requiresQuery, source: 'filters' } : null;
}

/** One value the rep can pick: what it says, and what goes into the request. */
export interface FilterOption {
  label: string;
  value: string | number | Record<string, string | number>;
}
