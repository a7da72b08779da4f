/**
 * The look-up messages of the protocol: key, account, previews, enrich and history. Every one
 * is accepted only from this extension's own pages (side panel, options), never from a content
 * script: these are the calls that spend credits or touch the key.
 */
import { z } from 'zod';
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

const text = (max: number) => z.string().trim().min(1).max(max);
const profileUrl = z.string().regex(/^https:\/\/www\.linkedin\.com\/in\/[^/?#\s]{1,200}$/);
const companyUrl = z.string().regex(/^https:\/\/www\.linkedin\.com\/company\/[^/?#\s]{1,200}$/);

/** A target's name as the page shows it (display only: never part of its key). */
const label = text(200).optional();

/**
 * A target as a page sends it. The background rebuilds its key from these fields, so a page
 * cannot make two different people share a cache entry.
 */
export const TargetInput = z.union([
  z.object({
    kind: z.literal('person'),
    by: z.literal('linkedin'),
    linkedinUrl: profileUrl,
    label,
  }),
  z.object({ kind: z.literal('person'), by: z.literal('email'), email: z.email().max(320), label }),
  z.object({
    kind: z.literal('person'),
    by: z.literal('name'),
    firstName: text(100),
    lastName: text(100),
    companyName: text(200).optional(),
    companyDomain: text(253).optional(),
    label,
  }),
  z.object({ kind: z.literal('company'), by: z.literal('domain'), domain: text(253), label }),
  z.object({
    kind: z.literal('company'),
    by: z.literal('name'),
    name: text(200),
    linkedinUrl: companyUrl.optional(),
    label,
  }),
]);
export type TargetInput = z.infer<typeof TargetInput>;

/** Previews for up to 100 targets; `search: false` answers from the cache only (free). */
export const PreviewTargets = z.object({
  targets: z.array(TargetInput).min(1).max(100),
  search: z.boolean(),
});
export type PreviewTargets = z.infer<typeof PreviewTargets>;

const ids = z.array(z.string().min(1).max(64)).min(1).max(100);
const expectedCredits = z.number().min(0).max(1_000_000);
/** One id per confirmed reveal, made by the panel: asking again with it never bills again. */
const requestId = z.string().regex(/^[A-Za-z0-9-]{8,64}$/);

/** A confirmed reveal: what the rep ticked and the total the confirm bar showed. */
export const Enrich = z.discriminatedUnion('kind', [
  z.object({
    requestId,
    kind: z.literal('person'),
    ids,
    reveal: z.array(ContactRevealField).min(1).max(ContactRevealField.options.length),
    expectedCredits,
  }),
  z.object({
    requestId,
    kind: z.literal('company'),
    ids,
    reveal: z.array(CompanyRevealField).max(CompanyRevealField.options.length),
    expectedCredits,
  }),
]);
export type Enrich = z.infer<typeof Enrich>;

/**
 * A key to check and save; with `baseUrl`, checked against that address (a team gateway and
 * a rep token), which becomes the API base URL only once the check passed.
 */
export const SaveApiKey = z.object({
  key: z.string().trim().min(8).max(256).regex(/^\S+$/),
  baseUrl: z.string().max(300).optional(),
});
export type SaveApiKey = z.infer<typeof SaveApiKey>;

export const Empty = z.object({}).strict();
export type Empty = z.infer<typeof Empty>;

export const GetAccount = z.object({ refresh: z.boolean().optional() });
export type GetAccount = z.infer<typeof GetAccount>;

export const GetHistory = z.object({
  query: z.string().max(200).optional(),
  offset: z.number().int().min(0).max(10_000_000).optional(),
  limit: z.number().int().min(1).max(500).optional(),
});
export type GetHistory = z.infer<typeof GetHistory>;

/** Exports what a history search shows (all of it, not only the page on screen). */
export const ExportHistory = z.object({ query: z.string().max(200).optional() });
export type ExportHistory = z.infer<typeof ExportHistory>;

/** What became of a confirmed reveal, by its request id (after the worker stopped mid-call). */
export const GetReveal = z.object({ requestId });
export type GetReveal = z.infer<typeof GetReveal>;

export const FindRevealed = z.object({
  identifiers: z.array(z.string().min(1).max(4096)).max(2000),
});
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
  getReveal: {
    data: GetReveal;
    response: { status: 'open' | 'done' | 'failed' | 'unknown'; outcome?: Outcome<EnrichOutcome> };
  };
}
