/**
 * The 33 Lusha operations the client speaks: method, path template and schemas, keyed by the
 * spec's operationId. The client and the contract tests both read this table.
 */
import type * as z from 'zod/mini';
import * as s from './schemas';

/** One operation: `{name}` in `path` is filled from the call's path parameters. */
export interface OperationDef {
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE';
  path: string;
  /** Schema of the JSON body; absent when the call sends none. */
  request?: z.ZodMiniType;
  response: z.ZodMiniType;
}

function op<R extends z.ZodMiniType, Q extends z.ZodMiniType | undefined = undefined>(
  method: OperationDef['method'],
  path: string,
  response: R,
  request?: Q,
) {
  return { method, path, response, request };
}

/**
 * Operations Lusha bills, and the list their answers carry: their answers are read tolerantly
 * (see tolerant.ts), and an answer without that list is an error, never "nothing found".
 */
export const BILLED_LISTS: Partial<Record<string, 'results'>> = {
  searchContacts: 'results',
  enrichContacts: 'results',
  searchAndEnrichContacts: 'results',
  searchCompanies: 'results',
  enrichCompanies: 'results',
  searchAndEnrichCompanies: 'results',
  prospectingContacts: 'results',
  prospectingCompanies: 'results',
  getContactSignals: 'results',
  getCompanySignals: 'results',
  getContactLookalikes: 'results',
  getCompanyLookalikes: 'results',
  getWebsiteVisits: 'results',
};

/** Operation table keyed by operationId. */
export const operations = {
  searchContacts: op(
    'POST',
    '/v3/contacts/search',
    s.SearchContactsResponse,
    s.SearchContactsRequest,
  ),
  enrichContacts: op(
    'POST',
    '/v3/contacts/enrich',
    s.EnrichContactsResponse,
    s.EnrichContactsRequest,
  ),
  searchAndEnrichContacts: op(
    'POST',
    '/v3/contacts/search-and-enrich',
    s.SearchAndEnrichContactsResponse,
    s.SearchAndEnrichContactsRequest,
  ),
  searchCompanies: op(
    'POST',
    '/v3/companies/search',
    s.SearchCompaniesResponse,
    s.SearchCompaniesRequest,
  ),
  enrichCompanies: op(
    'POST',
    '/v3/companies/enrich',
    s.EnrichCompaniesResponse,
    s.EnrichCompaniesRequest,
  ),
  searchAndEnrichCompanies: op(
    'POST',
    '/v3/companies/search-and-enrich',
    s.SearchAndEnrichCompaniesResponse,
    s.SearchAndEnrichCompaniesRequest,
  ),
  prospectingContacts: op(
    'POST',
    '/v3/contacts/prospecting',
    s.ProspectingContactsResponse,
    s.ProspectingContactsRequest,
  ),
  prospectingCompanies: op(
    'POST',
    '/v3/companies/prospecting',
    s.ProspectingCompaniesResponse,
    s.ProspectingCompaniesRequest,
  ),
  getContactFilterTypes: op('GET', '/v3/contacts/prospecting/filters', s.FilterTypesResponse),
  getContactFilterValues: op(
    'GET',
    '/v3/contacts/prospecting/filters/{filterType}',
    s.FilterValuesResponse,
  ),
  getCompanyFilterTypes: op('GET', '/v3/companies/prospecting/filters', s.FilterTypesResponse),
  getCompanyFilterValues: op(
    'GET',
    '/v3/companies/prospecting/filters/{filterType}',
    s.FilterValuesResponse,
  ),
  getContactSignals: op(
    'POST',
    '/v3/contacts/signals',
    s.GetContactSignalsResponse,
    s.GetContactSignalsRequest,
  ),
  getCompanySignals: op(
    'POST',
    '/v3/companies/signals',
    s.GetCompanySignalsResponse,
    s.GetCompanySignalsRequest,
  ),
  getContactSignalTypes: op('GET', '/v3/contacts/signals/types', s.SignalTypesResponse),
  getCompanySignalTypes: op('GET', '/v3/companies/signals/types', s.SignalTypesResponse),
  getCompanySignalFilters: op('GET', '/v3/companies/signals/filters', s.FilterTypesResponse),
  getCompanySignalFilterValues: op(
    'GET',
    '/v3/companies/signals/filters/{filterType}',
    s.FilterValuesResponse,
  ),
  getContactLookalikes: op(
    'POST',
    '/v3/contacts/lookalike',
    s.GetContactLookalikesResponse,
    s.GetContactLookalikesRequest,
  ),
  getCompanyLookalikes: op(
    'POST',
    '/v3/companies/lookalike',
    s.GetCompanyLookalikesResponse,
    s.GetCompanyLookalikesRequest,
  ),
  getWebsiteVisits: op(
    'POST',
    '/v3/companies/website-visits',
    s.GetWebsiteVisitsResponse,
    s.GetWebsiteVisitsRequest,
  ),
  getAccountUsage: op('GET', '/v3/account/usage', s.GetAccountUsageResponse),
  createSubscription: op(
    'POST',
    '/api/subscriptions',
    s.CreateSubscriptionResponse,
    s.CreateSubscriptionRequest,
  ),
  listSubscriptions: op('GET', '/api/subscriptions', s.ListSubscriptionsResponse),
  getSubscriptionById: op('GET', '/api/subscriptions/{id}', s.Subscription),
  updateSubscription: op(
    'PATCH',
    '/api/subscriptions/{id}',
    s.UpdateSubscriptionResponse,
    s.UpdateSubscriptionRequest,
  ),
  deleteSubscriptions: op(
    'POST',
    '/api/subscriptions/delete',
    s.DeleteSubscriptionsResponse,
    s.DeleteSubscriptionsRequest,
  ),
  testSubscription: op('POST', '/api/subscriptions/{id}/test', s.TestSubscriptionResponse),
  createOptOutSubscription: op(
    'POST',
    '/api/subscriptions/opt-out',
    s.CreateOptOutSubscriptionResponse,
    s.CreateOptOutSubscriptionRequest,
  ),
  getAuditLogs: op('GET', '/api/audit-logs', s.GetAuditLogsResponse),
  getAuditLogStats: op('GET', '/api/audit-logs/stats', s.GetAuditLogStatsResponse),
  getAccountSecret: op('GET', '/api/account/secret', s.AccountSecretResponse),
  regenerateAccountSecret: op('POST', '/api/account/secret/regenerate', s.AccountSecretResponse),
} satisfies Record<string, OperationDef>;

/** An operationId the client speaks. */
export type OperationId = keyof typeof operations;

/** Parsed response type of an operation. */
export type OperationResponse<K extends OperationId> = z.infer<(typeof operations)[K]['response']>;
