/** Contacts: search (preview), enrich (reveal by id), search-and-enrich. */
import { z } from 'zod';
import {
  Billing,
  BriefLocation,
  CompanyRef,
  ContactCanRevealItem,
  IsoDate,
  ItemError,
  JobTitle,
  LinkedinLinks,
  LushaId,
  SearchOptions,
  TableWrite,
} from './common';

/** Contact signal types. */
export const ContactSignalType = z.enum(['allSignals', 'promotion', 'companyChange']);
export type ContactSignalType = z.infer<typeof ContactSignalType>;

/** Contact fields that enrich can reveal. */
export const ContactRevealField = z.enum(['emails', 'phones']);
export type ContactRevealField = z.infer<typeof ContactRevealField>;

/** One contact to look up: by id, LinkedIn URL, e-mail, or name + company. */
export const ContactSearchItem = z.looseObject({
  clientReferenceId: z.string().optional(),
  id: LushaId.optional(),
  linkedinUrl: z.string().optional(),
  email: z.email().optional(),
  firstName: z.string().optional(),
  lastName: z.string().optional(),
  companyName: z.string().optional(),
  companyDomain: z.string().optional(),
});
export type ContactSearchItem = z.infer<typeof ContactSearchItem>;

/** `signals` option of contact search. */
export const ContactSignalsOption = z.looseObject({
  types: z.array(ContactSignalType),
  startDate: IsoDate.optional(),
  maxResultsPerSignal: z.number().int().min(1).max(100).optional(),
});
export type ContactSignalsOption = z.infer<typeof ContactSignalsOption>;

/** POST /v3/contacts/search (1..100 contacts a call; the client chunks longer lists). */
export const SearchContactsRequest = z.looseObject({
  contacts: z.array(ContactSearchItem).min(1).max(100),
  options: SearchOptions.optional(),
  signals: ContactSignalsOption.optional(),
});
export type SearchContactsRequest = z.infer<typeof SearchContactsRequest>;

/** A non-PII contact preview: `has` says what exists, `canReveal` what enrich would cost. */
export const ContactPreview = z.looseObject({
  clientReferenceId: z.string().optional(),
  id: LushaId.optional(),
  firstName: z.string().optional(),
  lastName: z.string().optional(),
  jobTitle: JobTitle.optional(),
  company: CompanyRef.optional(),
  location: BriefLocation.optional(),
  socialLinks: LinkedinLinks.optional(),
  has: z.array(z.string()).optional(),
  canReveal: z.array(ContactCanRevealItem).optional(),
  signalTypes: z.array(z.string()).optional(),
  error: ItemError.optional(),
});
export type ContactPreview = z.infer<typeof ContactPreview>;

/** Answer of contact search. */
export const SearchContactsResponse = z.looseObject({
  requestId: z.string().optional(),
  results: z.array(ContactPreview).optional(),
  billing: Billing.optional(),
});
export type SearchContactsResponse = z.infer<typeof SearchContactsResponse>;

/** POST /v3/contacts/enrich: reveal contacts by id. */
export const EnrichContactsRequest = z.looseObject({
  ids: z.array(LushaId).min(1).max(100),
  reveal: z.array(ContactRevealField).optional(),
  waterfallEnabled: z.boolean().optional(),
  tableId: z.string().optional(),
});
export type EnrichContactsRequest = z.infer<typeof EnrichContactsRequest>;

/** A revealed e-mail address. */
export const ContactEmail = z.looseObject({
  email: z.string(),
  /** `work`, `private` or `unknown` in the spec; any other kind Lusha sends is kept. */
  type: z.string().optional(),
  confidence: z.string().nullish(),
  updateDate: z.string().optional(),
});
export type ContactEmail = z.infer<typeof ContactEmail>;

/** A revealed phone number. */
export const ContactPhone = z.looseObject({
  number: z.string(),
  /** `mobile`, `direct`, `work` or `unknown` in the spec; any other kind is kept. */
  type: z.string().optional(),
  doNotCall: z.boolean().optional(),
  updateDate: z.string().optional(),
});
export type ContactPhone = z.infer<typeof ContactPhone>;

/** A fully enriched contact. */
export const EnrichedContact = z.looseObject({
  id: LushaId.optional(),
  firstName: z.string().optional(),
  lastName: z.string().optional(),
  fullName: z.string().optional(),
  jobTitle: JobTitle.optional(),
  location: z
    .looseObject({
      country: z.string().optional(),
      countryIso2: z.string().optional(),
      state: z.string().optional(),
      city: z.string().optional(),
      continent: z.string().optional(),
      coordinates: z.array(z.number()).optional(),
      isEuContact: z.boolean().optional(),
    })
    .optional(),
  tags: z
    .array(z.looseObject({ id: z.string().optional(), name: z.string().optional() }))
    .optional(),
  emails: z.array(ContactEmail).optional(),
  phones: z.array(ContactPhone).optional(),
  company: CompanyRef.extend({ industry: z.string().optional() }).optional(),
  socialLinks: LinkedinLinks.extend({ xUrl: z.string().optional() }).optional(),
  previousEmployment: z
    .array(
      z.looseObject({
        company: z
          .looseObject({ name: z.string().optional(), domain: z.string().optional() })
          .optional(),
        jobTitle: JobTitle.optional(),
      }),
    )
    .optional(),
  updateDate: z.string().optional(),
  error: ItemError.optional(),
});
export type EnrichedContact = z.infer<typeof EnrichedContact>;

/** Answer of contact enrich. */
export const EnrichContactsResponse = z.looseObject({
  requestId: z.string().optional(),
  results: z.array(EnrichedContact).optional(),
  tableWrite: TableWrite.optional(),
  billing: Billing.optional(),
});
export type EnrichContactsResponse = z.infer<typeof EnrichContactsResponse>;

/** POST /v3/contacts/search-and-enrich. */
export const SearchAndEnrichContactsRequest = z.looseObject({
  contacts: z.array(ContactSearchItem).min(1).max(100),
  reveal: z.array(ContactRevealField).optional(),
  options: SearchOptions.optional(),
});
export type SearchAndEnrichContactsRequest = z.infer<typeof SearchAndEnrichContactsRequest>;

/** An enriched contact with the caller's `clientReferenceId`. */
export const SearchAndEnrichContactResult = EnrichedContact.extend({
  clientReferenceId: z.string().optional(),
});
export type SearchAndEnrichContactResult = z.infer<typeof SearchAndEnrichContactResult>;

/** Answer of contact search-and-enrich. */
export const SearchAndEnrichContactsResponse = z.looseObject({
  requestId: z.string().optional(),
  results: z.array(SearchAndEnrichContactResult).optional(),
  billing: Billing.optional(),
});
export type SearchAndEnrichContactsResponse = z.infer<typeof SearchAndEnrichContactsResponse>;
