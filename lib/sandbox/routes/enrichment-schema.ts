/**
 * Request schemas of the enrichment operations (search, enrich, search-and-enrich for contacts
 * and companies), following the spec's `V3*Request` schemas: 1-100 items, enums, and at least
 * one usable identifier per item. Unknown fields are allowed, as in the spec.
 */
import { z } from 'zod';
import { SandboxHttpError } from '../types';
import { COMPANY_SIGNAL_TYPES, CONTACT_SIGNAL_TYPES } from '../vocab';
import { parseIsoDate } from './prospecting-common';

/** `format: date`: a day that exists, so 2026-02-30 is refused rather than matching nothing. */
const isoDate = z
  .string()
  .refine((s) => !Number.isNaN(parseIsoDate(s)), 'must be a real date (YYYY-MM-DD)');

export const SearchOptions = z.looseObject({ includePartialProfiles: z.boolean().optional() });
export type SearchOptions = z.infer<typeof SearchOptions>;

const signalsOf = <T extends readonly [string, ...string[]]>(types: T) =>
  z.looseObject({
    types: z.array(z.enum(types)).min(1),
    startDate: isoDate.optional(),
    maxResultsPerSignal: z.number().int().min(1).max(100).optional(),
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
    clientReferenceId: z.string().optional(),
    id: z.string().min(1).optional(),
    linkedinUrl: z.string().min(1).optional(),
    email: z.email().optional(),
    firstName: z.string().min(1).optional(),
    lastName: z.string().min(1).optional(),
    companyName: z.string().min(1).optional(),
    companyDomain: z.string().min(1).optional(),
  })
  .refine(
    (c) =>
      c.id ||
      c.linkedinUrl ||
      c.email ||
      (c.firstName && c.lastName && (c.companyName || c.companyDomain)),
    'one identifier is required: id, linkedinUrl, email, or firstName + lastName + companyName or companyDomain',
  );
export type ContactSearchItem = z.infer<typeof ContactSearchItem>;

export const CompanySearchItem = z
  .looseObject({
    clientReferenceId: z.string().optional(),
    id: z.string().min(1).optional(),
    name: z.string().min(1).optional(),
    domain: z.string().min(1).optional(),
  })
  .refine((c) => c.id || c.name || c.domain, 'one identifier is required: id, name or domain');
export type CompanySearchItem = z.infer<typeof CompanySearchItem>;

const batch = <T extends z.ZodType>(item: T) => z.array(item).min(1).max(100);
const ids = z.array(z.string().min(1)).min(1).max(100);

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
  options: SearchOptions.optional(),
  signals: ContactSignalsFilter.optional(),
});

export const ContactsEnrichRequest = z.looseObject({
  ids,
  reveal: ContactReveal.optional(),
  waterfallEnabled: z.boolean().optional(),
  tableId: z.string().optional(),
});

export const ContactsSearchAndEnrichRequest = z.looseObject({
  contacts: batch(ContactSearchItem),
  reveal: ContactReveal.optional(),
  options: SearchOptions.optional(),
});

export const CompaniesSearchRequest = z.looseObject({
  companies: batch(CompanySearchItem),
  options: SearchOptions.optional(),
  signals: CompanySignalsFilter.optional(),
});

export const CompaniesEnrichRequest = z.looseObject({
  ids,
  reveal: z.array(z.enum(COMPANY_REVEAL_FIELDS)).optional(),
  tableId: z.string().optional(),
});

export const CompaniesSearchAndEnrichRequest = z.looseObject({
  companies: batch(CompanySearchItem),
  options: SearchOptions.optional(),
});

/** Parses a request body or throws Lusha's `400 {statusCode, message, errors}`. */
export function parseRequest<T>(schema: z.ZodType<T>, body: unknown): T {
  const parsed = schema.safeParse(body);
  if (parsed.success) return parsed.data;
  const errors = parsed.error.issues.map((issue) => {
    const where = issue.path.map(String).join('.');
    return where ? `${where}: ${issue.message}` : issue.message;
  });
  throw new SandboxHttpError(400, 'Invalid request parameters', errors);
}
