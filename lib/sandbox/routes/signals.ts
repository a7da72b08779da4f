/**
 * Signals: `POST /v3/contacts/signals` and `POST /v3/companies/signals` return dated events per
 * id since `startDate` (default: the last six months), at most `maxResultsPerSignal` per type,
 * billed per matched signal type per result (`showSignalsContact` / `showSignalsCompany`); plus
 * the discovery endpoints for signal types and company signal filters.
 */
import * as z from 'zod/mini';
import type { Dataset } from '../dataset';
import type { RouteDef, RouteInput, SandboxContext } from '../types';
import {
  badRequest,
  chargeUnits,
  DAY_MS,
  isoDate,
  parseInput,
  parseIsoDate,
} from './prospecting-common';
import { companyViews, contactViews, type SignalView } from './prospecting-data';
import { defaultSignalStart } from './prospecting-match';
import { intentPosts } from './signals-intent';
import { signalFilterValues, SIGNAL_FILTERS } from './signals-filters';
import { COMPANY_SIGNAL_TYPES, CONTACT_SIGNAL_TYPES } from './webhooks-store';

const date = z
  .string()
  .check(z.refine((s) => !Number.isNaN(parseIsoDate(s)), 'must be a YYYY-MM-DD date'));

const ContactSignalsBody = z.object({
  ids: z.array(z.string()).check(z.minLength(1), z.maxLength(100)),
  signalTypes: z.array(z.enum(CONTACT_SIGNAL_TYPES)),
  startDate: z.optional(date),
  maxResultsPerSignal: z.optional(z.int().check(z.minimum(1), z.maximum(100))),
  tableId: z.optional(z.string()),
});

const CompanySignalsBody = z.extend(ContactSignalsBody, {
  signalTypes: z.array(z.enum(COMPANY_SIGNAL_TYPES)),
  filters: z.optional(
    z.object({
      include: z.optional(z.object({ intentCategories: z.optional(z.array(z.string())) })),
    }),
  ),
});

/** LinkedIn activity intent is limited to 90 days and 50 posts per company (legal limits). */
const INTENT_WINDOW_DAYS = 90;
const INTENT_MAX = 50;

interface Window {
  from: number;
  to: number;
  max: number;
}

function windowOf(
  ctx: SandboxContext,
  body: { startDate?: string; maxResultsPerSignal?: number },
): Window {
  const now = ctx.clock.now();
  const from = body.startDate ? parseIsoDate(body.startDate) : defaultSignalStart(now);
  if (from > now) badRequest('Invalid request parameters', ['startDate must not be in the future']);
  return { from, to: now, max: body.maxResultsPerSignal ?? 100 };
}

/** The requested types, `allSignals` expanded. */
function expand(types: readonly string[], all: readonly string[]): string[] {
  return types.includes('allSignals') ? all.filter((t) => t !== 'allSignals') : [...new Set(types)];
}

/** Events of one type inside the window, newest first, capped. */
function eventsOf(signals: SignalView[], type: string, id: string, w: Window) {
  return signals
    .filter((s) => s.type === type)
    .filter((s) => parseIsoDate(s.date) >= w.from && parseIsoDate(s.date) <= w.to)
    .sort((a, b) => b.date.localeCompare(a.date))
    .slice(0, w.max)
    .map((s) => ({ id, signalDate: s.date, ...s.data }));
}

function respond(
  ctx: SandboxContext,
  action: string,
  results: Record<string, unknown>[],
  types: string[],
  w: Window,
) {
  let hits = 0;
  let withSignals = 0;
  for (const r of results) {
    const matched = types.filter(
      (t) => Array.isArray(r[t]) && (r[t] as unknown[]).length > 0,
    ).length;
    hits += matched;
    if (matched) withSignals += 1;
  }
  // At least one credit per billed request, even when nothing matched (see README, Billing).
  const creditsCharged = chargeUnits(ctx, action, Math.max(1, hits));
  return {
    status: 200,
    body: {
      results,
      startDate: isoDate(w.from),
      endDate: isoDate(w.to),
      billing: { creditsCharged, resultsReturned: withSignals },
    },
  };
}

function getContactSignals(input: RouteInput, ctx: SandboxContext<Dataset>) {
  const body = parseInput(ContactSignalsBody, input.body);
  const w = windowOf(ctx, body);
  const types = expand(body.signalTypes, CONTACT_SIGNAL_TYPES);
  const byId = new Map(contactViews(ctx.dataset).map((c) => [c.id, c]));
  const results = [...new Set(body.ids)].flatMap((id) => {
    const contact = byId.get(id);
    if (!contact) return [];
    return [
      { id, ...Object.fromEntries(types.map((t) => [t, eventsOf(contact.signals, t, id, w)])) },
    ];
  });
  return respond(ctx, 'showSignalsContact', results, types, w);
}

function getCompanySignals(input: RouteInput, ctx: SandboxContext<Dataset>) {
  const body = parseInput(CompanySignalsBody, input.body);
  const w = windowOf(ctx, body);
  const types = expand(body.signalTypes, COMPANY_SIGNAL_TYPES);
  const categories = body.filters?.include?.intentCategories;
  const byId = new Map(companyViews(ctx.dataset).map((c) => [c.id, c]));
  const people = contactViews(ctx.dataset);
  const results = [...new Set(body.ids)].flatMap((id) => {
    const company = byId.get(id);
    if (!company) return [];
    const entries = types.map((t) => {
      if (t !== 'linkedinActivityIntent') return [t, eventsOf(company.signals, t, id, w)];
      const from = Math.max(w.from, w.to - INTENT_WINDOW_DAYS * DAY_MS);
      const staff = people
        .filter((p) => p.company.id === id)
        .map((p) => ({ id: p.id, fullName: `${p.firstName} ${p.lastName}`, linkedin: p.linkedin }));
      const posts = intentPosts({ ...company, people: staff }, w.to)
        .filter((p) => parseIsoDate(p.activityPublicationDate) >= from)
        .filter(
          (p) => !categories?.length || p.intentTopics.some((t) => categories.includes(t.category)),
        )
        .slice(0, Math.min(w.max, INTENT_MAX));
      return [t, posts];
    });
    return [
      { id, companyName: company.name, domain: company.domain, ...Object.fromEntries(entries) },
    ];
  });
  return respond(ctx, 'showSignalsCompany', results, types, w);
}

const listing = (body: unknown) => () => ({ status: 200, body });

function getCompanySignalFilterValues(input: RouteInput, ctx: SandboxContext<Dataset>) {
  return { status: 200, body: { values: signalFilterValues(input, ctx.dataset) } };
}

const route = (
  operationId: string,
  method: 'GET' | 'POST',
  path: string,
  handler: RouteDef<Dataset>['handler'],
): RouteDef<Dataset> => ({ operationId, method, path, rateClass: 'general', handler });

/** The signal operations, for the sandbox router. */
export const signalRoutes: RouteDef<Dataset>[] = [
  route('getContactSignals', 'POST', '/v3/contacts/signals', getContactSignals),
  route('getCompanySignals', 'POST', '/v3/companies/signals', getCompanySignals),
  route(
    'getContactSignalTypes',
    'GET',
    '/v3/contacts/signals/types',
    listing({ signalTypes: [...CONTACT_SIGNAL_TYPES] }),
  ),
  route(
    'getCompanySignalTypes',
    'GET',
    '/v3/companies/signals/types',
    listing({ signalTypes: [...COMPANY_SIGNAL_TYPES] }),
  ),
  route(
    'getCompanySignalFilters',
    'GET',
    '/v3/companies/signals/filters',
    listing({
      availableFilters: Object.entries(SIGNAL_FILTERS).map(([filterType, requiresQuery]) => ({
        filterType,
        requiresQuery,
      })),
    }),
  ),
  route(
    'getCompanySignalFilterValues',
    'GET',
    '/v3/companies/signals/filters/:filterType',
    getCompanySignalFilterValues,
  ),
];
