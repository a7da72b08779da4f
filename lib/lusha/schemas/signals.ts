/** Signals: job changes, promotions, intent, hiring and news events by contact or company id. */
import { z } from 'zod';
import { Billing, IsoDate, LushaId, TableWrite } from './common';
import { CompanySignalType } from './companies';
import { ContactSignalType } from './contacts';

/** POST /v3/contacts/signals. */
export const GetContactSignalsRequest = z.looseObject({
  ids: z.array(LushaId).min(1).max(100),
  signalTypes: z.array(ContactSignalType),
  startDate: IsoDate.optional(),
  maxResultsPerSignal: z.number().int().min(1).max(100).optional(),
  tableId: z.string().optional(),
});
export type GetContactSignalsRequest = z.infer<typeof GetContactSignalsRequest>;

/** Answer of contact signals: per id, a list of events per signal type. */
export const GetContactSignalsResponse = z.looseObject({
  results: z
    .array(
      z.looseObject({
        id: LushaId.optional(),
        companyChange: z.array(z.looseObject({})).optional(),
        promotion: z.array(z.looseObject({})).optional(),
      }),
    )
    .optional(),
  startDate: z.string().optional(),
  endDate: z.string().optional(),
  tableWrite: TableWrite.optional(),
  billing: Billing.optional(),
});
export type GetContactSignalsResponse = z.infer<typeof GetContactSignalsResponse>;

/** POST /v3/companies/signals. */
export const GetCompanySignalsRequest = z.looseObject({
  ids: z.array(LushaId).min(1).max(100),
  signalTypes: z.array(CompanySignalType),
  startDate: IsoDate.optional(),
  maxResultsPerSignal: z.number().int().min(1).max(100).optional(),
  tableId: z.string().optional(),
  filters: z
    .looseObject({
      include: z.looseObject({ intentCategories: z.array(z.string()).optional() }).optional(),
    })
    .optional(),
});
export type GetCompanySignalsRequest = z.infer<typeof GetCompanySignalsRequest>;

const Person = z.looseObject({
  id: z.string().nullish(),
  fullName: z.string().optional(),
  linkedinUrl: z.string().optional(),
});

/** One LinkedIn-activity intent event. */
export const LinkedinActivityIntentItem = z.looseObject({
  companyId: z.number().optional(),
  activityPublicationDate: z.string().optional(),
  signalCategory: z.string().optional(),
  intentTopics: z
    .array(z.looseObject({ topic: z.string().optional(), category: z.string().optional() }))
    .optional(),
  author: Person.optional(),
  contactsMentioned: z.array(Person).optional(),
  companiesMentioned: z
    .array(
      z.looseObject({
        id: z.string().nullish(),
        name: z.string().optional(),
        linkedinUrl: z.string().optional(),
      }),
    )
    .optional(),
  activityUrl: z.string().optional(),
  activitySummary: z.string().nullish(),
  activityLikes: z.number().int().optional(),
  activityComments: z.number().int().optional(),
  activityShares: z.number().int().optional(),
  activityType: z.string().optional(),
});
export type LinkedinActivityIntentItem = z.infer<typeof LinkedinActivityIntentItem>;

/** Answer of company signals: per id, lists of events keyed by signal type. */
export const GetCompanySignalsResponse = z.looseObject({
  results: z
    .array(
      z.looseObject({
        id: LushaId.optional(),
        companyName: z.string().optional(),
        domain: z.string().optional(),
        linkedinActivityIntent: z.array(LinkedinActivityIntentItem).optional(),
      }),
    )
    .optional(),
  startDate: z.string().optional(),
  endDate: z.string().optional(),
  tableWrite: TableWrite.optional(),
  billing: Billing.optional(),
});
export type GetCompanySignalsResponse = z.infer<typeof GetCompanySignalsResponse>;

/** Answer of GET /v3/{contacts,companies}/signals/types. */
export const SignalTypesResponse = z.looseObject({ signalTypes: z.array(z.string()).optional() });
export type SignalTypesResponse = z.infer<typeof SignalTypesResponse>;
