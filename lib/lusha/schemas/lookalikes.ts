/** Lookalikes: contacts or companies similar to seeds, paged through a dedupe session. */
import { z } from 'zod';
import {
  Billing,
  BriefLocation,
  CompanyRef,
  JobTitle,
  LinkedinLinks,
  LushaId,
  TableWrite,
} from './common';

const upTo100 = <T extends z.ZodType>(item: T) => z.array(item).max(100).optional();

/** Contacts given as seeds or exclusions. */
export const ContactIdentifiersBatch = z.looseObject({
  linkedinUrls: upTo100(z.string()),
  contacts: upTo100(
    z.looseObject({
      firstName: z.string(),
      lastName: z.string(),
      companyDomain: z.string().optional(),
      companyName: z.string().optional(),
    }),
  ),
  emails: upTo100(z.email()),
  ids: upTo100(LushaId),
  contactIds: upTo100(z.number().int()),
});
export type ContactIdentifiersBatch = z.infer<typeof ContactIdentifiersBatch>;

/** Companies given as seeds or exclusions. */
export const CompanyIdentifiersBatch = z.looseObject({
  domains: upTo100(z.string()),
  linkedinUrls: upTo100(z.string()),
});
export type CompanyIdentifiersBatch = z.infer<typeof CompanyIdentifiersBatch>;

const common = {
  dedupeSessionId: z.string().optional(),
  limit: z.number().int().min(1).max(100).optional(),
  tableId: z.string().optional(),
};

/** POST /v3/contacts/lookalike. */
export const GetContactLookalikesRequest = z.looseObject({
  ...common,
  seeds: ContactIdentifiersBatch,
  exclude: ContactIdentifiersBatch.optional(),
});
export type GetContactLookalikesRequest = z.infer<typeof GetContactLookalikesRequest>;

/** POST /v3/companies/lookalike. */
export const GetCompanyLookalikesRequest = z.looseObject({
  ...common,
  seeds: CompanyIdentifiersBatch,
  exclude: CompanyIdentifiersBatch.optional(),
});
export type GetCompanyLookalikesRequest = z.infer<typeof GetCompanyLookalikesRequest>;

/** `meta` of lookalike answers. */
export const LookalikesMeta = z.looseObject({ returned: z.number().int(), hasMore: z.boolean() });
export type LookalikesMeta = z.infer<typeof LookalikesMeta>;

/** A lookalike contact. */
export const LookalikeContact = z.looseObject({
  id: LushaId.optional(),
  firstName: z.string().optional(),
  lastName: z.string().optional(),
  socialLinks: LinkedinLinks.optional(),
  company: CompanyRef.optional(),
  jobTitle: JobTitle.optional(),
  location: BriefLocation.optional(),
});
export type LookalikeContact = z.infer<typeof LookalikeContact>;

/** A lookalike company. */
export const LookalikeCompany = z.looseObject({
  id: LushaId.optional(),
  name: z.string().optional(),
  domain: z.string().optional(),
  employeeCount: z.looseObject({ exact: z.number().int().optional() }).optional(),
  industry: z.string().optional(),
  location: BriefLocation.optional(),
  socialLinks: LinkedinLinks.optional(),
});
export type LookalikeCompany = z.infer<typeof LookalikeCompany>;

const answer = {
  meta: LookalikesMeta,
  tableWrite: TableWrite.optional(),
  billing: Billing.optional(),
};

/** Answer of contact lookalikes (`dedupeSessionId` pages on; null when none was opened). */
export const GetContactLookalikesResponse = z.looseObject({
  ...answer,
  dedupeSessionId: z.string().nullable(),
  results: z.array(LookalikeContact),
});
export type GetContactLookalikesResponse = z.infer<typeof GetContactLookalikesResponse>;

/** Answer of company lookalikes. */
export const GetCompanyLookalikesResponse = z.looseObject({
  ...answer,
  dedupeSessionId: z.string(),
  results: z.array(LookalikeCompany),
});
export type GetCompanyLookalikesResponse = z.infer<typeof GetCompanyLookalikesResponse>;
