/**
 * The look-up messages of the protocol: key, account, previews, enrich and history. Every one
 * is accepted only from this extension's own pages (side panel, options), never from a content
 * script: these are the calls that spend credits or touch the key.
 */
import * as z from 'zod/mini';
import type { HistoryEntry, HistoryPage } from '@/lib/history';
import type {
  AccountSummary,
  CreditCaps,
  EnrichOutcome,
  PreviewOutcome,
  UserError,
} from '@/lib/lookup';
import { CompanyRevealField } from '@/lib/lusha/schemas/companies';
import { ContactRevealField } from '@/lib/lusha/schemas/contacts';
import type { KeyStatus } from '@/lib/secrets';

const text = (max: number) => z.string().check(z.trim(), z.minLength(1), z.maxLength(max));
const profileUrl = z.string().check(z.regex(/^https:\/\/www\.linkedin\.com\/in\/[^/?#\s]{1,200}$/));
const companyUrl = z
  .string()
  .check(z.regex(/^https:\/\/www\.linkedin\.com\/company\/[^/?#\s]{1,200}$/));

/** A target's name as the page shows it (display only: never part of its key). */
const label = z.optional(text(200));

/**
 * A target as a page sends it. The background rebuilds its key from these fields, so a page
 * cannot make two different people share a cache entry.
 */
export const TargetInput = z.lazy(() =>
  z.union([
    z.object({
      kind: z.literal('person'),
      by: z.literal('linkedin'),
      linkedinUrl: profileUrl,
      label,
    }),
    z.object({
      kind: z.literal('person'),
      by: z.literal('email'),
      email: z.email().check(z.maxLength(320)),
      label,
    }),
    z.object({
      kind: z.literal('person'),
      by: z.literal('name'),
      firstName: text(100),
      lastName: text(100),
      companyName: z.optional(text(200)),
      companyDomain: z.optional(text(253)),
      label,
    }),
    z.object({ kind: z.literal('company'), by: z.literal('domain'), domain: text(253), label }),
    z.object({
      kind: z.literal('company'),
      by: z.literal('name'),
      name: text(200),
      linkedinUrl: z.optional(companyUrl),
      label,
    }),
  ]),
);
export type TargetInput = z.infer<typeof TargetInput>;

/** Previews for up to 100 targets; `search: false` answers from the cache only (free). */
export const PreviewTargets = z.lazy(() =>
  z.object({
    targets: z.array(TargetInput).check(z.minLength(1), z.maxLength(100)),
    search: z.boolean(),
  }),
);
export type PreviewTargets = z.infer<typeof PreviewTargets>;

const ids = z
  .array(z.string().check(z.minLength(1), z.maxLength(64)))
  .check(z.minLength(1), z.maxLength(100));
const expectedCredits = z.number().check(z.minimum(0), z.maximum(1_000_000));
/** One id per confirmed reveal, made by the panel: asking again with it never bills again. */
const requestId = z.string().check(z.regex(/^[A-Za-z0-9-]{8,64}$/));

/** A confirmed reveal: what the rep ticked and the total the confirm bar showed. */
export const Enrich = z.lazy(() =>
  z.discriminatedUnion('kind', [
    z.object({
      requestId,
      kind: z.literal('person'),
      ids,
      reveal: z
        .array(ContactRevealField)
        .check(z.minLength(1), z.maxLength(ContactRevealField.options.length)),
      expectedCredits,
    }),
    z.object({
      requestId,
      kind: z.literal('company'),
      ids,
      reveal: z.array(CompanyRevealField).check(z.maxLength(CompanyRevealField.options.length)),
      expectedCredits,
    }),
  ]),
);
export type Enrich = z.infer<typeof Enrich>;

/**
 * A key to check and save; with `baseUrl`, checked against that address (a team gateway and
 * a rep token), which becomes the API base URL only once the check passed.
 */
export const SaveApiKey = z.lazy(() =>
  z.object({
    key: z.string().check(z.trim(), z.minLength(8), z.maxLength(256), z.regex(/^\S+$/)),
    baseUrl: z.optional(z.string().check(z.maxLength(300))),
  }),
);
export type SaveApiKey = z.infer<typeof SaveApiKey>;

export const Empty = z.lazy(() => z.strictObject({}));
export type Empty = z.infer<typeof Empty>;

export const GetAccount = z.lazy(() => z.object({ refresh: z.optional(z.boolean()) }));
export type GetAccount = z.infer<typeof GetAccount>;

export const GetHistory = z.lazy(() =>
  z.object({
    query: z.optional(z.string().check(z.maxLength(200))),
    offset: z.optional(z.int().check(z.minimum(0), z.maximum(10_000_000))),
    limit: z.optional(z.int().check(z.minimum(1), z.maximum(500))),
  }),
);
export type GetHistory = z.infer<typeof GetHistory>;

/** Exports what a history search shows (all of it, not only the page on screen). */
export const ExportHistory = z.lazy(() =>
  z.object({ query: z.optional(z.string().check(z.maxLength(200))) }),
);
export type ExportHistory = z.infer<typeof ExportHistory>;

/** A host name to reduce to its registrable domain (the suffix list lives in the background). */
export const RegistrableDomain = z.lazy(() =>
  z.object({
    host: z.string().check(z.minLength(1), z.maxLength(253)),
  }),
);
export type RegistrableDomain = z.infer<typeof RegistrableDomain>;

/** What became of a confirmed reveal, by its request id (after the worker stopped mid-call). */
export const GetReveal = z.lazy(() => z.object({ requestId }));
export type GetReveal = z.infer<typeof GetReveal>;

export const FindRevealed = z.lazy(() =>
  z.object({
    identifiers: z
      .array(z.string().check(z.minLength(1), z.maxLength(4096)))
      .check(z.maxLength(2000)),
  }),
);
export type FindRevealed = z.infer<typeof FindRevealed>;

/** A result the UI shows either way: the value, or a UserError with the way out. */
export type Outcome<T> = { ok: true; value: T } | { ok: false; error: UserError };

export type { KeyStatus } from '@/lib/secrets';

/** Look-up messages: schema and sender, merged into the protocol map. */
export const lookupProtocol = {
  getKeyStatus: { data: Empty, from: 'extensionPage' },
  saveApiKey: { data: SaveApiKey, from: 'extensionPage' },
  removeApiKey: { data: Empty, from: 'extensionPage' },
  getAccount: { data: GetAccount, from: 'extensionPage' },
  previewTargets: { data: PreviewTargets, from: 'extensionPage' },
  enrich: { data: Enrich, from: 'extensionPage' },
  getHistory: { data: GetHistory, from: 'extensionPage' },
  findRevealed: { data: FindRevealed, from: 'extensionPage' },
  exportHistory: { data: ExportHistory, from: 'extensionPage' },
  getReveal: { data: GetReveal, from: 'extensionPage' },
  getSpend: { data: Empty, from: 'extensionPage' },
  registrableDomain: { data: RegistrableDomain, from: 'extensionPage' },
} as const;

/** Credits spent today and this month (held ones apart) and the caps, for the confirm bar. */
export interface SpendStatus {
  today: number;
  month: number;
  held: number;
  caps: CreditCaps;
}

/** Look-up messages: data and response types. */
export interface LookupProtocolMap {
  getKeyStatus: { data: Empty; response: KeyStatus };
  saveApiKey: { data: SaveApiKey; response: Outcome<AccountSummary> };
  removeApiKey: { data: Empty; response: KeyStatus };
  getAccount: { data: GetAccount; response: Outcome<AccountSummary> };
  /** Outcomes by target key (see lib/lookup targets); with `search: false`, cached ones only. */
  previewTargets: {
    data: PreviewTargets;
    response: { keys: string[]; outcomes: Record<string, PreviewOutcome> };
  };
  enrich: { data: Enrich; response: Outcome<EnrichOutcome> };
  /** A page of the history (newest first) and how many match. */
  getHistory: { data: GetHistory; response: HistoryPage };
  /** History entries by the identifier (LinkedIn URL, email, domain) that matched. */
  findRevealed: { data: FindRevealed; response: Record<string, HistoryEntry> };
  exportHistory: { data: ExportHistory; response: { csv: string; filename: string } };
  /**
   * A confirmed reveal by request id: `done` with its outcome, `open` while it is being
   * finished, `failed` (nothing was charged), or `unknown` (never received).
   */
  getSpend: { data: Empty; response: SpendStatus };
  /** `shop.acme.co.uk` -> `acme.co.uk`; null for no company domain (an IP, a bare suffix). */
  registrableDomain: { data: RegistrableDomain; response: { domain: string | null } };
  getReveal: {
    data: GetReveal;
    response: { status: 'open' | 'done' | 'failed' | 'unknown'; outcome?: Outcome<EnrichOutcome> };
  };
}
