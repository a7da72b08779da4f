/** Prospecting: filtered, paged search of contacts or companies (previews, billed per result). */
import { z } from 'zod';
import {
  Billing,
  IsoDate,
  LocationFilter,
  PaginationRequest,
  PaginationResponse,
  RangeFilter,
  TableWrite,
} from './common';
import { ContactSignalType, ContactPreview } from './contacts';
import { CompanyPreview } from './companies';

const strings = z.array(z.string()).optional();
const ints = z.array(z.number().int()).optional();
const AndOr = z.enum(['or', 'and']);
const Geo = z.array(
  z.looseObject({
    country: z.string().optional(),
    zipcode: z.string().optional(),
    distance: z.number().int().optional(),
  }),
);
const Zipcodes = z.array(
  z.looseObject({ countryIso2: z.string().optional(), zipcode: z.string().optional() }),
);
const FundingCoverage = z.enum(['last_funding', 'any_round', 'total_funds', 'last_round']);

/** Contact criteria of contact prospecting (include or exclude). */
export const ContactFilterCriteria = z.looseObject({
  names: strings,
  jobTitles: strings,
  jobTitlesExactMatch: strings,
  normalizedJobTitles: strings,
  searchText: z.string().optional(),
  countries: strings,
  locations: z.array(LocationFilter).optional(),
  seniorityIds: ints,
  departments: strings,
  linkedinUrls: strings,
  existingDataPoints: strings,
  signals: z
    .looseObject({ types: z.array(ContactSignalType).optional(), startDate: IsoDate.optional() })
    .optional(),
  emails: z.array(z.email()).optional(),
  previousEmails: z.array(z.email()).optional(),
  previousJobTitle: strings,
  skills: strings,
  certifications: strings,
  awards: strings,
  ids: strings,
  existingDataPointsCondition: AndOr.optional(),
  jobChangedAfterDate: IsoDate.optional(),
  jobChangedLastViewDate: IsoDate.optional(),
  education: z
    .looseObject({
      degrees: strings,
      fieldsOfStudy: strings,
      schools: strings,
      startYearGte: z.number().int().optional(),
      graduationYearLte: z.number().int().optional(),
    })
    .optional(),
  score: z
    .looseObject({
      minScore: z.number().int().min(0).max(100).optional(),
      maxScore: z.number().int().min(0).max(100).optional(),
    })
    .optional(),
  geographicDetails: Geo.optional(),
});
export type ContactFilterCriteria = z.infer<typeof ContactFilterCriteria>;

/** Company criteria (include or exclude) shared by both prospecting calls. */
export const CompanyFilterCriteria = z.looseObject({
  names: strings,
  domains: strings,
  ids: strings,
  searchText: z.string().optional(),
  locations: z.array(LocationFilter).optional(),
  sizes: z.array(RangeFilter).optional(),
  revenues: z.array(RangeFilter).optional(),
  technologies: strings,
  technologiesCondition: AndOr.optional(),
  industriesLabels: strings,
  mainIndustriesIds: ints,
  subIndustriesIds: ints,
  intentTopics: strings,
  intentTopicsCondition: AndOr.optional(),
  intentMinScore: z.number().int().min(1).max(100).optional(),
  intentMaxScore: z.number().int().min(1).max(100).optional(),
  intentTopicsOperator: z.enum(['or', 'and', 'any', 'all']).optional(),
  topicCountThreshold: z.array(RangeFilter).optional(),
  sicCodes: strings,
  naicsCodes: strings,
  funding: z
    .looseObject({
      isIpo: z.boolean().optional(),
      ranges: z.array(z.looseObject({ coverage: FundingCoverage.optional() })).optional(),
      date: z.looseObject({ coverage: FundingCoverage.optional() }).optional(),
      rounds: z.array(z.looseObject({ coverage: FundingCoverage.optional() })).optional(),
      names: z.array(z.looseObject({ coverage: FundingCoverage.optional() })).optional(),
      investors: strings,
      types: strings,
    })
    .optional(),
  signals: z.looseObject({ types: strings, startDate: IsoDate.optional() }).optional(),
  foundedYear: z.array(RangeFilter).optional(),
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
  geographicDetails: Geo.optional(),
  locationsZipcodes: Zipcodes.optional(),
  headquarterZipcodes: Zipcodes.optional(),
});
export type CompanyFilterCriteria = z.infer<typeof CompanyFilterCriteria>;

/** Contact criteria allowed inside company prospecting. */
export const ContactsOnCompanySearchFilters = z.looseObject({
  jobTitles: strings,
  departments: strings,
  seniorityIds: ints,
  skills: strings,
  locations: z.array(LocationFilter).optional(),
  existingDataPoints: strings,
});
export type ContactsOnCompanySearchFilters = z.infer<typeof ContactsOnCompanySearchFilters>;

function includeExclude<T extends z.ZodType>(criteria: T) {
  return z.looseObject({ include: criteria.optional(), exclude: criteria.optional() });
}

/** POST /v3/contacts/prospecting. */
export const ProspectingContactsRequest = z.looseObject({
  pagination: PaginationRequest,
  filters: z.looseObject({
    contacts: includeExclude(ContactFilterCriteria).optional(),
    companies: includeExclude(CompanyFilterCriteria).optional(),
  }),
  tableId: z.string().optional(),
  options: z
    .looseObject({
      includePartialProfiles: z.boolean().optional(),
      excludeDnc: z.boolean().optional(),
    })
    .optional(),
});
export type ProspectingContactsRequest = z.infer<typeof ProspectingContactsRequest>;

/** POST /v3/companies/prospecting. */
export const ProspectingCompaniesRequest = z.looseObject({
  pagination: PaginationRequest,
  filters: z.looseObject({
    companies: z.looseObject({
      include: CompanyFilterCriteria,
      exclude: CompanyFilterCriteria.optional(),
    }),
    contacts: includeExclude(ContactsOnCompanySearchFilters).optional(),
  }),
  tableId: z.string().optional(),
  options: z.looseObject({ includePartialProfiles: z.boolean().optional() }).optional(),
});
export type ProspectingCompaniesRequest = z.infer<typeof ProspectingCompaniesRequest>;

/** Answer of contact prospecting. */
export const ProspectingContactsResponse = z.looseObject({
  requestId: z.string().optional(),
  results: z.array(ContactPreview).optional(),
  pagination: PaginationResponse.optional(),
  tableWrite: TableWrite.optional(),
  billing: Billing.optional(),
});
export type ProspectingContactsResponse = z.infer<typeof ProspectingContactsResponse>;

/** Answer of company prospecting. */
export const ProspectingCompaniesResponse = z.looseObject({
  requestId: z.string().optional(),
  results: z.array(CompanyPreview).optional(),
  pagination: PaginationResponse.optional(),
  tableWrite: TableWrite.optional(),
  billing: Billing.optional(),
});
export type ProspectingCompaniesResponse = z.infer<typeof ProspectingCompaniesResponse>;
