/** Website visits: companies that visited the account's domains, with engagement scores. */
import { z } from 'zod';
import { Billing, IsoDate } from './common';
import { CompanyPreview } from './companies';

const IntRange = z.looseObject({
  min: z.number().int().min(0).optional(),
  max: z.number().int().min(0).optional(),
});
const ScoreBand = z.enum(['cold', 'warm', 'hot']);

/** POST /v3/companies/website-visits. */
export const GetWebsiteVisitsRequest = z.looseObject({
  domains: z.array(z.string()).min(1),
  startDate: IsoDate,
  endDate: IsoDate,
  pagination: z.looseObject({
    size: z.number().int().min(1).max(150),
    page: z.number().int().min(0),
  }),
  sort: z
    .looseObject({ by: z.string().optional(), order: z.enum(['asc', 'desc']).optional() })
    .optional(),
  filters: z
    .looseObject({
      scoreBands: z.array(ScoreBand).optional(),
      visitorCountries: z
        .looseObject({
          include: z.array(z.string()).optional(),
          exclude: z.array(z.string()).optional(),
        })
        .optional(),
      score: IntRange.optional(),
      totalSessions: IntRange.optional(),
      avgSessionMinutes: z
        .looseObject({ min: z.number().min(0).optional(), max: z.number().min(0).optional() })
        .optional(),
      uniqueVisitors: IntRange.optional(),
      daysVisited: IntRange.optional(),
      highIntentPageviews: IntRange.optional(),
      daysSinceLastVisit: IntRange.optional(),
    })
    .optional(),
});
export type GetWebsiteVisitsRequest = z.infer<typeof GetWebsiteVisitsRequest>;

/** A visiting company: its preview plus visit metrics. */
export const WebsiteVisitsCompanyResult = CompanyPreview.extend({
  score: z.number().optional(),
  scoreBand: ScoreBand.optional(),
  totalSessions: z.number().optional(),
  uniqueVisitors: z.number().optional(),
  avgSessionMinutes: z.number().optional(),
  daysVisited: z.number().optional(),
  highIntentPageviews: z.number().optional(),
  daysSinceLastVisit: z.number().optional(),
  lastVisit: z.string().optional(),
  visitorCountry: z.string().optional(),
});
export type WebsiteVisitsCompanyResult = z.infer<typeof WebsiteVisitsCompanyResult>;

/** Answer of website visits. */
export const GetWebsiteVisitsResponse = z.looseObject({
  requestId: z.string().optional(),
  results: z.array(WebsiteVisitsCompanyResult).optional(),
  pagination: z
    .looseObject({ size: z.number().int(), page: z.number().int(), total: z.number().int() })
    .optional(),
  billing: Billing.optional(),
});
export type GetWebsiteVisitsResponse = z.infer<typeof GetWebsiteVisitsResponse>;
