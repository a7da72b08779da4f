/** Companies: search-and-enrich (preview and reveal in one call). */
import * as z from 'zod/mini';
import { Billing, SearchOptions } from './common';
import { CompanySearchItem, EnrichedCompany } from './companies';

/** POST /v3/companies/search-and-enrich. */
export const SearchAndEnrichCompaniesRequest = z.lazy(() =>
  z.looseObject({
    companies: z.array(CompanySearchItem).check(z.minLength(1), z.maxLength(100)),
    options: z.optional(SearchOptions),
  }),
);
export type SearchAndEnrichCompaniesRequest = z.infer<typeof SearchAndEnrichCompaniesRequest>;

/** An enriched company with the caller's `clientReferenceId`. */
export const SearchAndEnrichCompanyResult = z.lazy(() =>
  z.extend(EnrichedCompany, {
    clientReferenceId: z.optional(z.string()),
  }),
);
export type SearchAndEnrichCompanyResult = z.infer<typeof SearchAndEnrichCompanyResult>;

/** Answer of company search-and-enrich. */
export const SearchAndEnrichCompaniesResponse = z.lazy(() =>
  z.looseObject({
    requestId: z.optional(z.string()),
    results: z.optional(z.array(SearchAndEnrichCompanyResult)),
    billing: z.optional(Billing),
  }),
);
export type SearchAndEnrichCompaniesResponse = z.infer<typeof SearchAndEnrichCompaniesResponse>;
