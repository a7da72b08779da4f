/** Companies: search (preview), enrich (reveal by id), search-and-enrich. */
import { z } from 'zod';
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
export const CompanySearchItem = z.looseObject({
  clientReferenceId: z.string().optional(),
  id: LushaId.optional(),
  name: z.string().optional(),
  domain: z.string().optional(),
});
export type CompanySearchItem = z.infer<typeof CompanySearchItem>;

/** POST /v3/companies/search (1..100 companies a call; the client chunks longer lists). */
export const SearchCompaniesRequest = z.looseObject({
  companies: z.array(CompanySearchItem).min(1).max(100),
  options: SearchOptions.optional(),
  signals: z
    .looseObject({
      types: z.array(CompanySignalType),
      startDate: IsoDate.optional(),
      maxResultsPerSignal: z.number().int().min(1).max(100).optional(),
    })
    .optional(),
});
export type SearchCompaniesRequest = z.infer<typeof SearchCompaniesRequest>;

/** Company location. */
export const CompanyLocation = z.looseObject({
  city: z.string().optional(),
  state: z.string().optional(),
  stateCode: z.string().optional(),
  country: z.string().optional(),
  countryIso2: z.string().optional(),
  continent: z.string().optional(),
  zipCode: z.string().optional(),
});
export type CompanyLocation = z.infer<typeof CompanyLocation>;

/** A non-PII company preview. */
export const CompanyPreview = z.looseObject({
  clientReferenceId: z.string().optional(),
  id: LushaId.optional(),
  name: z.string().optional(),
  domain: z.string().optional(),
  employeeCount: EmployeeCount.optional(),
  industry: z.string().optional(),
  location: CompanyLocation.optional(),
  socialLinks: LinkedinLinks.optional(),
  has: z.array(z.string()).optional(),
  canReveal: z.array(CompanyCanRevealItem).optional(),
  signalTypes: z.array(z.string()).optional(),
  error: ItemError.optional(),
});
export type CompanyPreview = z.infer<typeof CompanyPreview>;

/** Answer of company search. */
export const SearchCompaniesResponse = z.looseObject({
  requestId: z.string().optional(),
  results: z.array(CompanyPreview).optional(),
  billing: Billing.optional(),
});
export type SearchCompaniesResponse = z.infer<typeof SearchCompaniesResponse>;

/** POST /v3/companies/enrich: reveal companies by id. */
export const EnrichCompaniesRequest = z.looseObject({
  ids: z.array(LushaId).min(1).max(100),
  reveal: z.array(CompanyRevealField).optional(),
  tableId: z.string().optional(),
});
export type EnrichCompaniesRequest = z.infer<typeof EnrichCompaniesRequest>;

const IndustryCode = z.looseObject({
  code: z.number().int().optional(),
  description: z.string().optional(),
});
const Count = { count: z.number().int().optional() };

/** A fully enriched company. */
export const EnrichedCompany = z.looseObject({
  id: LushaId.optional(),
  name: z.string().optional(),
  alternativeName: z.string().optional(),
  domain: z.string().optional(),
  alternativeDomains: z.array(z.string()).optional(),
  description: z.string().optional(),
  companyType: z.string().optional(),
  yearFounded: z.number().optional(),
  employeeCount: EmployeeCount.optional(),
  industry: z.string().optional(),
  subIndustry: z.string().optional(),
  specialities: z.array(z.string()).optional(),
  industryTags: z.array(z.string()).optional(),
  sicCodes: z.array(IndustryCode).optional(),
  naicsCodes: z.array(IndustryCode).optional(),
  companyOffering: z.string().optional(),
  emailDomain: z.string().optional(),
  additionalIndustries: z
    .array(z.looseObject({ industry: z.string().optional(), subIndustry: z.string().optional() }))
    .max(2)
    .optional(),
  estimatedAnnualItSpend: z
    .looseObject({
      value: z.number().optional(),
      currency: z.string().optional(),
      valueUsd: z.number().optional(),
    })
    .optional(),
  monthlyWebsiteTraffic: z
    .looseObject({
      visits: z.number().optional(),
      momChangePercent: z.number().optional(),
      month: z.string().optional(),
    })
    .optional(),
  location: CompanyLocation.optional(),
  additionalLocations: z.array(CompanyLocation).optional(),
  socialLinks: LinkedinLinks.extend({
    facebook: z.string().nullish(),
    x: z.string().nullish(),
  }).optional(),
  linkedinFollowers: z.number().optional(),
  revenueRange: z
    .looseObject({ min: z.number().optional(), max: z.number().optional() })
    .optional(),
  funding: z.unknown().optional(),
  intent: z.unknown().optional(),
  technologies: z.array(z.string()).optional(),
  popularityTier: z.number().optional(),
  logoUrl: z.string().optional(),
  employeesByDepartment: z
    .array(z.looseObject({ department: z.string().optional(), ...Count }))
    .optional(),
  employeesByLocation: z
    .array(z.looseObject({ country: z.string().optional(), state: z.string().nullish(), ...Count }))
    .optional(),
  employeesBySeniority: z
    .array(z.looseObject({ seniority: z.string().optional(), ...Count }))
    .optional(),
  competitors: z
    .array(
      z.looseObject({
        id: LushaId.optional(),
        name: z.string().optional(),
        domain: z.string().optional(),
      }),
    )
    .optional(),
  businessModel: z.array(z.string()).optional(),
  phone: z.string().optional(),
  email: z.string().optional(),
  keywords: z.array(z.string()).optional(),
  specialitiesRefactored: z.array(z.string()).optional(),
  error: ItemError.optional(),
});
export type EnrichedCompany = z.infer<typeof EnrichedCompany>;

/** Answer of company enrich. */
export const EnrichCompaniesResponse = z.looseObject({
  requestId: z.string().optional(),
  results: z.array(EnrichedCompany).optional(),
  tableWrite: TableWrite.optional(),
  billing: Billing.optional(),
});
export type EnrichCompaniesResponse = z.infer<typeof EnrichCompaniesResponse>;

/** POST /v3/companies/search-and-enrich. */
export const SearchAndEnrichCompaniesRequest = z.looseObject({
  companies: z.array(CompanySearchItem).min(1).max(100),
  options: SearchOptions.optional(),
});
export type SearchAndEnrichCompaniesRequest = z.infer<typeof SearchAndEnrichCompaniesRequest>;

/** An enriched company with the caller's `clientReferenceId`. */
export const SearchAndEnrichCompanyResult = EnrichedCompany.extend({
  clientReferenceId: z.string().optional(),
});
export type SearchAndEnrichCompanyResult = z.infer<typeof SearchAndEnrichCompanyResult>;

/** Answer of company search-and-enrich. */
export const SearchAndEnrichCompaniesResponse = z.looseObject({
  requestId: z.string().optional(),
  results: z.array(SearchAndEnrichCompanyResult).optional(),
  billing: Billing.optional(),
});
export type SearchAndEnrichCompaniesResponse = z.infer<typeof SearchAndEnrichCompaniesResponse>;
