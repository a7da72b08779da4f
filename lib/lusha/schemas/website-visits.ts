/** Website visits: companies that visited the account's domains, with engagement scores. */
import * as z from 'zod/mini';
import { Billing, IsoDate } from './common';
import { CompanyPreview } from './companies';

const IntRange = z.lazy(() =>
  z.looseObject({
    min: z.optional(z.int().check(z.minimum(0))),
    max: z.optional(z.int().check(z.minimum(0))),
  }),
);
const ScoreBand = z.enum(['cold', 'warm', 'hot']);

/** POST /v3/companies/website-visits. */
export const GetWebsiteVisitsRequest = z.lazy(() =>
  z.looseObject({
    domains: z.array(z.string()).check(z.minLength(1)),
    startDate: IsoDate,
    endDate: IsoDate,
    pagination: z.looseObject({
      size: z.int().check(z.minimum(1), z.maximum(150)),
      page: z.int().check(z.minimum(0)),
    }),
    sort: z.optional(
      z.looseObject({ by: z.optional(z.string()), order: z.optional(z.enum(['asc', 'desc'])) }),
    ),
    filters: z.optional(
      z.looseObject({
        scoreBands: z.optional(z.array(ScoreBand)),
        visitorCountries: z.optional(
          z.looseObject({
            include: z.optional(z.array(z.string())),
            exclude: z.optional(z.array(z.string())),
          }),
        ),
        score: z.optional(IntRange),
        totalSessions: z.optional(IntRange),
        avgSessionMinutes: z.optional(
          z.looseObject({
            min: z.optional(z.number().check(z.minimum(0))),
            max: z.optional(z.number().check(z.minimum(0))),
          }),
        ),
        uniqueVisitors: z.optional(IntRange),
        daysVisited: z.optional(IntRange),
        highIntentPageviews: z.optional(IntRange),
        daysSinceLastVisit: z.optional(IntRange),
      }),
    ),
  }),
);
export type GetWebsiteVisitsRequest = z.infer<typeof GetWebsiteVisitsRequest>;

/** A visiting company: its preview plus visit metrics. */
export const WebsiteVisitsCompanyResult = z.lazy(() =>
  z.extend(CompanyPreview, {
    score: z.optional(z.number()),
    scoreBand: z.optional(ScoreBand),
    totalSessions: z.optional(z.number()),
    uniqueVisitors: z.optional(z.number()),
    avgSessionMinutes: z.optional(z.number()),
    daysVisited: z.optional(z.number()),
    highIntentPageviews: z.optional(z.number()),
    daysSinceLastVisit: z.optional(z.number()),
    lastVisit: z.optional(z.string()),
    visitorCountry: z.optional(z.string()),
  }),
);
export type WebsiteVisitsCompanyResult = z.infer<typeof WebsiteVisitsCompanyResult>;

/** Answer of website visits. */
export const GetWebsiteVisitsResponse = z.lazy(() =>
  z.looseObject({
    requestId: z.optional(z.string()),
    results: z.optional(z.array(WebsiteVisitsCompanyResult)),
    pagination: z.optional(z.looseObject({ size: z.int(), page: z.int(), total: z.int() })),
    billing: z.optional(Billing),
  }),
);
export type GetWebsiteVisitsResponse = z.infer<typeof GetWebsiteVisitsResponse>;
