/**
 * Request schemas of the enrichment operations (search, enrich, search-and-enrich for contacts
 * and companies), following the spec's `V3*Request` schemas: 1-100 items, enums, and at least
 * one usable identifier per item. Unknown fields are allowed, as in the spec.
 */
import * as z from 'zod/mini';
import { SandboxHttpError } from '../types';
import { COMPANY_SIGNAL_TYPES, CONTACT_SIGNAL_TYPES } from '../vocab';
import { parseIsoDate } from './prospecting-common';

/** `format: date`: a day that exists, so 2026-02-30 is refused rather than matching nothing. */
const isoDate = z
  .string()
  .check(z.refine((s) => !Number.isNaN(parseIsoDate(s)), 'must be a real date (YYYY-MM-DD)'));

export const SearchOptions = z.looseObject({ includePartialProfiles: z.optional(z.boolean()) });
export type SearchOptions = z.infer<typeof SearchOptions>;

const signalsOf = <T extends readonly [string, ...string[]]>(types: T) =>
  z.looseObject({
    types: z.array(z.enum(types)).check(z.minLength(1)),
    startDate: z.optional(isoDate),
    maxResultsPerSignal: z.optional(z.int().check(z.minimum(1), z.maximum(100))),
  });

export const ContactSignalsFilter = signalsOf(['allSignals', ...CONTACT_SIGNAL_TYPES]);
export type ContactSignalsFilter = z.infer<typeof ContactSignalsFilter>;
export const CompanySignalsFilter = signalsOf([
  'allSignals',
  'linkedinActivityIntent',
  ...COMPANY_SIGNAL_TYPES,
]);
export type CompanySignalsFilter = z.infer<typeof CompanySignalsFilter>;

export const ContactSearchItem = z
  .looseObject({
    clientReferenceId: z.optional(z.string()),
    id: z.optional(z.string().check(z.minLength(1))),
    linkedinUrl: z.optional(z.string().check(z.minLength(1))),
    email: z.optional(z.email()),
    firstName: z.optional(z.string().check(z.minLength(1))),
    lastName: z.optional(z.string().check(z.minLength(1))),
    companyName: z.optional(z.string().check(z.minLength(1))),
    companyDomain: z.optional(z.string().check(z.minLength(1))),
  })
  .check(
    z.refine(
      (c) =>
        c.id ||
        c.linkedinUrl ||
        c.email ||
        (c.firstName && c.lastName && (c.companyName || c.companyDomain)),
      'one identifier is required: id, linkedinUrl, email, or firstName + lastName + companyName or companyDomain',
    ),
  );
export type ContactSearchItem = z.infer<typeof ContactSearchItem>;

export const CompanySearchItem = z
  .looseObject({
    clientReferenceId: z.optional(z.string()),
    id: z.optional(z.string().check(z.minLength(1))),
    name: z.optional(z.string().check(z.minLength(1))),
    domain: z.optional(z.string().check(z.minLength(1))),
  })
  .check(
    z.refine((c) => c.id || c.name || c.domain, 'one identifier is required: id, name or domain'),
  );
export type CompanySearchItem = z.infer<typeof CompanySearchItem>;

const batch = <T extends z.ZodMiniType>(item: T) =>
  z.array(item).check(z.minLength(1), z.maxLength(100));
const ids = z.array(z.string().check(z.minLength(1))).check(z.minLength(1), z.maxLength(100));

export const ContactReveal = z.array(z.enum(['emails', 'phones']));
export type ContactReveal = z.infer<typeof ContactReveal>;

export const COMPANY_REVEAL_FIELDS = [
  'employeesByDepartment',
  'employeesByLocation',
  'employeesBySeniority',
  'competitors',
  'intent',
  'estimatedAnnualItSpend',
  'monthlyWebsiteTraffic',
] as const;
export type CompanyRevealField = (typeof COMPANY_REVEAL_FIELDS)[number];

export const ContactsSearchRequest = z.looseObject({
  contacts: batch(ContactSearchItem),
  options: z.optional(SearchOptions),
  signals: z.optional(ContactSignalsFilter),
});

export const ContactsEnrichRequest = z.looseObject({
  ids,
  reveal: z.optional(ContactReveal),
  waterfallEnabled: z.optional(z.boolean()),
  tableId: z.optional(z.string()),
});

export const ContactsSearchAndEnrichRequest = z.looseObject({
  contacts: batch(ContactSearchItem),
  reveal: z.optional(ContactReveal),
  options: z.optional(SearchOptions),
});

export const CompaniesSearchRequest = z.looseObject({
  companies: batch(CompanySearchItem),
  options: z.optional(SearchOptions),
  signals: z.optional(CompanySignalsFilter),
});

export const CompaniesEnrichRequest = z.looseObject({
  ids,
  reveal: z.optional(z.array(z.enum(COMPANY_REVEAL_FIELDS))),
  tableId: z.optional(z.string()),
});

export const CompaniesSearchAndEnrichRequest = z.looseObject({
  companies: batch(CompanySearchItem),
  options: z.optional(SearchOptions),
});

/** Parses a request body or throws Lusha's `400 {statusCode, message, errors}`. */
export function parseRequest<T>(schema: z.ZodMiniType<T>, body: unknown): T {
  const parsed = schema.safeParse(body);
  if (parsed.success) return parsed.data;
  const errors = parsed.error.issues.map((issue) => {
    const where = issue.path.map(String).join('.');
    return where ? `${where}: ${issue.message}` : issue.message;
  });
  throw new SandboxHttpError(400, 'Invalid request parameters', errors);
}
