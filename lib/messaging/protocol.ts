/**
 * The one protocol map: every message between the extension's parts, by intent, each with one
 * `data` object, the zod schema the background validates it with, and who may send it.
 * Content scripts import only types from this file (zod stays out of their bundles).
 */
import { z } from 'zod';
import type { Findings as DetectedFindings } from '@/lib/detect';
import { FINDINGS_LIMITS } from '@/lib/detect/limits';
import { lookupProtocol, type LookupProtocolMap } from './lookup';
import { monitoringProtocol, type MonitoringProtocolMap } from './monitoring';

const LIMIT = { ...FINDINGS_LIMITS, url: 4_096 } as const;

const linkedInUrl = (path: string) =>
  z
    .string()
    .max(LIMIT.url)
    .regex(new RegExp(`^https://www\\.linkedin\\.com/${path}/[^/?#\\s]+$`));

const list = (item: z.ZodType<string>) => z.array(item).max(LIMIT.list);
const hintText = z.string().min(1).max(LIMIT.text);
const identityUrl = z.union([
  linkedInUrl('in'),
  linkedInUrl('company'),
  linkedInUrl('sales/lead'),
  linkedInUrl('sales/company'),
]);

/** What a page shows next to one identity (see lib/detect `PageHint`). */
export const PageHint = z.object({
  name: hintText.optional(),
  title: hintText.optional(),
  companyName: hintText.optional(),
  companyUrl: z.union([linkedInUrl('company'), linkedInUrl('sales/company')]).optional(),
  profileUrl: linkedInUrl('in').optional(),
});

/** What a page offers for lookup, as a content script reports it (see lib/detect). */
export const Findings = z.object({
  subject: z
    .discriminatedUnion('kind', [
      z.object({ kind: z.literal('profile'), url: linkedInUrl('in') }),
      z.object({ kind: z.literal('company'), url: linkedInUrl('company') }),
      z.object({ kind: z.literal('salesLead'), url: linkedInUrl('sales/lead') }),
      z.object({ kind: z.literal('salesAccount'), url: linkedInUrl('sales/company') }),
      z.object({ kind: z.literal('domain'), domain: z.string().min(1).max(253) }),
    ])
    .nullable(),
  profiles: list(linkedInUrl('in')),
  companies: list(linkedInUrl('company')),
  salesLeads: list(linkedInUrl('sales/lead')),
  salesAccounts: list(linkedInUrl('sales/company')),
  emails: list(z.string().min(3).max(320)),
  domain: z.string().min(1).max(253).nullable(),
  hints: z
    .record(identityUrl, PageHint)
    .refine((hints) => Object.keys(hints).length <= LIMIT.hints, 'too many hints'),
  truncated: z.boolean(),
});
/** Same shape as lib/detect's `Findings` (checked at compile time below). */
export type Findings = z.infer<typeof Findings>;

/** A content script's report: a full scan (`reset`, a new page) or only what is new since. */
export const FindingsChanged = z.object({
  pageUrl: z.url({ protocol: /^https?$/ }).max(LIMIT.url),
  reset: z.boolean(),
  findings: Findings,
});
export type FindingsChanged = z.infer<typeof FindingsChanged>;

/** An extension page asks for one tab's findings. */
export const GetTabFindings = z.object({ tabId: z.number().int().nonnegative() });
export type GetTabFindings = z.infer<typeof GetTabFindings>;

/** What the background keeps for one tab (storage.session). */
export interface TabFindings {
  /** The page the findings belong to. */
  url: string;
  findings: Findings;
  /** Epoch milliseconds of the last report. */
  updatedAt: number;
}

/** Who may send a message: a content script in a tab, or a page of this extension. */
export type SenderKind = 'contentScript' | 'extensionPage';

/** Every message: its data schema and its allowed sender. Responses are typed in `ProtocolMap`. */
export const protocol = {
  findingsChanged: { data: FindingsChanged, from: 'contentScript' },
  getTabFindings: { data: GetTabFindings, from: 'extensionPage' },
  ...lookupProtocol,
  ...monitoringProtocol,
} as const satisfies Record<string, { data: z.ZodType; from: SenderKind }>;

/** Message name to its `data` and `response` types. */
export interface ProtocolMap extends LookupProtocolMap, MonitoringProtocolMap {
  findingsChanged: { data: FindingsChanged; response: { people: number } };
  getTabFindings: { data: GetTabFindings; response: TabFindings | null };
}

/** A message name. */
export type MessageType = keyof ProtocolMap;

/** On the wire: `{ type, data }`. */
export interface Message<K extends MessageType = MessageType> {
  type: K;
  data: ProtocolMap[K]['data'];
}

/** On the wire back: the handler's value, or why the background refused the message. */
export type Reply<K extends MessageType = MessageType> =
  { ok: true; value: ProtocolMap[K]['response'] } | { ok: false; error: string };

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
/** Compile-time proof that the wire schema matches what the detectors return. */
export const findingsMatchDetectors: Same<Findings, DetectedFindings> = true;
