/**
 * Prospecting (`POST /v3/contacts/prospecting`, `POST /v3/companies/prospecting`): filter the
 * dataset with include/exclude blocks, page through the matches in a stable order (dataset
 * order) with totals, and bill `api_search` per result plus the signal charge per matched
 * signal per result when signals were asked for.
 */
import type { Dataset } from '../dataset';
import type { RouteDef, RouteInput, SandboxContext } from '../types';
import { badRequest, chargeUnits, parseInput } from './prospecting-common';
import {
  companyPreview,
  companyViews,
  contactPreview,
  contactViews,
  requestId,
  type CompanyView,
  type ContactView,
  type SignalView,
} from './prospecting-data';
import {
  combine,
  companyChecks,
  contactChecks,
  matchingSignals,
  type SignalRequest,
} from './prospecting-match';
import {
  ProspectingCompaniesBody,
  ProspectingContactsBody,
  REFINEMENT_ONLY,
  type ContactFilter,
} from './prospecting-schema';

const defined = (value: unknown) =>
  value !== undefined && !(Array.isArray(value) && value.length === 0) && value !== '';

/** Lusha refuses refinement-only filters that come without any base filter. */
function checkRefinements(include: ContactFilter | undefined, others: unknown[]): void {
  if (!include) return;
  const used = REFINEMENT_ONLY.filter((k) => defined(include[k]));
  if (!used.length) return;
  const base = Object.entries(include).some(
    ([k, v]) => !(REFINEMENT_ONLY as readonly string[]).includes(k) && defined(v),
  );
  if (!base && !others.some((o) => o && Object.values(o).some(defined))) {
    badRequest('Refinement-only filters need a base filter', [
      `${used.join(', ')} must be paired with a base filter (e.g. jobTitles)`,
    ]);
  }
}

/** "Up to 1,000 pages x 50 results = 50,000 results per query" (spec, Prospecting). */
export const MAX_PAGES = 1000;
export const MAX_RESULTS = 50_000;

/** Pages are numbered from 0: page 1000 would be the 1,001st; no page may start past 50,000. */
function checkPage({ page, size }: { page: number; size: number }): void {
  const errors: string[] = [];
  if (page >= MAX_PAGES) {
    errors.push(`pagination.page must be below ${MAX_PAGES} (up to 1,000 pages per query)`);
  }
  if (page * size >= MAX_RESULTS) {
    errors.push(`pagination.page x pagination.size must be below ${MAX_RESULTS} (results cap)`);
  }
  if (errors.length) badRequest('Invalid request parameters', errors);
}

/** Company filters that the spec says cannot be combined with `filters.contacts`. */
const NOT_WITH_CONTACTS = [
  'searchText',
  'signals',
  'intentTopics',
  'intentMinScore',
  'intentMaxScore',
  'technologies',
] as const;

/** "`filters.contacts` cannot be combined with company searchText, signals, intent, or technologies". */
function checkContactCombination(filters: ProspectingCompaniesBody['filters']): void {
  const { contacts, companies } = filters;
  const contactFilters = [contacts?.include, contacts?.exclude].some(
    (block) => block && Object.values(block).some(defined),
  );
  if (!contactFilters) return;
  const clashing = [companies.include, companies.exclude].flatMap((block) =>
    NOT_WITH_CONTACTS.filter((key) => block && defined(block[key])),
  );
  if (clashing.length) {
    badRequest('Invalid request parameters', [
      `filters.contacts cannot be combined with company ${[...new Set(clashing)].join(', ')}`,
    ]);
  }
}

/** Signal types of `signals` that the request's signals filter matches. */
function matchedTypes(signals: SignalView[], request: SignalRequest | undefined, now: number) {
  return [...new Set(matchingSignals(signals, request, now).map((s) => s.type))];
}

function page<T>(items: T[], pagination: { page: number; size: number }): T[] {
  return items.slice(pagination.page * pagination.size, (pagination.page + 1) * pagination.size);
}

/** Bills one prospecting page: `api_search` per result (at least one), signals per match. */
function bill(ctx: SandboxContext, results: number, signalAction: string, signalHits: number) {
  const creditsCharged =
    chargeUnits(ctx, 'api_search', Math.max(1, results)) +
    chargeUnits(ctx, signalAction, signalHits);
  return { creditsCharged, resultsReturned: results };
}

function prospectingContacts(input: RouteInput, ctx: SandboxContext<Dataset>) {
  const body = parseInput(ProspectingContactsBody, input.body);
  checkPage(body.pagination);
  const { contacts, companies } = body.filters;
  checkRefinements(contacts?.include, [companies?.include]);
  const now = ctx.clock.now();
  const companyTest = combine(
    companies?.include ? companyChecks(companies.include, now) : [],
    companies?.exclude ? companyChecks(companies.exclude, now) : [],
  );
  const contactTest = combine(
    contacts?.include ? contactChecks(contacts.include, now) : [],
    contacts?.exclude ? contactChecks(contacts.exclude, now) : [],
  );
  const partialOk = body.options?.includePartialProfiles ?? true;
  const matches = contactViews(ctx.dataset).filter(
    (c) =>
      (partialOk || !c.partial) &&
      !(body.options?.excludeDnc && c.doNotCall) &&
      contactTest(c) &&
      companyTest(c.company),
  );
  const signalRequest = contacts?.include?.signals;
  let signalHits = 0;
  const results = page(matches, body.pagination).map((c: ContactView) => {
    const signalTypes = matchedTypes(c.signals, signalRequest, now);
    signalHits += signalTypes.length;
    return contactPreview(c, ctx, signalRequest ? signalTypes : undefined);
  });
  const billing = bill(ctx, results.length, 'showSignalsContact', signalHits);
  return {
    status: 200,
    body: {
      requestId: requestId(ctx, 'prospecting-contacts'),
      results,
      pagination: { ...body.pagination, total: matches.length },
      billing,
    },
  };
}

function prospectingCompanies(input: RouteInput, ctx: SandboxContext<Dataset>) {
  const body = parseInput(ProspectingCompaniesBody, input.body);
  checkPage(body.pagination);
  checkContactCombination(body.filters);
  const { companies, contacts } = body.filters;
  const now = ctx.clock.now();
  const companyTest = combine(
    companies.include ? companyChecks(companies.include, now) : [],
    companies.exclude ? companyChecks(companies.exclude, now) : [],
  );
  const employing =
    contacts?.include || contacts?.exclude ? employersMatching(ctx, contacts, now) : null;
  // The spec's defaults differ: true for contact prospecting, false for company prospecting.
  const partialOk = body.options?.includePartialProfiles ?? false;
  const matches = companyViews(ctx.dataset).filter(
    (c) => (partialOk || !c.partial) && companyTest(c) && (!employing || employing.has(c.id)),
  );
  const signalRequest = companies.include?.signals;
  let signalHits = 0;
  const results = page(matches, body.pagination).map((c: CompanyView) => {
    const signalTypes = matchedTypes(c.signals, signalRequest, now);
    signalHits += signalTypes.length;
    return companyPreview(c, ctx, signalRequest?.types?.length ? signalTypes : undefined);
  });
  const billing = bill(ctx, results.length, 'showSignalsCompany', signalHits);
  return {
    status: 200,
    body: {
      requestId: requestId(ctx, 'prospecting-companies'),
      results,
      pagination: { ...body.pagination, total: matches.length },
      billing,
    },
  };
}

/** Ids of companies employing at least one contact that passes the contact block. */
function employersMatching(
  ctx: SandboxContext<Dataset>,
  contacts: ProspectingCompaniesBody['filters']['contacts'],
  now: number,
): Set<string> {
  const test = combine(
    contacts?.include ? contactChecks(contacts.include, now) : [],
    contacts?.exclude ? contactChecks(contacts.exclude, now) : [],
  );
  return new Set(
    contactViews(ctx.dataset)
      .filter(test)
      .map((c) => c.company.id),
  );
}

const post = (operationId: string, path: string, handler: RouteDef<Dataset>['handler']) =>
  ({ operationId, method: 'POST', path, rateClass: 'general', handler }) as RouteDef<Dataset>;

/** The prospecting operations, for the sandbox router. */
export const prospectingRoutes: RouteDef<Dataset>[] = [
  post('prospectingContacts', '/v3/contacts/prospecting', prospectingContacts),
  post('prospectingCompanies', '/v3/companies/prospecting', prospectingCompanies),
];
