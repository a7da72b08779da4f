/**
 * Request schemas of the prospecting endpoints, following the spec's field names, enums and
 * limits (size 10-100; pages and the 50,000-result cap are checked in prospecting.ts). Unknown
 * fields are tolerated, as the API does, except in the contact block of company prospecting,
 * whose filters Lusha says are "never silently ignored".
 */
import { z } from 'zod';
import { COMPANY_SIGNAL_TYPES } from '../vocab';
import { parseIsoDate } from './prospecting-common';
import { Funding } from './prospecting-funding';

const strings = z.array(z.string()).optional();
const ints = z.array(z.number().int()).optional();
const date = z
  .string()
  .refine((s) => !Number.isNaN(parseIsoDate(s)), 'must be a real YYYY-MM-DD date');
const condition = z.enum(['or', 'and']).optional();

export const Range = z.object({
  min: z.number().int().optional(),
  max: z.number().int().optional(),
});
export type Range = z.infer<typeof Range>;

export const LocationFilter = z.object({
  city: z.string().optional(),
  state: z.string().optional(),
  country: z.string().optional(),
  continent: z.string().optional(),
  countryGrouping: z.string().optional(),
  region: z.string().optional(),
  countryIso2: z.string().optional(),
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
  searchText: z.string().max(200).optional(),
  countries: strings,
  locations: z.array(LocationFilter).optional(),
  seniorityIds: ints,
  departments: strings,
  linkedinUrls: strings,
  existingDataPoints: strings,
  existingDataPointsCondition: condition,
  signals: z
    .object({
      types: z.array(z.enum(CONTACT_SIGNAL_FILTER_TYPES)).optional(),
      startDate: date.optional(),
    })
    .optional(),
  emails: z.array(z.email()).optional(),
  previousEmails: z.array(z.email()).optional(),
  previousJobTitle: strings,
  skills: strings,
  certifications: strings,
  awards: strings,
  ids: strings,
  jobChangedAfterDate: date.optional(),
  jobChangedLastViewDate: date.optional(),
  education: z
    .object({
      degrees: strings,
      fieldsOfStudy: strings,
      schools: strings,
      startYearGte: z.number().int().optional(),
      graduationYearLte: z.number().int().optional(),
    })
    .optional(),
  score: z
    .object({
      minScore: z.number().int().min(0).max(100).optional(),
      maxScore: z.number().int().min(0).max(100).optional(),
    })
    .optional(),
  geographicDetails: z
    .array(
      z.object({
        country: z.string().optional(),
        zipcode: z.string().optional(),
        distance: z.number().int().optional(),
      }),
    )
    .optional(),
});
export type ContactFilter = z.infer<typeof ContactFilter>;

/** Filters Lusha calls refinement-only: they must come with a base filter. */
export const REFINEMENT_ONLY = [
  'jobChangedAfterDate',
  'jobChangedLastViewDate',
  'education',
  'score',
] as const;

const zip = z
  .array(z.object({ countryIso2: z.string().optional(), zipcode: z.string().optional() }))
  .optional();

export const CompanyFilter = z.object({
  names: strings,
  domains: strings,
  ids: strings,
  searchText: z.string().max(200).optional(),
  locations: z.array(LocationFilter).optional(),
  sizes: z.array(Range.extend({ min: z.number().int().min(0).optional() })).optional(),
  revenues: z.array(Range.extend({ min: z.number().int().min(0).optional() })).optional(),
  technologies: strings,
  technologiesCondition: condition,
  industriesLabels: strings,
  mainIndustriesIds: ints,
  subIndustriesIds: ints,
  intentTopics: strings,
  intentTopicsCondition: condition,
  intentMinScore: z.number().int().min(1).max(100).optional(),
  intentMaxScore: z.number().int().min(1).max(100).optional(),
  intentTopicsOperator: z.enum(['or', 'and', 'any', 'all']).optional(),
  topicCountThreshold: z.array(Range).optional(),
  sicCodes: strings,
  naicsCodes: strings,
  funding: Funding.optional(),
  signals: z
    .object({
      // Undeclared as an enum here, but the company signal types are the spec's
      // V3CompanySignalsDto list (and the overview's): anything else is not a signal.
      types: z.array(z.enum(COMPANY_SIGNAL_FILTER_TYPES)).optional(),
      startDate: date.optional(),
      filterByLocation: z
        .array(
          z.object({
            country: z.string().optional(),
            state: z.string().optional(),
            startDate: date.optional(),
          }),
        )
        .optional(),
      filterByDepartment: z
        .array(z.object({ department: z.string(), startDate: date.optional() }))
        .optional(),
      filterByIntentCategory: strings,
    })
    .optional(),
  foundedYear: z.array(Range).optional(),
  businessModel: z.array(z.enum(['B2B', 'B2C', 'B2G'])).optional(),
  companyType: z
    .array(
      z.enum([
        'Government',
        'Private Company',
        'Public Company',
        'Educational',
        'Non Profit',
        'Self Employed',
      ]),
    )
    .optional(),
  linkedinUrls: strings,
  keywords: strings,
  specialities: strings,
  exactSpecialities: strings,
  exactKeywords: strings,
  keywordsSearchFields: strings,
  previousCompanyDomains: strings,
  previousCompanyNames: strings,
  geographicDetails: z
    .array(
      z.object({
        country: z.string().optional(),
        zipcode: z.string().optional(),
        distance: z.number().int().optional(),
      }),
    )
    .optional(),
  locationsZipcodes: zip,
  headquarterZipcodes: zip,
});
export type CompanyFilter = z.infer<typeof CompanyFilter>;

const block = <T extends z.ZodType>(schema: T) =>
  z.object({ include: schema.optional(), exclude: schema.optional() }).optional();

const Pagination = z.object({
  page: z.number().int().min(0),
  size: z.number().int().min(10).max(100),
});

const Options = z
  .object({ includePartialProfiles: z.boolean().optional(), excludeDnc: z.boolean().optional() })
  .optional();

export const ProspectingContactsBody = z.object({
  pagination: Pagination,
  filters: z.object({ contacts: block(ContactFilter), companies: block(CompanyFilter) }),
  tableId: z.string().optional(),
  options: Options,
});
export type ProspectingContactsBody = z.infer<typeof ProspectingContactsBody>;

/** In company prospecting the contact block narrows companies to those employing such people. */
const CompanyContactFilter = z.strictObject(
  ContactFilter.pick({
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
    companies: z.object({ include: CompanyFilter, exclude: CompanyFilter.optional() }),
    contacts: block(CompanyContactFilter),
  }),
  tableId: z.string().optional(),
  options: Options,
});
export type ProspectingCompaniesBody = z.infer<typeof ProspectingCompaniesBody>;
