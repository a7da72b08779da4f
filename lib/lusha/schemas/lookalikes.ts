/** Lookalikes: contacts or companies similar to seeds, paged through a dedupe session. */
import * as z from 'zod/mini';
import {
  Billing,
  BriefLocation,
  CompanyRef,
  JobTitle,
  LinkedinLinks,
  LushaId,
  TableWrite,
} from './common';

const upTo100 = <T extends z.ZodMiniType>(item: T) =>
  z.optional(z.array(item).check(z.maxLength(100)));

/** Contacts given as seeds or exclusions. */
export const ContactIdentifiersBatch = z.lazy(() =>
  z.looseObject({
    linkedinUrls: upTo100(z.string()),
    contacts: upTo100(
      z.looseObject({
        firstName: z.string(),
        lastName: z.string(),
        companyDomain: z.optional(z.string()),
        companyName: z.optional(z.string()),
      }),
    ),
    emails: upTo100(z.email()),
    ids: upTo100(LushaId),
    contactIds: upTo100(z.int()),
  }),
);
export type ContactIdentifiersBatch = z.infer<typeof ContactIdentifiersBatch>;

/** Companies given as seeds or exclusions. */
export const CompanyIdentifiersBatch = z.lazy(() =>
  z.looseObject({
    domains: upTo100(z.string()),
    linkedinUrls: upTo100(z.string()),
  }),
);
export type CompanyIdentifiersBatch = z.infer<typeof CompanyIdentifiersBatch>;

const common = {
  dedupeSessionId: z.optional(z.string()),
  limit: z.optional(z.int().check(z.minimum(1), z.maximum(100))),
  tableId: z.optional(z.string()),
};

/** POST /v3/contacts/lookalike. */
export const GetContactLookalikesRequest = z.lazy(() =>
  z.looseObject({
    ...common,
    seeds: ContactIdentifiersBatch,
    exclude: z.optional(ContactIdentifiersBatch),
  }),
);
export type GetContactLookalikesRequest = z.infer<typeof GetContactLookalikesRequest>;

/** POST /v3/companies/lookalike. */
export const GetCompanyLookalikesRequest = z.lazy(() =>
  z.looseObject({
    ...common,
    seeds: CompanyIdentifiersBatch,
    exclude: z.optional(CompanyIdentifiersBatch),
  }),
);
export type GetCompanyLookalikesRequest = z.infer<typeof GetCompanyLookalikesRequest>;

/** `meta` of lookalike answers. */
export const LookalikesMeta = z.lazy(() =>
  z.looseObject({ returned: z.int(), hasMore: z.boolean() }),
);
export type LookalikesMeta = z.infer<typeof LookalikesMeta>;

/** A lookalike contact. */
export const LookalikeContact = z.lazy(() =>
  z.looseObject({
    id: z.optional(LushaId),
    firstName: z.optional(z.string()),
    lastName: z.optional(z.string()),
    socialLinks: z.optional(LinkedinLinks),
    company: z.optional(CompanyRef),
    jobTitle: z.optional(JobTitle),
    location: z.optional(BriefLocation),
  }),
);
export type LookalikeContact = z.infer<typeof LookalikeContact>;

/** A lookalike company. */
export const LookalikeCompany = z.lazy(() =>
  z.looseObject({
    id: z.optional(LushaId),
    name: z.optional(z.string()),
    domain: z.optional(z.string()),
    employeeCount: z.optional(z.looseObject({ exact: z.optional(z.int()) })),
    industry: z.optional(z.string()),
    location: z.optional(BriefLocation),
    socialLinks: z.optional(LinkedinLinks),
  }),
);
export type LookalikeCompany = z.infer<typeof LookalikeCompany>;

const answer = {
  meta: LookalikesMeta,
  tableWrite: z.optional(TableWrite),
  billing: z.optional(Billing),
};

/** Answer of contact lookalikes (`dedupeSessionId` pages on; null when none was opened). */
export const GetContactLookalikesResponse = z.lazy(() =>
  z.looseObject({
    ...answer,
    dedupeSessionId: z.nullable(z.string()),
    results: z.array(LookalikeContact),
  }),
);
export type GetContactLookalikesResponse = z.infer<typeof GetContactLookalikesResponse>;

/** Answer of company lookalikes. */
export const GetCompanyLookalikesResponse = z.lazy(() =>
  z.looseObject({
    ...answer,
    dedupeSessionId: z.string(),
    results: z.array(LookalikeCompany),
  }),
);
export type GetCompanyLookalikesResponse = z.infer<typeof GetCompanyLookalikesResponse>;
