/** Contacts: search (preview), enrich (reveal by id), search-and-enrich. */
import * as z from 'zod/mini';
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
export const ContactSearchItem = z.lazy(() =>
  z.looseObject({
    clientReferenceId: z.optional(z.string()),
    id: z.optional(LushaId),
    linkedinUrl: z.optional(z.string()),
    email: z.optional(z.email()),
    firstName: z.optional(z.string()),
    lastName: z.optional(z.string()),
    companyName: z.optional(z.string()),
    companyDomain: z.optional(z.string()),
  }),
);
export type ContactSearchItem = z.infer<typeof ContactSearchItem>;

/** `signals` option of contact search. */
export const ContactSignalsOption = z.lazy(() =>
  z.looseObject({
    types: z.array(ContactSignalType),
    startDate: z.optional(IsoDate),
    maxResultsPerSignal: z.optional(z.int().check(z.minimum(1), z.maximum(100))),
  }),
);
export type ContactSignalsOption = z.infer<typeof ContactSignalsOption>;

/** POST /v3/contacts/search (1..100 contacts a call; the client chunks longer lists). */
export const SearchContactsRequest = z.lazy(() =>
  z.looseObject({
    contacts: z.array(ContactSearchItem).check(z.minLength(1), z.maxLength(100)),
    options: z.optional(SearchOptions),
    signals: z.optional(ContactSignalsOption),
  }),
);
export type SearchContactsRequest = z.infer<typeof SearchContactsRequest>;

/** A non-PII contact preview: `has` says what exists, `canReveal` what enrich would cost. */
export const ContactPreview = z.lazy(() =>
  z.looseObject({
    clientReferenceId: z.optional(z.string()),
    id: z.optional(LushaId),
    firstName: z.optional(z.string()),
    lastName: z.optional(z.string()),
    jobTitle: z.optional(JobTitle),
    company: z.optional(CompanyRef),
    location: z.optional(BriefLocation),
    socialLinks: z.optional(LinkedinLinks),
    has: z.optional(z.array(z.string())),
    canReveal: z.optional(z.array(ContactCanRevealItem)),
    signalTypes: z.optional(z.array(z.string())),
    error: z.optional(ItemError),
  }),
);
export type ContactPreview = z.infer<typeof ContactPreview>;

/** Answer of contact search. */
export const SearchContactsResponse = z.lazy(() =>
  z.looseObject({
    requestId: z.optional(z.string()),
    results: z.optional(z.array(ContactPreview)),
    billing: z.optional(Billing),
  }),
);
export type SearchContactsResponse = z.infer<typeof SearchContactsResponse>;

/** POST /v3/contacts/enrich: reveal contacts by id. */
export const EnrichContactsRequest = z.lazy(() =>
  z.looseObject({
    ids: z.array(LushaId).check(z.minLength(1), z.maxLength(100)),
    reveal: z.optional(z.array(ContactRevealField)),
    waterfallEnabled: z.optional(z.boolean()),
    tableId: z.optional(z.string()),
  }),
);
export type EnrichContactsRequest = z.infer<typeof EnrichContactsRequest>;

/** A revealed e-mail address. */
export const ContactEmail = z.lazy(() =>
  z.looseObject({
    email: z.string(),
    /** `work`, `private` or `unknown` in the spec; any other kind Lusha sends is kept. */
    type: z.optional(z.string()),
    confidence: z.nullish(z.string()),
    updateDate: z.optional(z.string()),
  }),
);
export type ContactEmail = z.infer<typeof ContactEmail>;

/** A revealed phone number. */
export const ContactPhone = z.lazy(() =>
  z.looseObject({
    number: z.string(),
    /** `mobile`, `direct`, `work` or `unknown` in the spec; any other kind is kept. */
    type: z.optional(z.string()),
    doNotCall: z.optional(z.boolean()),
    updateDate: z.optional(z.string()),
  }),
);
export type ContactPhone = z.infer<typeof ContactPhone>;

/** A fully enriched contact. */
export const EnrichedContact = z.looseObject({
  id: z.optional(LushaId),
  firstName: z.optional(z.string()),
  lastName: z.optional(z.string()),
  fullName: z.optional(z.string()),
  jobTitle: z.optional(JobTitle),
  location: z.optional(
    z.looseObject({
      country: z.optional(z.string()),
      countryIso2: z.optional(z.string()),
      state: z.optional(z.string()),
      city: z.optional(z.string()),
      continent: z.optional(z.string()),
      coordinates: z.optional(z.array(z.number())),
      isEuContact: z.optional(z.boolean()),
    }),
  ),
  tags: z.optional(
    z.array(z.looseObject({ id: z.optional(z.string()), name: z.optional(z.string()) })),
  ),
  emails: z.optional(z.array(ContactEmail)),
  phones: z.optional(z.array(ContactPhone)),
  company: z.optional(z.extend(CompanyRef, { industry: z.optional(z.string()) })),
  socialLinks: z.optional(z.extend(LinkedinLinks, { xUrl: z.optional(z.string()) })),
  previousEmployment: z.optional(
    z.array(
      z.looseObject({
        company: z.optional(
          z.looseObject({ name: z.optional(z.string()), domain: z.optional(z.string()) }),
        ),
        jobTitle: z.optional(JobTitle),
      }),
    ),
  ),
  updateDate: z.optional(z.string()),
  error: z.optional(ItemError),
});
export type EnrichedContact = z.infer<typeof EnrichedContact>;

/** Answer of contact enrich. */
export const EnrichContactsResponse = z.lazy(() =>
  z.looseObject({
    requestId: z.optional(z.string()),
    results: z.optional(z.array(EnrichedContact)),
    tableWrite: z.optional(TableWrite),
    billing: z.optional(Billing),
  }),
);
export type EnrichContactsResponse = z.infer<typeof EnrichContactsResponse>;

/** POST /v3/contacts/search-and-enrich. */
export const SearchAndEnrichContactsRequest = z.lazy(() =>
  z.looseObject({
    contacts: z.array(ContactSearchItem).check(z.minLength(1), z.maxLength(100)),
    reveal: z.optional(z.array(ContactRevealField)),
    options: z.optional(SearchOptions),
  }),
);
export type SearchAndEnrichContactsRequest = z.infer<typeof SearchAndEnrichContactsRequest>;

/** An enriched contact with the caller's `clientReferenceId`. */
export const SearchAndEnrichContactResult = z.lazy(() =>
  z.extend(EnrichedContact, {
    clientReferenceId: z.optional(z.string()),
  }),
);
export type SearchAndEnrichContactResult = z.infer<typeof SearchAndEnrichContactResult>;

/** Answer of contact search-and-enrich. */
export const SearchAndEnrichContactsResponse = z.lazy(() =>
  z.looseObject({
    requestId: z.optional(z.string()),
    results: z.optional(z.array(SearchAndEnrichContactResult)),
    billing: z.optional(Billing),
  }),
);
export type SearchAndEnrichContactsResponse = z.infer<typeof SearchAndEnrichContactsResponse>;
