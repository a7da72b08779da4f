/**
 * The typed Lusha V3 client: one method per operationId, each returning
 * `{ data, billing, rateLimit }` or throwing a LushaApiError. Lists longer than one request
 * allows are chunked (see bulk.ts). The API key is read through `getApiKey` at every call.
 */
import {
  LOOKUP_CHUNK_SIZE,
  SUBSCRIPTION_CHUNK_SIZE,
  inChunks,
  mergeBatch,
  mergeResults,
  orderByIds,
} from './bulk';
import { type OperationId, type OperationResponse, operations } from './operations';
import type * as s from './schemas';
import {
  type CallOptions,
  type LushaClientOptions,
  type LushaResult,
  type RequestSpec,
  send,
} from './transport';

type Result<K extends OperationId> = Promise<LushaResult<OperationResponse<K>>>;
type Query = RequestSpec['query'];
type Parts = Omit<RequestSpec, 'operationId' | 'def'>;

/** The two ways a method sends: one request, or a list split into chunks of 100. */
function caller(options: LushaClientOptions) {
  const call = <K extends OperationId>(
    operationId: K,
    parts: Parts,
    opts?: CallOptions,
  ): Result<K> => send(options, { operationId, def: operations[operationId], ...parts }, opts);

  /** Chunks `body[key]`; merges `results` (re-ordered by the chunk's ids when `key` is ids). */
  const lookup = <K extends OperationId, B extends object>(
    operationId: K,
    body: B,
    key: keyof B & string,
    opts?: CallOptions,
  ): Result<K> =>
    inChunks(
      body[key] as unknown[],
      LOOKUP_CHUNK_SIZE,
      async (part) => {
        const result = await call(operationId, { body: { ...body, [key]: part } }, opts);
        const data = result.data as { results?: { id?: string }[] };
        if (key === 'ids' && data.results)
          data.results = orderByIds(data.results, part as string[]);
        return result;
      },
      mergeResults as (a: OperationResponse<K>, b: OperationResponse<K>) => OperationResponse<K>,
    );

  return { call, lookup };
}

type Caller = ReturnType<typeof caller>;

/** Search, enrich and signals by id: the chunked calls. */
function lookupMethods({ lookup }: Caller) {
  return {
    searchContacts: (body: s.SearchContactsRequest, opts?: CallOptions) =>
      lookup('searchContacts', body, 'contacts', opts),
    enrichContacts: (body: s.EnrichContactsRequest, opts?: CallOptions) =>
      lookup('enrichContacts', body, 'ids', opts),
    searchAndEnrichContacts: (body: s.SearchAndEnrichContactsRequest, opts?: CallOptions) =>
      lookup('searchAndEnrichContacts', body, 'contacts', opts),
    searchCompanies: (body: s.SearchCompaniesRequest, opts?: CallOptions) =>
      lookup('searchCompanies', body, 'companies', opts),
    enrichCompanies: (body: s.EnrichCompaniesRequest, opts?: CallOptions) =>
      lookup('enrichCompanies', body, 'ids', opts),
    searchAndEnrichCompanies: (body: s.SearchAndEnrichCompaniesRequest, opts?: CallOptions) =>
      lookup('searchAndEnrichCompanies', body, 'companies', opts),
    getContactSignals: (body: s.GetContactSignalsRequest, opts?: CallOptions) =>
      lookup('getContactSignals', body, 'ids', opts),
    getCompanySignals: (body: s.GetCompanySignalsRequest, opts?: CallOptions) =>
      lookup('getCompanySignals', body, 'ids', opts),
  };
}

/** Prospecting, lookalikes, website visits and account usage. */
function discoveryMethods({ call }: Caller) {
  return {
    prospectingContacts: (body: s.ProspectingContactsRequest, opts?: CallOptions) =>
      call('prospectingContacts', { body }, opts),
    prospectingCompanies: (body: s.ProspectingCompaniesRequest, opts?: CallOptions) =>
      call('prospectingCompanies', { body }, opts),
    getContactLookalikes: (body: s.GetContactLookalikesRequest, opts?: CallOptions) =>
      call('getContactLookalikes', { body }, opts),
    getCompanyLookalikes: (body: s.GetCompanyLookalikesRequest, opts?: CallOptions) =>
      call('getCompanyLookalikes', { body }, opts),
    getWebsiteVisits: (body: s.GetWebsiteVisitsRequest, opts?: CallOptions) =>
      call('getWebsiteVisits', { body }, opts),
    getAccountUsage: (opts?: CallOptions) => call('getAccountUsage', {}, opts),
  };
}

/** Filter and signal-type catalogues (free GET calls). */
function catalogueMethods({ call }: Caller) {
  const values = (query?: string) => ({ query: { query } });
  return {
    getContactFilterTypes: (opts?: CallOptions) => call('getContactFilterTypes', {}, opts),
    getContactFilterValues: (filterType: s.ContactFilterType, query?: string, opts?: CallOptions) =>
      call('getContactFilterValues', { params: { filterType }, ...values(query) }, opts),
    getCompanyFilterTypes: (opts?: CallOptions) => call('getCompanyFilterTypes', {}, opts),
    getCompanyFilterValues: (filterType: s.CompanyFilterType, query?: string, opts?: CallOptions) =>
      call('getCompanyFilterValues', { params: { filterType }, ...values(query) }, opts),
    getContactSignalTypes: (opts?: CallOptions) => call('getContactSignalTypes', {}, opts),
    getCompanySignalTypes: (opts?: CallOptions) => call('getCompanySignalTypes', {}, opts),
    getCompanySignalFilters: (opts?: CallOptions) => call('getCompanySignalFilters', {}, opts),
    getCompanySignalFilterValues: (
      filterType: s.CompanySignalFilterType,
      query?: string,
      opts?: CallOptions,
    ) => call('getCompanySignalFilterValues', { params: { filterType }, ...values(query) }, opts),
  };
}

/** Webhook subscriptions (create and delete chunked by 25), audit logs, account secret. */
function webhookMethods({ call }: Caller) {
  return {
    createSubscription: (body: s.CreateSubscriptionRequest, opts?: CallOptions) =>
      inChunks(
        body.subscriptions,
        SUBSCRIPTION_CHUNK_SIZE,
        (subscriptions) => call('createSubscription', { body: { ...body, subscriptions } }, opts),
        mergeBatch,
      ),
    listSubscriptions: (query?: s.ListSubscriptionsQuery, opts?: CallOptions) =>
      call('listSubscriptions', { query: query as Query }, opts),
    getSubscriptionById: (id: string, opts?: CallOptions) =>
      call('getSubscriptionById', { params: { id } }, opts),
    updateSubscription: (id: string, body: s.UpdateSubscriptionRequest, opts?: CallOptions) =>
      call('updateSubscription', { params: { id }, body }, opts),
    deleteSubscriptions: (body: s.DeleteSubscriptionsRequest, opts?: CallOptions) =>
      inChunks(
        body.ids,
        SUBSCRIPTION_CHUNK_SIZE,
        (ids) => call('deleteSubscriptions', { body: { ...body, ids } }, opts),
        mergeBatch,
      ),
    testSubscription: (id: string, mode?: s.TestSubscriptionMode, opts?: CallOptions) =>
      call('testSubscription', { params: { id }, query: { mode } }, opts),
    createOptOutSubscription: (body: s.CreateOptOutSubscriptionRequest, opts?: CallOptions) =>
      call('createOptOutSubscription', { body }, opts),
    getAuditLogs: (query?: s.GetAuditLogsQuery, opts?: CallOptions) =>
      call('getAuditLogs', { query: query as Query }, opts),
    getAuditLogStats: (query?: { subscriptionId?: string }, opts?: CallOptions) =>
      call('getAuditLogStats', { query }, opts),
    getAccountSecret: (opts?: CallOptions) => call('getAccountSecret', {}, opts),
    regenerateAccountSecret: (opts?: CallOptions) => call('regenerateAccountSecret', {}, opts),
  };
}

/** Builds a Lusha client with one method per operationId; see {@link LushaClientOptions}. */
export function createLushaClient(options: LushaClientOptions) {
  const c = caller(options);
  return {
    ...lookupMethods(c),
    ...discoveryMethods(c),
    ...catalogueMethods(c),
    ...webhookMethods(c),
  };
}

/** The client's type, for dependency injection. */
export type LushaClient = ReturnType<typeof createLushaClient>;
