/**
 * The workspace's messages: filter catalogue, prospecting pages, lookalikes, reveal costs of
 * rows, saved searches, lists and exports, and the panel's one-step search and reveal. Every
 * one is accepted only from this extension's own pages; every field is bounded, since a page's
 * data is still input the background checks.
 */
import * as z from 'zod/mini';
import type { HistoryEntry } from '@/lib/history/types';
import type { EnrichOutcome } from '@/lib/lookup/enrich';
import { ContactRevealField } from '@/lib/lusha/schemas/contacts';
import type { FilterOption } from '@/lib/workspace/filter-fields';
import type { FilterCatalog } from '@/lib/workspace/catalog';
import type { LookalikeOutcome } from '@/lib/workspace/lookalikes';
import type { PricedRows } from '@/lib/workspace/price-rows';
import type { PageOutcome } from '@/lib/workspace/prospecting';
import type { ListSummary, ResultRow, RunSummary, SavedSearch } from '@/lib/workspace/types';
import { TargetInput, type Outcome } from './lookup';

const text = (max: number) => z.string().check(z.trim(), z.minLength(1), z.maxLength(max));
const optionalText = (max: number) => z.optional(z.string().check(z.maxLength(max)));
const id = z.string().check(z.regex(/^[A-Za-z0-9:_.-]{1,128}$/));
const requestId = z.string().check(z.regex(/^[A-Za-z0-9-]{8,64}$/));
const Kind = z.enum(['contacts', 'companies']);
const Group = z.enum(['contacts', 'companies']);

const Location = z.lazy(() =>
  z.strictObject({
    city: optionalText(100),
    state: optionalText(100),
    region: optionalText(100),
    country: optionalText(100),
    countryIso2: optionalText(2),
    continent: optionalText(100),
    countryGrouping: optionalText(100),
  }),
);
const count = (max: number) => z.int().check(z.minimum(0), z.maximum(max));
const Range = z.lazy(() =>
  z.strictObject({
    min: z.optional(count(1e13)),
    max: z.optional(count(1e13)),
  }),
);

/** Criteria fields a choice may fill, and the shape of their values. */
const FIELD_VALUES: Record<string, z.ZodMiniType> = {
  departments: text(200),
  seniorityIds: count(1e6),
  existingDataPoints: text(100),
  countries: text(100),
  locations: Location,
  jobTitles: text(200),
  signals: text(100),
  names: text(200),
  ids: text(128),
  domains: text(253),
  sizes: Range,
  revenues: Range,
  industriesLabels: text(200),
  sicCodes: text(50),
  naicsCodes: text(50),
  technologies: text(200),
  intentTopics: text(200),
};

/** One picked filter value (see lib/workspace/filter-set). */
export const FilterChoice = z
  .strictObject({
    group: Group,
    field: z.enum(Object.keys(FIELD_VALUES) as [string, ...string[]]),
    value: z.union([
      z.string(),
      z.number(),
      z.record(z.string(), z.union([z.string(), z.number()])),
    ]),
    label: text(300),
    exclude: z.optional(z.boolean()),
  })
  .check(
    z.refine((c) => FIELD_VALUES[c.field]!.safeParse(c.value).success, {
      message: 'value does not fit its field',
    }),
  );
const Choices = z.lazy(() => z.array(FilterChoice).check(z.maxLength(200)));

/** A workspace row as a page sends it back (to a list, to an export). */
export const RowInput = z
  .strictObject({
    key: z.string().check(z.regex(/^(person|company):[^\s]{1,128}$/)),
    kind: z.enum(['person', 'company']),
    lushaId: z.string().check(z.minLength(1), z.maxLength(128)),
    name: text(300),
    firstName: optionalText(100),
    lastName: optionalText(100),
    title: optionalText(300),
    seniority: optionalText(100),
    departments: z.optional(z.array(z.string().check(z.maxLength(100))).check(z.maxLength(20))),
    companyName: optionalText(300),
    companyDomain: optionalText(253),
    companyId: optionalText(128),
    domain: optionalText(253),
    industry: optionalText(300),
    employees: optionalText(100),
    city: optionalText(100),
    state: optionalText(100),
    country: optionalText(100),
    countryIso2: optionalText(2),
    linkedinUrl: optionalText(500),
    has: z.optional(z.array(z.string().check(z.maxLength(64))).check(z.maxLength(50))),
    canReveal: z.optional(
      z
        .array(
          z.strictObject({
            field: z.string().check(z.maxLength(64)),
            credits: z.number().check(z.minimum(0), z.maximum(1e6)),
          }),
        )
        .check(z.maxLength(20)),
    ),
    isNew: z.optional(z.boolean()),
  })
  .check(
    z.refine((r) => r.key === `${r.kind}:${r.lushaId}`, { message: 'key must be kind:lushaId' }),
  );
const rows = (min: number) => z.array(RowInput).check(z.minLength(min), z.maxLength(2000));
const Rows = rows(0);

const seedList = (item: z.ZodMiniType<string>) => z.optional(z.array(item).check(z.maxLength(100)));
/** Seeds of a lookalike search (the background counts 5-100 distinct ones). */
export const SeedsInput = z.lazy(() =>
  z.strictObject({
    ids: seedList(z.string().check(z.minLength(1), z.maxLength(128))),
    linkedinUrls: seedList(
      z.string().check(z.regex(/^https:\/\/www\.linkedin\.com\/(in|company)\/[^\s?#]{1,200}$/)),
    ),
    emails: seedList(z.email().check(z.maxLength(320))),
    domains: seedList(z.string().check(z.regex(/^[a-z0-9.-]{1,253}$/i))),
  }),
);

export const Empty = z.lazy(() => z.strictObject({}));
export const GetFilterValues = z.lazy(() =>
  z.strictObject({
    group: Group,
    filterType: z.string().check(z.regex(/^[A-Za-z]{1,64}$/)),
    query: z.optional(z.string().check(z.maxLength(256))),
  }),
);
export const ProspectPage = z.lazy(() =>
  z.strictObject({
    runId: requestId,
    kind: Kind,
    choices: Choices,
    label: z.string().check(z.maxLength(2000)),
    page: count(999),
    signalTypes: count(100),
    savedSearchId: z.optional(id),
  }),
);
export const FindLookalikes = z.lazy(() =>
  z.strictObject({
    runId: requestId,
    kind: Kind,
    seeds: SeedsInput,
    label: z.string().check(z.maxLength(2000)),
    limit: z.int().check(z.minimum(1), z.maximum(100)),
  }),
);
export const PriceRows = z.lazy(() =>
  z.strictObject({
    kind: Kind,
    ids: z
      .array(z.string().check(z.minLength(1), z.maxLength(128)))
      .check(z.minLength(1), z.maxLength(100)),
    runId: z.optional(requestId),
  }),
);
export const GetRuns = z.lazy(() =>
  z.strictObject({
    source: z.optional(z.enum(['prospecting', 'lookalikes'])),
  }),
);
export const GetRunRows = z.lazy(() =>
  z.strictObject({
    runId: requestId,
    offset: count(1_000_000),
    limit: z.int().check(z.minimum(1), z.maximum(5000)),
  }),
);
export const SaveSearch = z.lazy(() =>
  z.strictObject({ name: text(100), kind: Kind, choices: Choices }),
);
export const ById = z.lazy(() => z.strictObject({ id }));
export const CreateList = z.lazy(() => z.strictObject({ name: text(100) }));
export const RenameList = z.lazy(() => z.strictObject({ id, name: text(100) }));
export const AddToList = z.lazy(() => z.strictObject({ listId: id, rows: rows(1) }));
export const RemoveFromList = z.lazy(() =>
  z.strictObject({
    listId: id,
    keys: z.array(z.string().check(z.maxLength(200))).check(z.minLength(1), z.maxLength(2000)),
  }),
);
export const GetListItems = z.lazy(() => z.strictObject({ listId: id }));
export const ExportRows = z.lazy(() =>
  z.strictObject({
    layout: z.enum(['plain', 'hubspot', 'salesforce']),
    listId: z.optional(id),
    rows: z.optional(Rows),
    name: z.optional(z.string().check(z.maxLength(100))),
  }),
);
export const SearchAndReveal = z.lazy(() =>
  z.strictObject({
    requestId,
    target: TargetInput.check(z.refine((t) => t.kind === 'person', 'people only')),
    reveal: z.array(ContactRevealField).check(z.minLength(1), z.maxLength(2)),
    expectedCredits: z.number().check(z.minimum(0), z.maximum(1_000_000)),
  }),
);

type In<T extends z.ZodMiniType> = z.infer<T>;

/** Workspace messages: schema and sender, merged into the protocol map. */
export const workspaceProtocol = {
  getFilterCatalog: { data: Empty, from: 'extensionPage' },
  getFilterValues: { data: GetFilterValues, from: 'extensionPage' },
  prospectPage: { data: ProspectPage, from: 'extensionPage' },
  findLookalikes: { data: FindLookalikes, from: 'extensionPage' },
  priceRows: { data: PriceRows, from: 'extensionPage' },
  getRuns: { data: GetRuns, from: 'extensionPage' },
  getRunRows: { data: GetRunRows, from: 'extensionPage' },
  getSavedSearches: { data: Empty, from: 'extensionPage' },
  saveSearch: { data: SaveSearch, from: 'extensionPage' },
  deleteSavedSearch: { data: ById, from: 'extensionPage' },
  getLists: { data: Empty, from: 'extensionPage' },
  createList: { data: CreateList, from: 'extensionPage' },
  renameList: { data: RenameList, from: 'extensionPage' },
  deleteList: { data: ById, from: 'extensionPage' },
  addToList: { data: AddToList, from: 'extensionPage' },
  removeFromList: { data: RemoveFromList, from: 'extensionPage' },
  getListItems: { data: GetListItems, from: 'extensionPage' },
  exportRows: { data: ExportRows, from: 'extensionPage' },
  searchAndReveal: { data: SearchAndReveal, from: 'extensionPage' },
} as const;

/** What an export is made of: the rows, what the history revealed of them, the file's name. */
export interface ExportMaterial {
  rows: ResultRow[];
  entries: HistoryEntry[];
  filename: string;
}

/** An export: the file and what went into it. */
export interface ExportFile {
  csv: string;
  filename: string;
  rows: number;
  /** Companies left out of a CRM file (people only). */
  skipped: number;
}

/** Workspace messages: data and response types. */
export interface WorkspaceProtocolMap {
  getFilterCatalog: { data: In<typeof Empty>; response: Outcome<FilterCatalog> };
  getFilterValues: { data: In<typeof GetFilterValues>; response: Outcome<FilterOption[]> };
  /** One billed page of a search; kept in its run before it is answered. */
  prospectPage: { data: In<typeof ProspectPage>; response: Outcome<PageOutcome> };
  /** One billed batch of lookalikes, continuing the seed set's dedupe session. */
  findLookalikes: { data: In<typeof FindLookalikes>; response: Outcome<LookalikeOutcome> };
  /** A billed search by id, for rows that came without reveal costs. */
  priceRows: { data: In<typeof PriceRows>; response: Outcome<PricedRows> };
  getRuns: { data: In<typeof GetRuns>; response: RunSummary[] };
  getRunRows: { data: In<typeof GetRunRows>; response: ResultRow[] };
  getSavedSearches: { data: In<typeof Empty>; response: SavedSearch[] };
  saveSearch: { data: In<typeof SaveSearch>; response: Outcome<SavedSearch> };
  deleteSavedSearch: { data: In<typeof ById>; response: SavedSearch[] };
  getLists: { data: In<typeof Empty>; response: ListSummary[] };
  createList: { data: In<typeof CreateList>; response: Outcome<ListSummary> };
  renameList: { data: In<typeof RenameList>; response: Outcome<ListSummary[]> };
  deleteList: { data: In<typeof ById>; response: Outcome<ListSummary[]> };
  addToList: {
    data: In<typeof AddToList>;
    response: Outcome<{ added: number; already: number; lists: ListSummary[] }>;
  };
  removeFromList: { data: In<typeof RemoveFromList>; response: Outcome<ListSummary[]> };
  getListItems: { data: In<typeof GetListItems>; response: Outcome<ResultRow[]> };
  /** The rows and revealed data of an export; the page writes the CSV (see exportFile). */
  exportRows: { data: In<typeof ExportRows>; response: Outcome<ExportMaterial> };
  /** The panel's one-step search and reveal (journaled by request id, like enrich). */
  searchAndReveal: { data: In<typeof SearchAndReveal>; response: Outcome<EnrichOutcome> };
}
