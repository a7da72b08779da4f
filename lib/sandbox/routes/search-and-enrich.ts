/**
 * `POST /v3/contacts/search-and-enrich` and `POST /v3/companies/search-and-enrich`: find by
 * identifier and reveal in one call. Two charges apply: the search (`api_search`) and the
 * reveal (per field for contacts, `reveal_company` for companies), summed in `creditsCharged`.
 */
import type { Dataset } from '../dataset';
import type { RouteDef, RouteInput, SandboxContext } from '../types';
import { enrichedCompany } from './enrichment-companies';
import { enrichedContact } from './enrichment-contacts';
import { companyOutcome, contactOutcome } from './enrichment-lookup';
import {
  CompaniesSearchAndEnrichRequest,
  ContactsSearchAndEnrichRequest,
  parseRequest,
} from './enrichment-schema';
import { revealCompanies, revealContacts } from './enrich';
import { chargeSearch, ref, respond } from './search';

function searchAndEnrichContacts(input: RouteInput, ctx: SandboxContext<Dataset>) {
  const request = parseRequest(ContactsSearchAndEnrichRequest, input.body);
  const fields = request.reveal ?? ['emails', 'phones'];
  const options = {
    includePartialProfiles: request.options?.includePartialProfiles ?? false,
    now: ctx.clock.now(),
  };
  const outcomes = request.contacts.map((item) => contactOutcome(ctx.dataset, item, options));
  const found = outcomes.flatMap((o) => ('record' in o ? [o.record] : []));
  const creditsCharged = chargeSearch(ctx, outcomes) + revealContacts(ctx, found, fields);
  const results = outcomes.map((o, i) => ({
    ...ref(request.contacts[i]!),
    ...('record' in o ? enrichedContact(ctx.dataset, o.record, fields) : { error: o.error }),
  }));
  return respond(results, creditsCharged, outcomes);
}

function searchAndEnrichCompanies(input: RouteInput, ctx: SandboxContext<Dataset>) {
  const request = parseRequest(CompaniesSearchAndEnrichRequest, input.body);
  const options = {
    includePartialProfiles: request.options?.includePartialProfiles ?? false,
    now: ctx.clock.now(),
  };
  const outcomes = request.companies.map((item) => companyOutcome(ctx.dataset, item, options));
  const found = outcomes.flatMap((o) => ('record' in o ? [o.record] : []));
  const creditsCharged = chargeSearch(ctx, outcomes) + revealCompanies(ctx, found, []);
  const results = outcomes.map((o, i) => ({
    ...ref(request.companies[i]!),
    ...('record' in o ? enrichedCompany(ctx.dataset, o.record, []) : { error: o.error }),
  }));
  return respond(results, creditsCharged, outcomes);
}

export const searchAndEnrichRoutes: RouteDef<Dataset>[] = [
  {
    operationId: 'searchAndEnrichContacts',
    method: 'POST',
    path: '/v3/contacts/search-and-enrich',
    rateClass: 'general',
    handler: searchAndEnrichContacts,
  },
  {
    operationId: 'searchAndEnrichCompanies',
    method: 'POST',
    path: '/v3/companies/search-and-enrich',
    rateClass: 'general',
    handler: searchAndEnrichCompanies,
  },
];
