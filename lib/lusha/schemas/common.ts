/**
 * Building blocks shared by every Lusha V3 schema group. Objects are loose (unknown fields pass
 * through); types are strict on what the app reads. Ids are opaque strings (numeric or `v1....`).
 */
import { z } from 'zod';

/** An opaque Lusha id: numeric strings and `v1....` strings both occur. */
export const LushaId = z.string();
export type LushaId = z.infer<typeof LushaId>;

/**
 * `billing` on every billed response. Read as any number: what Lusha says it charged is
 * recorded as it says it (6.5 included), never thrown away.
 */
export const Billing = z.looseObject({
  creditsCharged: z.number().optional(),
  resultsReturned: z.number().optional(),
});
export type Billing = z.infer<typeof Billing>;

/** Per-item error code inside `results[].error`. */
export const ItemErrorCode = z.enum([
  'NOT_FOUND',
  'COMPLIANCE_RESTRICTED',
  'ENRICH_FAILED',
  'NO_SCORE',
]);
export type ItemErrorCode = z.infer<typeof ItemErrorCode>;

/**
 * `results[].error`: a batch can partly succeed. The code is read as any string (the known
 * ones are `ItemErrorCode`): a new code from Lusha is reported for that item, not a broken answer.
 */
export const ItemError = z.looseObject({
  code: z.string().optional(),
  message: z.string().optional(),
});
export type ItemError = z.infer<typeof ItemError>;

/**
 * Contact `canReveal[]`: what enrich would unlock and its cost (0 = already revealed). The
 * spec says `emails|phones`; a field Lusha adds later is read (and not offered) rather than
 * failing the whole answer.
 */
export const ContactCanRevealItem = z.looseObject({
  field: z.string(),
  credits: z.number(),
});
export type ContactCanRevealItem = z.infer<typeof ContactCanRevealItem>;

/** Company `canReveal[]`: the spec says emails|phones, its examples show any field name. */
export const CompanyCanRevealItem = z.looseObject({
  field: z.string(),
  credits: z.number(),
});
export type CompanyCanRevealItem = z.infer<typeof CompanyCanRevealItem>;

/** `tableWrite` when a call also wrote into a Lusha table (`columnsCreated` int or list). */
export const TableWrite = z.looseObject({
  tableId: z.string().optional(),
  added: z.number().int().optional(),
  alreadyPresent: z.number().int().optional(),
  columnsCreated: z.union([z.number().int(), z.array(z.unknown())]).optional(),
  rowsProcessed: z.number().int().optional(),
  rowsCharged: z.number().int().optional(),
  rowsAlreadyPaidInTable: z.number().int().optional(),
  creditsCharged: z.number().int().optional(),
});
export type TableWrite = z.infer<typeof TableWrite>;

/** `options` of search calls. */
export const SearchOptions = z.looseObject({ includePartialProfiles: z.boolean().optional() });
export type SearchOptions = z.infer<typeof SearchOptions>;

/** Page request of prospecting calls: page 0..1000, size 10..100. */
export const PaginationRequest = z.looseObject({
  page: z.number().int().min(0).max(1000),
  size: z.number().int().min(10).max(100),
});
export type PaginationRequest = z.infer<typeof PaginationRequest>;

/** Page info of prospecting answers. */
export const PaginationResponse = z.looseObject({
  page: z.number().int().optional(),
  size: z.number().int().optional(),
  total: z.number().int().optional(),
});
export type PaginationResponse = z.infer<typeof PaginationResponse>;

/** Job title block of contact results. */
export const JobTitle = z.looseObject({
  title: z.string().optional(),
  departments: z.array(z.string()).optional(),
  seniority: z.string().optional(),
});
export type JobTitle = z.infer<typeof JobTitle>;

/** Short location (country/state/city) of previews. */
export const BriefLocation = z.looseObject({
  country: z.string().optional(),
  state: z.string().optional(),
  city: z.string().optional(),
});
export type BriefLocation = z.infer<typeof BriefLocation>;

/** `{ id, name, domain }` company reference. */
export const CompanyRef = z.looseObject({
  id: LushaId.optional(),
  name: z.string().optional(),
  domain: z.string().optional(),
});
export type CompanyRef = z.infer<typeof CompanyRef>;

/** `socialLinks` with at least a LinkedIn URL. */
export const LinkedinLinks = z.looseObject({ linkedin: z.string().optional() });
export type LinkedinLinks = z.infer<typeof LinkedinLinks>;

/** Employee count (exact or a range). */
export const EmployeeCount = z.looseObject({
  exact: z.number().int().optional(),
  min: z.number().int().optional(),
  max: z.number().int().optional(),
});
export type EmployeeCount = z.infer<typeof EmployeeCount>;

/** A location filter (V3Location). */
export const LocationFilter = z.looseObject({
  city: z.string().optional(),
  state: z.string().optional(),
  country: z.string().optional(),
  continent: z.string().optional(),
  countryGrouping: z.string().optional(),
  region: z.string().optional(),
  countryIso2: z.string().optional(),
});
export type LocationFilter = z.infer<typeof LocationFilter>;

/** A `{min, max}` integer range filter (V3Range). */
export const RangeFilter = z.looseObject({
  min: z.number().int().min(0).optional(),
  max: z.number().int().optional(),
});
export type RangeFilter = z.infer<typeof RangeFilter>;

/**
 * Error body of non-2xx answers: `{statusCode, message, errors?}`, or `{code, message}` for the
 * contact lookalike 410 (`DedupeSessionInvalidError`).
 */
export const ErrorResponse = z.looseObject({
  statusCode: z.number().int().optional(),
  message: z.string().optional(),
  errors: z.array(z.unknown()).optional(),
  code: z.string().optional(),
});
export type ErrorResponse = z.infer<typeof ErrorResponse>;

/** A request with no JSON body (GET, or POST without body). */
export const EmptyRequest = z.undefined();
export type EmptyRequest = z.infer<typeof EmptyRequest>;

/** Calendar date `YYYY-MM-DD` in requests. */
export const IsoDate = z.iso.date();
export type IsoDate = z.infer<typeof IsoDate>;
