/**
 * `POST /v3/contacts/search` (searchContacts) and `POST /v3/companies/search` (searchCompanies):
 * non-PII previews by identifier, per-item errors in place, billed per successful result via
 * `api_search` (at least one unit per request) plus matched signals when a signals filter is set.
 */
import type { Dataset } from '../dataset';
import type { RouteDef, RouteInput, SandboxContext } from '../types';
import { companyPreview } from './enrichment-companies';
import { contactPreview } from './enrichment-contacts';
import { companyOutcome, contactOutcome, type Outcome } from './enrichment-lookup';
import { CompaniesSearchRequest, ContactsSearchRequest, parseRequest } from './enrichment-schema';

/** Bills a search: `api_search` per successful result (min. one unit), signals per match. */
export function chargeSearch(
  ctx: SandboxContext<Dataset>,
  outcomes: Outcome<unknown>[],
  signalAction?: string,
): number {
  const found = outcomes.filter((o) => 'record' in o);
  let credits = ctx.charge('api_search', Math.max(1, found.length) * ctx.price('api_search'));
  const hits = found.reduce((n, o) => n + ('record' in o ? (o.signalTypes?.length ?? 0) : 0), 0);
  if (signalAction && hits > 0) credits += ctx.charge(signalAction, hits * ctx.price(signalAction));
  return credits;
}

/** A clientReferenceId echo, when the item had one. */
export function ref(item: { clientReferenceId?: string }) {
  return item.clientReferenceId === undefined ? {} : { clientReferenceId: item.clientReferenceId };
}

function searchContacts(input: RouteInput, ctx: SandboxContext<Dataset>) {
  const request = parseRequest(ContactsSearchRequest, input.body);
  const options = {
    includePartialProfiles: request.options?.includePartialProfiles ?? false,
    signals: request.signals,
    now: ctx.clock.now(),
  };
  const outcomes = request.contacts.map((item) => contactOutcome(ctx.dataset, item, options));
  const creditsCharged = chargeSearch(ctx, outcomes, 'showSignalsContact');
  const results = outcomes.map((o, i) => ({
    ...ref(request.contacts[i]!),
    ...('record' in o ? contactPreview(ctx, o.record, o.signalTypes) : { error: o.error }),
  }));
  return respond(results, creditsCharged, outcomes);
}

function searchCompanies(input: RouteInput, ctx: SandboxContext<Dataset>) {
  const request = parseRequest(CompaniesSearchRequest, input.body);
  const options = {
    includePartialProfiles: request.options?.includePartialProfiles ?? false,
    signals: request.signals,
    now: ctx.clock.now(),
  };
  const outcomes = request.companies.map((item) => companyOutcome(ctx.dataset, item, options));
  const creditsCharged = chargeSearch(ctx, outcomes, 'showSignalsCompany');
  const results = outcomes.map((o, i) => ({
    ...ref(request.companies[i]!),
    ...('record' in o ? companyPreview(ctx, o.record, o.signalTypes) : { error: o.error }),
  }));
  return respond(results, creditsCharged, outcomes);
}

/** The 200 answer of an enrichment operation. */
export function respond(results: unknown[], creditsCharged: number, outcomes: Outcome<unknown>[]) {
  return {
    status: 200,
    body: {
      requestId: crypto.randomUUID(),
      results,
      billing: { creditsCharged, resultsReturned: outcomes.filter((o) => 'record' in o).length },
    },
  };
}

export const searchRoutes: RouteDef<Dataset>[] = [
  {
    operationId: 'searchContacts',
    method: 'POST',
    path: '/v3/contacts/search',
    rateClass: 'general',
    handler: searchContacts,
  },
  {
    operationId: 'searchCompanies',
    method: 'POST',
    path: '/v3/companies/search',
    rateClass: 'general',
    handler: searchCompanies,
  },
];
