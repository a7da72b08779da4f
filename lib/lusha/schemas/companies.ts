/** Companies: search (preview), enrich (reveal by id); search-and-enrich is its own file. */
import * as z from 'zod/mini';
import {
  Billing,
  CompanyCanRevealItem,
  EmployeeCount,
  IsoDate,
  ItemError,
  LinkedinLinks,
  LushaId,
  SearchOptions,
  TableWrite,
} from './common';

/** Company signal types. */
export const CompanySignalType = z.enum([
  'allSignals',
  'linkedinActivityIntent',
  'websiteTrafficDecrease',
  'websiteTrafficIncrease',
  'itSpendIncrease',
  'itSpendDecrease',
  'surgeInHiring',
  'headcountIncrease1m',
  'headcountIncrease3m',
  'headcountIncrease6m',
  'headcountIncrease12m',
  'headcountDecrease1m',
  'headcountDecrease3m',
  'headcountDecrease6m',
  'headcountDecrease12m',
  'surgeInHiringByDepartment',
  'surgeInHiringByLocation',
  'riskNews',
  'commercialActivityNews',
  'corporateStrategyNews',
  'financialEventsNews',
  'peopleNews',
  'marketIntelligenceNews',
  'productActivityNews',
]);
export type CompanySignalType = z.infer<typeof CompanySignalType>;

/** Company data points that enrich can reveal on top of the base profile. */
export const CompanyRevealField = z.enum([
  'employeesByDepartment',
  'employeesByLocation',
  'employeesBySeniority',
  'competitors',
  'intent',
  'estimatedAnnualItSpend',
  'monthlyWebsiteTraffic',
]);
export type CompanyRevealField = z.infer<typeof CompanyRevealField>;

/** One company to look up: by id, name or domain. */
export const CompanySearchItem = z.lazy(() =>
  z.looseObject({
    clientReferenceId: z.optional(z.string()),
    id: z.optional(LushaId),
    name: z.optional(z.string()),
    domain: z.optional(z.string()),
  }),
);
export type CompanySearchItem = z.infer<typeof CompanySearchItem>;

/** POST /v3/companies/search (1..100 companies a call; the client chunks longer lists). */
export const SearchCompaniesRequest = z.lazy(() =>
  z.looseObject({
    companies: z.array(CompanySearchItem).check(z.minLength(1), z.maxLength(100)),
    options: z.optional(SearchOptions),
    signals: z.optional(
      z.looseObject({
        types: z.array(CompanySignalType),
        startDate: z.optional(IsoDate),
        maxResultsPerSignal: z.optional(z.int().check(z.minimum(1), z.maximum(100))),
      }),
    ),
  }),
);
export type SearchCompaniesRequest = z.infer<typeof SearchCompaniesRequest>;

/** Company location. */
export const CompanyLocation = z.lazy(() =>
  z.looseObject({
    city: z.optional(z.string()),
    state: z.optional(z.string()),
    stateCode: z.optional(z.string()),
    country: z.optional(z.string()),
    countryIso2: z.optional(z.string()),
    continent: z.optional(z.string()),
    zipCode: z.optional(z.string()),
  }),
);
export type CompanyLocation = z.infer<typeof CompanyLocation>;

/** A non-PII company preview. */
export const CompanyPreview = z.looseObject({
  clientReferenceId: z.optional(z.string()),
  id: z.optional(LushaId),
  name: z.optional(z.string()),
  domain: z.optional(z.string()),
  employeeCount: z.optional(EmployeeCount),
  industry: z.optional(z.string()),
  location: z.optional(CompanyLocation),
  socialLinks: z.optional(LinkedinLinks),
  has: z.optional(z.array(z.string())),
  canReveal: z.optional(z.array(CompanyCanRevealItem)),
  signalTypes: z.optional(z.array(z.string())),
  error: z.optional(ItemError),
});
export type CompanyPreview = z.infer<typeof CompanyPreview>;

/** Answer of company search. */
export const SearchCompaniesResponse = z.lazy(() =>
  z.looseObject({
    requestId: z.optional(z.string()),
    results: z.optional(z.array(CompanyPreview)),
    billing: z.optional(Billing),
  }),
);
export type SearchCompaniesResponse = z.infer<typeof SearchCompaniesResponse>;

/** POST /v3/companies/enrich: reveal companies by id. */
export const EnrichCompaniesRequest = z.lazy(() =>
  z.looseObject({
    ids: z.array(LushaId).check(z.minLength(1), z.maxLength(100)),
    reveal: z.optional(z.array(CompanyRevealField)),
    tableId: z.optional(z.string()),
  }),
);
export type EnrichCompaniesRequest = z.infer<typeof EnrichCompaniesRequest>;

const IndustryCode = z.lazy(() =>
  z.looseObject({
    code: z.optional(z.int()),
    description: z.optional(z.string()),
  }),
);
const Count = { count: z.optional(z.int()) };

/** A fully enriched company. */
export const EnrichedCompany = z.looseObject({
  id: z.optional(LushaId),
  name: z.optional(z.string()),
  alternativeName: z.optional(z.string()),
  domain: z.optional(z.string()),
  alternativeDomains: z.optional(z.array(z.string())),
  description: z.optional(z.string()),
  companyType: z.optional(z.string()),
  yearFounded: z.optional(z.number()),
  employeeCount: z.optional(EmployeeCount),
  industry: z.optional(z.string()),
  subIndustry: z.optional(z.string()),
  specialities: z.optional(z.array(z.string())),
  industryTags: z.optional(z.array(z.string())),
  sicCodes: z.optional(z.array(IndustryCode)),
  naicsCodes: z.optional(z.array(IndustryCode)),
  companyOffering: z.optional(z.string()),
  emailDomain: z.optional(z.string()),
  additionalIndustries: z.optional(
    z
      .array(
        z.looseObject({ industry: z.optional(z.string()), subIndustry: z.optional(z.string()) }),
      )
      .check(z.maxLength(2)),
  ),
  estimatedAnnualItSpend: z.optional(
    z.looseObject({
      value: z.optional(z.number()),
      currency: z.optional(z.string()),
      valueUsd: z.optional(z.number()),
    }),
  ),
  monthlyWebsiteTraffic: z.optional(
    z.looseObject({
      visits: z.optional(z.number()),
      momChangePercent: z.optional(z.number()),
      month: z.optional(z.string()),
    }),
  ),
  location: z.optional(CompanyLocation),
  additionalLocations: z.optional(z.array(CompanyLocation)),
  socialLinks: z.optional(
    z.extend(LinkedinLinks, {
      facebook: z.nullish(z.string()),
      x: z.nullish(z.string()),
    }),
  ),
  linkedinFollowers: z.optional(z.number()),
  revenueRange: z.optional(
    z.looseObject({ min: z.optional(z.number()), max: z.optional(z.number()) }),
  ),
  funding: z.optional(z.unknown()),
  intent: z.optional(z.unknown()),
  technologies: z.optional(z.array(z.string())),
  popularityTier: z.optional(z.number()),
  logoUrl: z.optional(z.string()),
  employeesByDepartment: z.optional(
    z.array(z.looseObject({ department: z.optional(z.string()), ...Count })),
  ),
  employeesByLocation: z.optional(
    z.array(
      z.looseObject({ country: z.optional(z.string()), state: z.nullish(z.string()), ...Count }),
    ),
  ),
  employeesBySeniority: z.optional(
    z.array(z.looseObject({ seniority: z.optional(z.string()), ...Count })),
  ),
  competitors: z.optional(
    z.array(
      z.looseObject({
        id: z.optional(LushaId),
        name: z.optional(z.string()),
        domain: z.optional(z.string()),
      }),
    ),
  ),
  businessModel: z.optional(z.array(z.string())),
  phone: z.optional(z.string()),
  email: z.optional(z.string()),
  keywords: z.optional(z.array(z.string())),
  specialitiesRefactored: z.optional(z.array(z.string())),
  error: z.optional(ItemError),
});
export type EnrichedCompany = z.infer<typeof EnrichedCompany>;

/** Answer of company enrich. */
export const EnrichCompaniesResponse = z.lazy(() =>
  z.looseObject({
    requestId: z.optional(z.string()),
    results: z.optional(z.array(EnrichedCompany)),
    tableWrite: z.optional(TableWrite),
    billing: z.optional(Billing),
  }),
);
export type EnrichCompaniesResponse = z.infer<typeof EnrichCompaniesResponse>;
