/**
 * Building blocks shared by every Lusha V3 schema group. Objects are loose (unknown fields pass
 * through); types are strict on what the app reads. Ids are opaque strings (numeric or `v1....`).
 */
import * as z from 'zod/mini';
import { en } from 'zod/locales';

// zod/mini ships without messages (every issue would read "Invalid input"): use zod's English
// ones, as classic zod does, for answers that do not fit. A locale set before wins.
if (!z.config().localeError) z.config(en());

/** An opaque Lusha id: numeric strings and `v1....` strings both occur. */
export const LushaId = z.string();
export type LushaId = z.infer<typeof LushaId>;

/**
 * `billing` on every billed response. Read as any number: what Lusha says it charged is
 * recorded as it says it (6.5 included), never thrown away.
 */
export const Billing = z.lazy(() =>
  z.looseObject({
    creditsCharged: z.optional(z.number()),
    resultsReturned: z.optional(z.number()),
  }),
);
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
export const ItemError = z.lazy(() =>
  z.looseObject({
    code: z.optional(z.string()),
    message: z.optional(z.string()),
  }),
);
export type ItemError = z.infer<typeof ItemError>;

/**
 * Contact `canReveal[]`: what enrich would unlock and its cost (0 = already revealed). The
 * spec says `emails|phones`; a field Lusha adds later is read (and not offered) rather than
 * failing the whole answer.
 */
export const ContactCanRevealItem = z.lazy(() =>
  z.looseObject({
    field: z.string(),
    credits: z.number(),
  }),
);
export type ContactCanRevealItem = z.infer<typeof ContactCanRevealItem>;

/** Company `canReveal[]`: the spec says emails|phones, its examples show any field name. */
export const CompanyCanRevealItem = z.lazy(() =>
  z.looseObject({
    field: z.string(),
    credits: z.number(),
  }),
);
export type CompanyCanRevealItem = z.infer<typeof CompanyCanRevealItem>;

/** `tableWrite` when a call also wrote into a Lusha table (`columnsCreated` int or list). */
export const TableWrite = z.lazy(() =>
  z.looseObject({
    tableId: z.optional(z.string()),
    added: z.optional(z.int()),
    alreadyPresent: z.optional(z.int()),
    columnsCreated: z.optional(z.union([z.int(), z.array(z.unknown())])),
    rowsProcessed: z.optional(z.int()),
    rowsCharged: z.optional(z.int()),
    rowsAlreadyPaidInTable: z.optional(z.int()),
    creditsCharged: z.optional(z.int()),
  }),
);
export type TableWrite = z.infer<typeof TableWrite>;

/** `options` of search calls. */
export const SearchOptions = z.lazy(() =>
  z.looseObject({ includePartialProfiles: z.optional(z.boolean()) }),
);
export type SearchOptions = z.infer<typeof SearchOptions>;

/** Page request of prospecting calls: page 0..1000, size 10..100. */
export const PaginationRequest = z.lazy(() =>
  z.looseObject({
    page: z.int().check(z.minimum(0), z.maximum(1000)),
    size: z.int().check(z.minimum(10), z.maximum(100)),
  }),
);
export type PaginationRequest = z.infer<typeof PaginationRequest>;

/** Page info of prospecting answers. */
export const PaginationResponse = z.lazy(() =>
  z.looseObject({
    page: z.optional(z.int()),
    size: z.optional(z.int()),
    total: z.optional(z.int()),
  }),
);
export type PaginationResponse = z.infer<typeof PaginationResponse>;

/** Job title block of contact results. */
export const JobTitle = z.lazy(() =>
  z.looseObject({
    title: z.optional(z.string()),
    departments: z.optional(z.array(z.string())),
    seniority: z.optional(z.string()),
  }),
);
export type JobTitle = z.infer<typeof JobTitle>;

/** Short location (country/state/city) of previews. */
export const BriefLocation = z.lazy(() =>
  z.looseObject({
    country: z.optional(z.string()),
    state: z.optional(z.string()),
    city: z.optional(z.string()),
  }),
);
export type BriefLocation = z.infer<typeof BriefLocation>;

/** `{ id, name, domain }` company reference. */
export const CompanyRef = z.looseObject({
  id: z.optional(LushaId),
  name: z.optional(z.string()),
  domain: z.optional(z.string()),
});
export type CompanyRef = z.infer<typeof CompanyRef>;

/** `socialLinks` with at least a LinkedIn URL. */
export const LinkedinLinks = z.looseObject({ linkedin: z.optional(z.string()) });
export type LinkedinLinks = z.infer<typeof LinkedinLinks>;

/** Employee count (exact or a range). */
export const EmployeeCount = z.lazy(() =>
  z.looseObject({
    exact: z.optional(z.int()),
    min: z.optional(z.int()),
    max: z.optional(z.int()),
  }),
);
export type EmployeeCount = z.infer<typeof EmployeeCount>;

/** A location filter (V3Location). */
export const LocationFilter = z.lazy(() =>
  z.looseObject({
    city: z.optional(z.string()),
    state: z.optional(z.string()),
    country: z.optional(z.string()),
    continent: z.optional(z.string()),
    countryGrouping: z.optional(z.string()),
    region: z.optional(z.string()),
    countryIso2: z.optional(z.string()),
  }),
);
export type LocationFilter = z.infer<typeof LocationFilter>;

/** A `{min, max}` integer range filter (V3Range). */
export const RangeFilter = z.lazy(() =>
  z.looseObject({
    min: z.optional(z.int().check(z.minimum(0))),
    max: z.optional(z.int()),
  }),
);
export type RangeFilter = z.infer<typeof RangeFilter>;

/**
 * Error body of non-2xx answers: `{statusCode, message, errors?}`, or `{code, message}` for the
 * contact lookalike 410 (`DedupeSessionInvalidError`).
 */
export const ErrorResponse = z.lazy(() =>
  z.looseObject({
    statusCode: z.optional(z.int()),
    message: z.optional(z.string()),
    errors: z.optional(z.array(z.unknown())),
    code: z.optional(z.string()),
  }),
);
export type ErrorResponse = z.infer<typeof ErrorResponse>;

/** A request with no JSON body (GET, or POST without body). */
export const EmptyRequest = z.undefined();
export type EmptyRequest = z.infer<typeof EmptyRequest>;

/** Calendar date `YYYY-MM-DD` in requests. */
export const IsoDate = z.iso.date();
export type IsoDate = z.infer<typeof IsoDate>;
