/** Prospecting: filtered, paged search of contacts or companies (previews, billed per result). */
import * as z from 'zod/mini';
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

const strings = z.optional(z.array(z.string()));
const ints = z.optional(z.array(z.int()));
const AndOr = z.enum(['or', 'and']);
const Geo = z.lazy(() =>
  z.array(
    z.looseObject({
      country: z.optional(z.string()),
      zipcode: z.optional(z.string()),
      distance: z.optional(z.int()),
    }),
  ),
);
const Zipcodes = z.lazy(() =>
  z.array(z.looseObject({ countryIso2: z.optional(z.string()), zipcode: z.optional(z.string()) })),
);
const FundingCoverage = z.enum(['last_funding', 'any_round', 'total_funds', 'last_round']);

/** Contact criteria of contact prospecting (include or exclude). */
export const ContactFilterCriteria = z.lazy(() =>
  z.looseObject({
    names: strings,
    jobTitles: strings,
    jobTitlesExactMatch: strings,
    normalizedJobTitles: strings,
    searchText: z.optional(z.string()),
    countries: strings,
    locations: z.optional(z.array(LocationFilter)),
    seniorityIds: ints,
    departments: strings,
    linkedinUrls: strings,
    existingDataPoints: strings,
    signals: z.optional(
      z.looseObject({
        types: z.optional(z.array(ContactSignalType)),
        startDate: z.optional(IsoDate),
      }),
    ),
    emails: z.optional(z.array(z.email())),
    previousEmails: z.optional(z.array(z.email())),
    previousJobTitle: strings,
    skills: strings,
    certifications: strings,
    awards: strings,
    ids: strings,
    existingDataPointsCondition: z.optional(AndOr),
    jobChangedAfterDate: z.optional(IsoDate),
    jobChangedLastViewDate: z.optional(IsoDate),
    education: z.optional(
      z.looseObject({
        degrees: strings,
        fieldsOfStudy: strings,
        schools: strings,
        startYearGte: z.optional(z.int()),
        graduationYearLte: z.optional(z.int()),
      }),
    ),
    score: z.optional(
      z.looseObject({
        minScore: z.optional(z.int().check(z.minimum(0), z.maximum(100))),
        maxScore: z.optional(z.int().check(z.minimum(0), z.maximum(100))),
      }),
    ),
    geographicDetails: z.optional(Geo),
  }),
);
export type ContactFilterCriteria = z.infer<typeof ContactFilterCriteria>;

/** Company criteria (include or exclude) shared by both prospecting calls. */
export const CompanyFilterCriteria = z.lazy(() =>
  z.looseObject({
    names: strings,
    domains: strings,
    ids: strings,
    searchText: z.optional(z.string()),
    locations: z.optional(z.array(LocationFilter)),
    sizes: z.optional(z.array(RangeFilter)),
    revenues: z.optional(z.array(RangeFilter)),
    technologies: strings,
    technologiesCondition: z.optional(AndOr),
    industriesLabels: strings,
    mainIndustriesIds: ints,
    subIndustriesIds: ints,
    intentTopics: strings,
    intentTopicsCondition: z.optional(AndOr),
    intentMinScore: z.optional(z.int().check(z.minimum(1), z.maximum(100))),
    intentMaxScore: z.optional(z.int().check(z.minimum(1), z.maximum(100))),
    intentTopicsOperator: z.optional(z.enum(['or', 'and', 'any', 'all'])),
    topicCountThreshold: z.optional(z.array(RangeFilter)),
    sicCodes: strings,
    naicsCodes: strings,
    funding: z.optional(
      z.looseObject({
        isIpo: z.optional(z.boolean()),
        ranges: z.optional(z.array(z.looseObject({ coverage: z.optional(FundingCoverage) }))),
        date: z.optional(z.looseObject({ coverage: z.optional(FundingCoverage) })),
        rounds: z.optional(z.array(z.looseObject({ coverage: z.optional(FundingCoverage) }))),
        names: z.optional(z.array(z.looseObject({ coverage: z.optional(FundingCoverage) }))),
        investors: strings,
        types: strings,
      }),
    ),
    signals: z.optional(z.looseObject({ types: strings, startDate: z.optional(IsoDate) })),
    foundedYear: z.optional(z.array(RangeFilter)),
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
    geographicDetails: z.optional(Geo),
    locationsZipcodes: z.optional(Zipcodes),
    headquarterZipcodes: z.optional(Zipcodes),
  }),
);
export type CompanyFilterCriteria = z.infer<typeof CompanyFilterCriteria>;

/** Contact criteria allowed inside company prospecting. */
export const ContactsOnCompanySearchFilters = z.lazy(() =>
  z.looseObject({
    jobTitles: strings,
    departments: strings,
    seniorityIds: ints,
    skills: strings,
    locations: z.optional(z.array(LocationFilter)),
    existingDataPoints: strings,
  }),
);
export type ContactsOnCompanySearchFilters = z.infer<typeof ContactsOnCompanySearchFilters>;

function includeExclude<T extends z.ZodMiniType>(criteria: T) {
  return z.looseObject({ include: z.optional(criteria), exclude: z.optional(criteria) });
}

/** POST /v3/contacts/prospecting. */
export const ProspectingContactsRequest = z.lazy(() =>
  z.looseObject({
    pagination: PaginationRequest,
    filters: z.looseObject({
      contacts: z.optional(includeExclude(ContactFilterCriteria)),
      companies: z.optional(includeExclude(CompanyFilterCriteria)),
    }),
    tableId: z.optional(z.string()),
    options: z.optional(
      z.looseObject({
        includePartialProfiles: z.optional(z.boolean()),
        excludeDnc: z.optional(z.boolean()),
      }),
    ),
  }),
);
export type ProspectingContactsRequest = z.infer<typeof ProspectingContactsRequest>;

/** POST /v3/companies/prospecting. */
export const ProspectingCompaniesRequest = z.lazy(() =>
  z.looseObject({
    pagination: PaginationRequest,
    filters: z.looseObject({
      companies: z.looseObject({
        include: CompanyFilterCriteria,
        exclude: z.optional(CompanyFilterCriteria),
      }),
      contacts: z.optional(includeExclude(ContactsOnCompanySearchFilters)),
    }),
    tableId: z.optional(z.string()),
    options: z.optional(z.looseObject({ includePartialProfiles: z.optional(z.boolean()) })),
  }),
);
export type ProspectingCompaniesRequest = z.infer<typeof ProspectingCompaniesRequest>;

/** Answer of contact prospecting. */
export const ProspectingContactsResponse = z.lazy(() =>
  z.looseObject({
    requestId: z.optional(z.string()),
    results: z.optional(z.array(ContactPreview)),
    pagination: z.optional(PaginationResponse),
    tableWrite: z.optional(TableWrite),
    billing: z.optional(Billing),
  }),
);
export type ProspectingContactsResponse = z.infer<typeof ProspectingContactsResponse>;

/** Answer of company prospecting. */
export const ProspectingCompaniesResponse = z.lazy(() =>
  z.looseObject({
    requestId: z.optional(z.string()),
    results: z.optional(z.array(CompanyPreview)),
    pagination: z.optional(PaginationResponse),
    tableWrite: z.optional(TableWrite),
    billing: z.optional(Billing),
  }),
);
export type ProspectingCompaniesResponse = z.infer<typeof ProspectingCompaniesResponse>;
