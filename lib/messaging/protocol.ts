/**
 * The one protocol map: every message between the extension's parts, by intent, each with one
 * `data` object, the zod schema the background validates it with, and who may send it.
 * Content scripts import only types from this file (zod stays out of their bundles).
 */
import * as z from 'zod/mini';
import type { Findings as DetectedFindings } from '@/lib/detect';
import { FINDINGS_LIMITS } from '@/lib/detect/limits';
import { lookupProtocol, type LookupProtocolMap } from './lookup';
import { workspaceProtocol, type WorkspaceProtocolMap } from './workspace';
import { monitoringProtocol, type MonitoringProtocolMap } from './monitoring';

const LIMIT = { ...FINDINGS_LIMITS, url: 4_096 } as const;

const linkedInUrl = (path: string) =>
  z
    .string()
    .check(
      z.maxLength(LIMIT.url),
      z.regex(new RegExp(`^https://www\\.linkedin\\.com/${path}/[^/?#\\s]+$`)),
    );

const list = (item: z.ZodMiniType<string>) => z.array(item).check(z.maxLength(LIMIT.list));
const hintText = z.string().check(z.minLength(1), z.maxLength(LIMIT.text));
const domainText = z.string().check(z.minLength(1), z.maxLength(253));
const identityUrl = z.union([
  linkedInUrl('in'),
  linkedInUrl('company'),
  linkedInUrl('sales/lead'),
  linkedInUrl('sales/company'),
]);

/** What a page shows next to one identity (see lib/detect `PageHint`). */
export const PageHint = z.lazy(() =>
  z.object({
    name: z.optional(hintText),
    title: z.optional(hintText),
    companyName: z.optional(hintText),
    companyUrl: z.optional(z.union([linkedInUrl('company'), linkedInUrl('sales/company')])),
    profileUrl: z.optional(linkedInUrl('in')),
  }),
);

/** What a page offers for lookup, as a content script reports it (see lib/detect). */
export const Findings = z.lazy(() =>
  z.object({
    subject: z.nullable(
      z.discriminatedUnion('kind', [
        z.object({ kind: z.literal('profile'), url: linkedInUrl('in') }),
        z.object({ kind: z.literal('company'), url: linkedInUrl('company') }),
        z.object({ kind: z.literal('salesLead'), url: linkedInUrl('sales/lead') }),
        z.object({ kind: z.literal('salesAccount'), url: linkedInUrl('sales/company') }),
        z.object({ kind: z.literal('domain'), domain: domainText }),
      ]),
    ),
    profiles: list(linkedInUrl('in')),
    companies: list(linkedInUrl('company')),
    salesLeads: list(linkedInUrl('sales/lead')),
    salesAccounts: list(linkedInUrl('sales/company')),
    emails: list(z.string().check(z.minLength(3), z.maxLength(320))),
    domain: z.nullable(domainText),
    hints: z
      .record(identityUrl, PageHint)
      .check(z.refine((hints) => Object.keys(hints).length <= LIMIT.hints, 'too many hints')),
    truncated: z.boolean(),
  }),
);
/** Same shape as lib/detect's `Findings` (checked at compile time below). */
export type Findings = z.infer<typeof Findings>;

/** A content script's report: a full scan (`reset`, a new page) or only what is new since. */
export const FindingsChanged = z.lazy(() =>
  z.object({
    pageUrl: z.url({ protocol: /^https?$/ }).check(z.maxLength(LIMIT.url)),
    reset: z.boolean(),
    findings: Findings,
  }),
);
export type FindingsChanged = z.infer<typeof FindingsChanged>;

/** An extension page asks for one tab's findings. */
export const GetTabFindings = z.lazy(() => z.object({ tabId: z.int().check(z.minimum(0)) }));
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
  ...workspaceProtocol,
  ...monitoringProtocol,
} as const satisfies Record<string, { data: z.ZodMiniType; from: SenderKind }>;

/** Message name to its `data` and `response` types. */
export interface ProtocolMap
  extends LookupProtocolMap, WorkspaceProtocolMap, MonitoringProtocolMap {
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
