/**
 * Request schemas of the prospecting endpoints, following the spec's field names, enums and
 * limits (size 10-100; pages and the 50,000-result cap are checked in prospecting.ts). Unknown
 * fields are tolerated, as the API does, except in the contact block of company prospecting,
 * whose filters Lusha says are "never silently ignored".
 */
import * as z from 'zod/mini';
import { COMPANY_SIGNAL_TYPES } from '../vocab';
import { parseIsoDate } from './prospecting-common';
import { Funding } from './prospecting-funding';

const strings = z.optional(z.array(z.string()));
const ints = z.optional(z.array(z.int()));
const date = z
  .string()
  .check(z.refine((s) => !Number.isNaN(parseIsoDate(s)), 'must be a real YYYY-MM-DD date'));
const condition = z.optional(z.enum(['or', 'and']));

export const Range = z.object({
  min: z.optional(z.int()),
  max: z.optional(z.int()),
});
export type Range = z.infer<typeof Range>;

export const LocationFilter = z.object({
  city: z.optional(z.string()),
  state: z.optional(z.string()),
  country: z.optional(z.string()),
  continent: z.optional(z.string()),
  countryGrouping: z.optional(z.string()),
  region: z.optional(z.string()),
  countryIso2: z.optional(z.string()),
});
export type LocationFilter = z.infer<typeof LocationFilter>;

export const CONTACT_SIGNAL_FILTER_TYPES = ['allSignals', 'promotion', 'companyChange'] as const;
export const COMPANY_SIGNAL_FILTER_TYPES = [
  'allSignals',
  'linkedinActivityIntent',
  ...COMPANY_SIGNAL_TYPES,
] as const;

export const ContactFilter = z.object({
  names: strings,
  jobTitles: strings,
  jobTitlesExactMatch: strings,
  normalizedJobTitles: strings,
  searchText: z.optional(z.string().check(z.maxLength(200))),
  countries: strings,
  locations: z.optional(z.array(LocationFilter)),
  seniorityIds: ints,
  departments: strings,
  linkedinUrls: strings,
  existingDataPoints: strings,
  existingDataPointsCondition: condition,
  signals: z.optional(
    z.object({
      types: z.optional(z.array(z.enum(CONTACT_SIGNAL_FILTER_TYPES))),
      startDate: z.optional(date),
    }),
  ),
  emails: z.optional(z.array(z.email())),
  previousEmails: z.optional(z.array(z.email())),
  previousJobTitle: strings,
  skills: strings,
  certifications: strings,
  awards: strings,
  ids: strings,
  jobChangedAfterDate: z.optional(date),
  jobChangedLastViewDate: z.optional(date),
  education: z.optional(
    z.object({
      degrees: strings,
      fieldsOfStudy: strings,
      schools: strings,
      startYearGte: z.optional(z.int()),
      graduationYearLte: z.optional(z.int()),
    }),
  ),
  score: z.optional(
    z.object({
      minScore: z.optional(z.int().check(z.minimum(0), z.maximum(100))),
      maxScore: z.optional(z.int().check(z.minimum(0), z.maximum(100))),
    }),
  ),
  geographicDetails: z.optional(
    z.array(
      z.object({
        country: z.optional(z.string()),
        zipcode: z.optional(z.string()),
        distance: z.optional(z.int()),
      }),
    ),
  ),
});
export type ContactFilter = z.infer<typeof ContactFilter>;

/** Filters Lusha calls refinement-only: they must come with a base filter. */
export const REFINEMENT_ONLY = [
  'jobChangedAfterDate',
  'jobChangedLastViewDate',
  'education',
  'score',
] as const;

const zip = z.optional(
  z.array(z.object({ countryIso2: z.optional(z.string()), zipcode: z.optional(z.string()) })),
);

export const CompanyFilter = z.object({
  names: strings,
  domains: strings,
  ids: strings,
  searchText: z.optional(z.string().check(z.maxLength(200))),
  locations: z.optional(z.array(LocationFilter)),
  sizes: z.optional(z.array(z.extend(Range, { min: z.optional(z.int().check(z.minimum(0))) }))),
  revenues: z.optional(z.array(z.extend(Range, { min: z.optional(z.int().check(z.minimum(0))) }))),
  technologies: strings,
  technologiesCondition: condition,
  industriesLabels: strings,
  mainIndustriesIds: ints,
  subIndustriesIds: ints,
  intentTopics: strings,
  intentTopicsCondition: condition,
  intentMinScore: z.optional(z.int().check(z.minimum(1), z.maximum(100))),
  intentMaxScore: z.optional(z.int().check(z.minimum(1), z.maximum(100))),
  intentTopicsOperator: z.optional(z.enum(['or', 'and', 'any', 'all'])),
  topicCountThreshold: z.optional(z.array(Range)),
  sicCodes: strings,
  naicsCodes: strings,
  funding: z.optional(Funding),
  signals: z.optional(
    z.object({
      // Undeclared as an enum here, but the company signal types are the spec's
      // V3CompanySignalsDto list (and the overview's): anything else is not a signal.
      types: z.optional(z.array(z.enum(COMPANY_SIGNAL_FILTER_TYPES))),
      startDate: z.optional(date),
      filterByLocation: z.optional(
        z.array(
          z.object({
            country: z.optional(z.string()),
            state: z.optional(z.string()),
            startDate: z.optional(date),
          }),
        ),
      ),
      filterByDepartment: z.optional(
        z.array(z.object({ department: z.string(), startDate: z.optional(date) })),
      ),
      filterByIntentCategory: strings,
    }),
  ),
  foundedYear: z.optional(z.array(Range)),
  businessModel: z.optional(z.array(z.enum(['B2B', 'B2C', 'B2G']))),
  companyType: z.optional(
    z.array(
      z.enum([
        'Government',
        'Private Company',
        'Public Company',
        'Educational',
        'Non Profit',
        'Self Employed',
      ]),
    ),
  ),
  linkedinUrls: strings,
  keywords: strings,
  specialities: strings,
  exactSpecialities: strings,
  exactKeywords: strings,
  keywordsSearchFields: strings,
  previousCompanyDomains: strings,
  previousCompanyNames: strings,
  geographicDetails: z.optional(
    z.array(
      z.object({
        country: z.optional(z.string()),
        zipcode: z.optional(z.string()),
        distance: z.optional(z.int()),
      }),
    ),
  ),
  locationsZipcodes: zip,
  headquarterZipcodes: zip,
});
export type CompanyFilter = z.infer<typeof CompanyFilter>;

const block = <T extends z.ZodMiniType>(schema: T) =>
  z.optional(z.object({ include: z.optional(schema), exclude: z.optional(schema) }));

const Pagination = z.object({
  page: z.int().check(z.minimum(0)),
  size: z.int().check(z.minimum(10), z.maximum(100)),
});

const Options = z.optional(
  z.object({
    includePartialProfiles: z.optional(z.boolean()),
    excludeDnc: z.optional(z.boolean()),
  }),
);

export const ProspectingContactsBody = z.object({
  pagination: Pagination,
  filters: z.object({ contacts: block(ContactFilter), companies: block(CompanyFilter) }),
  tableId: z.optional(z.string()),
  options: Options,
});
export type ProspectingContactsBody = z.infer<typeof ProspectingContactsBody>;

/** In company prospecting the contact block narrows companies to those employing such people. */
const CompanyContactFilter = z.strictObject(
  z.pick(ContactFilter, {
    jobTitles: true,
    departments: true,
    seniorityIds: true,
    skills: true,
    locations: true,
    existingDataPoints: true,
  }).shape,
);

export const ProspectingCompaniesBody = z.object({
  pagination: Pagination,
  filters: z.object({
    // The spec requires `include` here (V3ProspectingCompaniesRequest.filters.companies).
    companies: z.object({ include: CompanyFilter, exclude: z.optional(CompanyFilter) }),
    contacts: block(CompanyContactFilter),
  }),
  tableId: z.optional(z.string()),
  options: Options,
});
export type ProspectingCompaniesBody = z.infer<typeof ProspectingCompaniesBody>;
