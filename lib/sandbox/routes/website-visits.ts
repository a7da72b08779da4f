/**
 * `POST /v3/companies/website-visits` (getWebsiteVisits): dataset companies ranked by their
 * visits to the caller's tracked domains over a window of at most three months, with the spec's
 * filters, sort and pagination. Each result is a company preview plus visit metrics.
 */
import * as z from 'zod/mini';
import type { Dataset } from '../dataset';
import type { RouteDef, RouteInput, SandboxContext } from '../types';
import { badRequest, DAY_MS, monthsBefore, parseInput, parseIsoDate } from './prospecting-common';
import { companyPreview, companyViews, requestId, type CompanyView } from './prospecting-data';
import { visitMetrics, type VisitMetrics } from './website-visits-metrics';

const IntRange = z.object({
  min: z.optional(z.int().check(z.minimum(0))),
  max: z.optional(z.int().check(z.minimum(0))),
});
/** The score filter: "Score range (1–100)" in the spec. */
const ScoreRange = z.object({
  min: z.optional(z.int().check(z.minimum(1), z.maximum(100))),
  max: z.optional(z.int().check(z.minimum(1), z.maximum(100))),
});
const FloatRange = z.object({
  min: z.optional(z.number().check(z.minimum(0))),
  max: z.optional(z.number().check(z.minimum(0))),
});

const SORT_FIELDS = [
  'score',
  'totalSessions',
  'uniqueVisitors',
  'avgSessionMinutes',
  'daysVisited',
  'highIntentPageviews',
  'daysSinceLastVisit',
  'lastVisit',
] as const;

const WebsiteVisitsBody = z.object({
  domains: z.array(z.string().check(z.minLength(1))).check(z.minLength(1)),
  startDate: z.string(),
  endDate: z.string(),
  pagination: z.object({
    page: z.int().check(z.minimum(0)),
    size: z.int().check(z.minimum(1), z.maximum(150)),
  }),
  sort: z.optional(
    z.object({ by: z.optional(z.enum(SORT_FIELDS)), order: z.optional(z.enum(['asc', 'desc'])) }),
  ),
  filters: z.optional(
    z.object({
      scoreBands: z.optional(z.array(z.enum(['cold', 'warm', 'hot']))),
      visitorCountries: z.optional(
        z.object({
          include: z.optional(z.array(z.string())),
          exclude: z.optional(z.array(z.string())),
        }),
      ),
      score: z.optional(ScoreRange),
      totalSessions: z.optional(IntRange),
      avgSessionMinutes: z.optional(FloatRange),
      uniqueVisitors: z.optional(IntRange),
      daysVisited: z.optional(IntRange),
      highIntentPageviews: z.optional(IntRange),
      daysSinceLastVisit: z.optional(IntRange),
    }),
  ),
});
type WebsiteVisitsBody = z.infer<typeof WebsiteVisitsBody>;
type Filters = NonNullable<WebsiteVisitsBody['filters']>;

const DOMAIN = /^(?!-)[a-z0-9-]{1,63}(\.[a-z0-9-]{1,63})*\.[a-z]{2,63}$/i;
const RANGE_KEYS = [
  'score',
  'totalSessions',
  'avgSessionMinutes',
  'uniqueVisitors',
  'daysVisited',
  'highIntentPageviews',
  'daysSinceLastVisit',
] as const;

/** Validates the window: real dates, start ≤ end, and end at most 3 months after start. */
function windowOf(body: WebsiteVisitsBody): { from: number; to: number } {
  const from = parseIsoDate(body.startDate);
  const to = parseIsoDate(body.endDate);
  if (Number.isNaN(from) || Number.isNaN(to)) {
    badRequest('Invalid request parameters', ['startDate and endDate must be YYYY-MM-DD dates']);
  }
  if (from > to) badRequest('Invalid request parameters', ['startDate must not be after endDate']);
  if (monthsBefore(to, 3) > from) {
    badRequest('Date range must be 3 months or less', ['endDate - startDate must be ≤ 3 months']);
  }
  return { from, to };
}

function checkDomains(domains: string[]): string[] {
  const normalized = domains.map((d) =>
    d
      .trim()
      .toLowerCase()
      .replace(/^www\./, ''),
  );
  const untracked = normalized.filter((d) => !DOMAIN.test(d));
  if (untracked.length) {
    badRequest(
      'Domain is not configured for tracking',
      untracked.map((d) => `${d} is not tracked`),
    );
  }
  return [...new Set(normalized)];
}

function matches(m: VisitMetrics, filters: Filters | undefined): boolean {
  if (!filters) return true;
  if (filters.scoreBands?.length && !filters.scoreBands.includes(m.scoreBand)) return false;
  const include = filters.visitorCountries?.include?.map((c) => c.toUpperCase());
  const exclude = filters.visitorCountries?.exclude?.map((c) => c.toUpperCase());
  if (include?.length && !(m.visitorCountry && include.includes(m.visitorCountry))) return false;
  if (exclude?.length && m.visitorCountry && exclude.includes(m.visitorCountry)) return false;
  return RANGE_KEYS.every((key) => {
    const range = filters[key];
    return (
      !range ||
      ((range.min === undefined || m[key] >= range.min) &&
        (range.max === undefined || m[key] <= range.max))
    );
  });
}

function compare(by: (typeof SORT_FIELDS)[number], order: 'asc' | 'desc') {
  const sign = order === 'asc' ? 1 : -1;
  return (a: { c: CompanyView; m: VisitMetrics }, b: { c: CompanyView; m: VisitMetrics }) => {
    const x = a.m[by];
    const y = b.m[by];
    const primary =
      typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y));
    return primary * sign || a.c.id.localeCompare(b.c.id);
  };
}

async function getWebsiteVisits(input: RouteInput, ctx: SandboxContext<Dataset>) {
  const body = parseInput(WebsiteVisitsBody, input.body);
  const domains = checkDomains(body.domains);
  const { from, to } = windowOf(body);
  const now = ctx.clock.now();
  const today = now - (now % DAY_MS);
  const ranked = companyViews(ctx.dataset)
    .map((c) => ({ c, m: visitMetrics(c, domains, from, to, today) }))
    .filter(
      (r): r is { c: CompanyView; m: VisitMetrics } => r.m !== null && matches(r.m, body.filters),
    )
    .sort(compare(body.sort?.by ?? 'score', body.sort?.order ?? 'desc'));
  const { page, size } = body.pagination;
  const results = ranked
    .slice(page * size, page * size + size)
    .map(({ c, m }) => ({ ...companyPreview(c, ctx), ...m }));
  return {
    status: 200,
    body: {
      requestId: requestId(ctx, 'website-visits'),
      results,
      pagination: { page, size, total: ranked.length },
      // The spec documents no charge for website visits (its example bills 0 credits).
      billing: { creditsCharged: 0, resultsReturned: results.length },
    },
  };
}

/** The website-visits operation, for the sandbox router. */
export const websiteVisitRoutes: RouteDef<Dataset>[] = [
  {
    operationId: 'getWebsiteVisits',
    method: 'POST',
    path: '/v3/companies/website-visits',
    rateClass: 'general',
    handler: getWebsiteVisits,
  },
];
