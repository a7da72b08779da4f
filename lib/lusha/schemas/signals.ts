/** Signals: job changes, promotions, intent, hiring and news events by contact or company id. */
import * as z from 'zod/mini';
import { Billing, IsoDate, LushaId, TableWrite } from './common';
import { CompanySignalType } from './companies';
import { ContactSignalType } from './contacts';

/** POST /v3/contacts/signals. */
export const GetContactSignalsRequest = z.lazy(() =>
  z.looseObject({
    ids: z.array(LushaId).check(z.minLength(1), z.maxLength(100)),
    signalTypes: z.array(ContactSignalType),
    startDate: z.optional(IsoDate),
    maxResultsPerSignal: z.optional(z.int().check(z.minimum(1), z.maximum(100))),
    tableId: z.optional(z.string()),
  }),
);
export type GetContactSignalsRequest = z.infer<typeof GetContactSignalsRequest>;

/** Answer of contact signals: per id, a list of events per signal type. */
export const GetContactSignalsResponse = z.lazy(() =>
  z.looseObject({
    results: z.optional(
      z.array(
        z.looseObject({
          id: z.optional(LushaId),
          companyChange: z.optional(z.array(z.looseObject({}))),
          promotion: z.optional(z.array(z.looseObject({}))),
        }),
      ),
    ),
    startDate: z.optional(z.string()),
    endDate: z.optional(z.string()),
    tableWrite: z.optional(TableWrite),
    billing: z.optional(Billing),
  }),
);
export type GetContactSignalsResponse = z.infer<typeof GetContactSignalsResponse>;

/** POST /v3/companies/signals. */
export const GetCompanySignalsRequest = z.lazy(() =>
  z.looseObject({
    ids: z.array(LushaId).check(z.minLength(1), z.maxLength(100)),
    signalTypes: z.array(CompanySignalType),
    startDate: z.optional(IsoDate),
    maxResultsPerSignal: z.optional(z.int().check(z.minimum(1), z.maximum(100))),
    tableId: z.optional(z.string()),
    filters: z.optional(
      z.looseObject({
        include: z.optional(z.looseObject({ intentCategories: z.optional(z.array(z.string())) })),
      }),
    ),
  }),
);
export type GetCompanySignalsRequest = z.infer<typeof GetCompanySignalsRequest>;

const Person = z.lazy(() =>
  z.looseObject({
    id: z.nullish(z.string()),
    fullName: z.optional(z.string()),
    linkedinUrl: z.optional(z.string()),
  }),
);

/** One LinkedIn-activity intent event. */
export const LinkedinActivityIntentItem = z.lazy(() =>
  z.looseObject({
    companyId: z.optional(z.number()),
    activityPublicationDate: z.optional(z.string()),
    signalCategory: z.optional(z.string()),
    intentTopics: z.optional(
      z.array(z.looseObject({ topic: z.optional(z.string()), category: z.optional(z.string()) })),
    ),
    author: z.optional(Person),
    contactsMentioned: z.optional(z.array(Person)),
    companiesMentioned: z.optional(
      z.array(
        z.looseObject({
          id: z.nullish(z.string()),
          name: z.optional(z.string()),
          linkedinUrl: z.optional(z.string()),
        }),
      ),
    ),
    activityUrl: z.optional(z.string()),
    activitySummary: z.nullish(z.string()),
    activityLikes: z.optional(z.int()),
    activityComments: z.optional(z.int()),
    activityShares: z.optional(z.int()),
    activityType: z.optional(z.string()),
  }),
);
export type LinkedinActivityIntentItem = z.infer<typeof LinkedinActivityIntentItem>;

/** Answer of company signals: per id, lists of events keyed by signal type. */
export const GetCompanySignalsResponse = z.lazy(() =>
  z.looseObject({
    results: z.optional(
      z.array(
        z.looseObject({
          id: z.optional(LushaId),
          companyName: z.optional(z.string()),
          domain: z.optional(z.string()),
          linkedinActivityIntent: z.optional(z.array(LinkedinActivityIntentItem)),
        }),
      ),
    ),
    startDate: z.optional(z.string()),
    endDate: z.optional(z.string()),
    tableWrite: z.optional(TableWrite),
    billing: z.optional(Billing),
  }),
);
export type GetCompanySignalsResponse = z.infer<typeof GetCompanySignalsResponse>;

/** Answer of GET /v3/{contacts,companies}/signals/types. */
export const SignalTypesResponse = z.lazy(() =>
  z.looseObject({ signalTypes: z.optional(z.array(z.string())) }),
);
export type SignalTypesResponse = z.infer<typeof SignalTypesResponse>;
