/**
 * `POST /v3/{contacts,companies}/enrich` through the team store: ids whose requested fields the
 * team already revealed (within the cache lifetime) are answered from the store at no cost, as
 * Lusha itself re-reveals them for free; the rest go to Lusha in one call quoted from their
 * previews, and what comes back is added to the store before the rep sees it.
 */
import { EnrichCompaniesRequest } from '../../../lusha/schemas/companies';
import { EnrichContactsRequest } from '../../../lusha/schemas/contacts';
import type { DraftInput, LedgerResult } from '../team/ledger';
import {
  draftOf,
  gatewayHeaders,
  parseBody,
  respond,
  respondLedger,
  team,
  type RepContext,
} from './context';
import type { Entity } from './keys';
import { COMPANY_BASE, revealQuote } from './quotes';
import {
  canRevealById,
  readRecords,
  keepRecords,
  type RecordRow,
  type StoredRecord,
} from './store';
import { forward } from './forward';

type Result = Record<string, unknown>;

/** Company fields enrich can add to the base record (the spec's reveal enum). */
const COMPANY_EXTRAS = [
  'employeesByDepartment',
  'employeesByLocation',
  'employeesBySeniority',
  'competitors',
  'intent',
  'estimatedAnnualItSpend',
  'monthlyWebsiteTraffic',
];

/** The fields a request reveals, in the store's terms. */
function fieldsOf(entity: Entity, reveal: string[] | undefined): string[] {
  if (entity === 'contact') return reveal ?? ['emails', 'phones'];
  return [COMPANY_BASE, ...(reveal ?? [])];
}

/** The record as Lusha would answer it for `fields` (contacts: unrequested lists are empty). */
function shaped(entity: Entity, record: Result, fields: readonly string[]): Result {
  const out: Result = { ...record };
  if (entity === 'contact') {
    for (const field of ['emails', 'phones']) if (!fields.includes(field)) out[field] = [];
  } else {
    for (const field of COMPANY_EXTRAS) if (!fields.includes(field)) delete out[field];
  }
  return out;
}

/** Store rows for Lusha's results: only what was really revealed (no empty stand-ins). */
export function revealedRows(entity: Entity, results: unknown[], reveal?: string[]): RecordRow[] {
  const fields = fieldsOf(entity, reveal);
  const rows: RecordRow[] = [];
  for (const raw of results) {
    const result = raw as Result;
    if (result.error || typeof result.id !== 'string') continue;
    const { clientReferenceId: _ref, ...record } = result;
    if (entity === 'contact')
      for (const f of ['emails', 'phones']) if (!fields.includes(f)) delete record[f];
    rows.push({ lushaId: result.id, fields, record });
  }
  return rows;
}

/** What the call got: Lusha's results by id (if any were asked for) and the ledger's result. */
interface Fetched {
  byId: Map<string, Result>;
  extra: Result;
  result: LedgerResult;
}

type EnrichBody = { ids: string[]; reveal?: string[] } & Result;

/** Asks Lusha for the ids the store cannot answer, and stores what it revealed. */
async function askLusha(
  ctx: RepContext,
  entity: Entity,
  request: {
    body: EnrichBody;
    fields: string[];
    missing: string[];
    records: Map<string, StoredRecord>;
  },
  draft: DraftInput,
): Promise<Fetched | Response> {
  const { body, fields, missing, records } = request;
  const previews = await canRevealById(ctx.env.DB, entity, missing);
  const result = await team(ctx.env).call({
    tokenHash: ctx.tokenHash,
    quote: revealQuote(entity, missing, fields, (id) => records.get(id)?.fields, previews),
    request: {
      method: 'POST',
      path: ctx.url.pathname,
      body: JSON.stringify({ ...body, ids: missing }),
    },
    draft,
  });
  if (result.status !== 200) return respondLedger(result, 'miss');
  const { results, billing: _billing, ...extra } = (parseBody(result.text) ?? {}) as Result;
  const list = Array.isArray(results) ? (results as Result[]) : [];
  await keepRecords(ctx.env.DB, entity, revealedRows(entity, list, body.reveal), Date.now());
  const byId = new Map(
    list.filter((r) => typeof r.id === 'string').map((r) => [r.id as string, r]),
  );
  return { byId, extra, result };
}

/** Answers an enrich call, from the team store where it can. */
export async function handleEnrich(ctx: RepContext, entity: Entity): Promise<Response> {
  const schema = entity === 'contact' ? EnrichContactsRequest : EnrichCompaniesRequest;
  const parsed = schema.safeParse(parseBody(ctx.body));
  // Odd requests (and table writes, which only Lusha can do) go to Lusha as they are.
  if (!parsed.success || parsed.data.tableId !== undefined) return forward(ctx);
  const body = parsed.data as EnrichBody;
  const fields = fieldsOf(entity, body.reveal);
  const unique = [...new Set(body.ids)];
  const records = await readRecords(ctx.env.DB, entity, unique);
  const since = Date.now() - ctx.settings.cacheTtlMs;
  const covers = (r: StoredRecord | undefined) =>
    !!r && r.revealedAt >= since && fields.every((f) => r.fields.has(f));
  const missing = unique.filter((id) => !covers(records.get(id)));
  const draft = draftOf(ctx, body.ids.length, body.ids.length - missing.length);
  let fetched: Fetched | Response;
  if (missing.length)
    fetched = await askLusha(ctx, entity, { body, fields, missing, records }, draft);
  else {
    const result = await team(ctx.env).served({ tokenHash: ctx.tokenHash, draft });
    fetched =
      result.status === 200 ? { byId: new Map(), extra: {}, result } : respondLedger(result);
  }
  if (fetched instanceof Response) return fetched;
  const results = body.ids.map((id) => {
    const stored = records.get(id);
    if (!missing.includes(id) && stored) return shaped(entity, stored.record, fields);
    return fetched.byId.get(id) ?? { id, error: { code: 'NOT_FOUND', message: 'Not found' } };
  });
  const resultsReturned = results.filter((r) => !r.error).length;
  const { result } = fetched;
  const billing = { creditsCharged: result.charged, resultsReturned };
  const out = { requestId: crypto.randomUUID(), ...fetched.extra, results, billing };
  const cache =
    missing.length === 0 ? 'hit' : missing.length === unique.length ? 'miss' : 'partial';
  return respond(200, JSON.stringify(out), result.headers, gatewayHeaders(result, cache));
}
