/**
 * Website visits: companies that visited the rep's tracked domains in a window, with Lusha's
 * filters, sort and pages. The spec documents no charge for it (its example bills 0), but its
 * answer carries `billing` and may answer 402: it goes through the billing gate with a quote of
 * 0, so whatever Lusha does charge is recorded and a lost answer is reconciled, never resent
 * blind.
 */
import type { Billing } from '@/lib/lookup/billing';
import type { GetWebsiteVisitsRequest, LushaClient, WebsiteVisitsCompanyResult } from '@/lib/lusha';
import { rangeProblem, type ScoreBand, type VisitSortField } from './visits-range';

/** A numeric range filter. */
export interface Range {
  min?: number;
  max?: number;
}

/** What the rep asks of website visits (the background's message schema checks it). */
export interface VisitsQuery {
  /** Defaults to the tracked domains. */
  domains?: string[];
  startDate: string;
  endDate: string;
  page: number;
  size: number;
  sort?: { by: VisitSortField; order: 'asc' | 'desc' };
  filters?: {
    scoreBands?: ScoreBand[];
    visitorCountries?: { include?: string[]; exclude?: string[] };
    score?: Range;
    totalSessions?: Range;
    uniqueVisitors?: Range;
    avgSessionMinutes?: Range;
    daysVisited?: Range;
    highIntentPageviews?: Range;
    daysSinceLastVisit?: Range;
  };
}

/** One page of visiting companies. */
export interface VisitsPage {
  rows: WebsiteVisitsCompanyResult[];
  page: number;
  size: number;
  /** Matching companies over all pages. */
  total: number;
  domains: string[];
  charged: number;
}

/** A request the rep has to fix first (nothing was sent). */
export class VisitsQueryError extends Error {
  readonly kind = 'itemFailed';
  constructor(readonly userMessage: string) {
    super(userMessage);
    this.name = 'VisitsQueryError';
  }
}

export interface VisitsDeps {
  client: () => Promise<LushaClient>;
  billing: Billing;
  trackedDomains: () => Promise<string[]>;
  today?: () => string;
}

/** The value without undefined fields, empty lists and empty objects (undefined if nothing is left). */
function compact(value: unknown): unknown {
  if (Array.isArray(value)) return value.length ? value : undefined;
  if (value === null || typeof value !== 'object') return value;
  const kept = Object.entries(value)
    .map(([k, v]) => [k, compact(v)] as const)
    .filter(([, v]) => v !== undefined);
  return kept.length ? Object.fromEntries(kept) : undefined;
}

/** Only the filters the rep set: Lusha gets nothing empty. */
const filtersOf = (f: VisitsQuery['filters']) =>
  compact(f) as GetWebsiteVisitsRequest['filters'] | undefined;

/** The website-visits service of one scope. */
export function createVisitsService(deps: VisitsDeps) {
  const today = deps.today ?? (() => new Date().toISOString().slice(0, 10));
  return {
    /** One page of visiting companies; VisitsQueryError when the window or domains are wrong. */
    async visits(query: VisitsQuery, requestId: string): Promise<VisitsPage> {
      const problem = rangeProblem(query.startDate, query.endDate, today());
      if (problem) throw new VisitsQueryError(problem);
      const domains = query.domains?.length ? query.domains : await deps.trackedDomains();
      if (!domains.length) {
        throw new VisitsQueryError(
          'Add the site domains you track in Lusha first (Tracked domains).',
        );
      }
      const client = await deps.client();
      const filters = filtersOf(query.filters);
      const body: GetWebsiteVisitsRequest = {
        domains,
        startDate: query.startDate,
        endDate: query.endDate,
        pagination: { page: query.page, size: query.size },
        ...(query.sort ? { sort: query.sort } : {}),
        ...(filters ? { filters } : {}),
      };
      const { result, charged } = await deps.billing.call({
        id: requestId,
        action: 'websiteVisits',
        estimate: 0,
        repeatable: false,
        send: () => client.getWebsiteVisits(body),
      });
      const data = result.data;
      return {
        rows: (data.results ?? []).filter((r) => typeof r.id === 'string' && r.id),
        page: data.pagination?.page ?? query.page,
        size: data.pagination?.size ?? query.size,
        total: data.pagination?.total ?? data.results?.length ?? 0,
        domains,
        charged,
      };
    },
  };
}

export type VisitsService = ReturnType<typeof createVisitsService>;
