/**
 * `POST /v3/{contacts,companies}/search` through the team cache: each look-up is keyed by its
 * normalised identifiers; fresh previews come from D1 for free, the misses go to the team's
 * ledger (which shares searches in flight across reps and batches them). Previews are patched
 * so fields the team revealed since show `credits: 0`, as Lusha's next search would say.
 */
import { SearchCompaniesRequest } from '../../../lusha/schemas/companies';
import { SearchContactsRequest } from '../../../lusha/schemas/contacts';
import {
  auditLocal,
  draftOf,
  gatewayHeaders,
  limitsOf,
  parseBody,
  respond,
  respondLedger,
  team,
  type RepContext,
} from './context';
import { forward } from './forward';
import { identifierKind, searchIdentity, searchKey, searchVariant, type Entity } from './keys';
import { readPreviews, readRecords } from './store';

type Result = Record<string, unknown>;

interface Keyed {
  key: string;
  kind: string;
  item: Record<string, string>;
  ref: unknown;
}

/** Sets `credits: 0` on `canReveal` entries the team has revealed (mutates `results`). */
async function patchRevealed(db: D1Database, entity: Entity, results: Result[]): Promise<void> {
  const ids = results.map((r) => r.id).filter((id): id is string => typeof id === 'string');
  const records = await readRecords(db, entity, [...new Set(ids)]);
  for (const result of results) {
    const stored = typeof result.id === 'string' ? records.get(result.id) : undefined;
    if (!stored || !Array.isArray(result.canReveal)) continue;
    result.canReveal = (result.canReveal as { field?: string }[]).map((c) =>
      c.field && stored.fields.has(c.field) ? { ...c, credits: 0 } : c,
    );
  }
}

/** Answers a search, from the team cache where it can. */
export async function handleSearch(ctx: RepContext, entity: Entity): Promise<Response> {
  const schema = entity === 'contact' ? SearchContactsRequest : SearchCompaniesRequest;
  const parsed = schema.safeParse(parseBody(ctx.body));
  if (!parsed.success) return forward(ctx); // Lusha's own 400 says what is wrong.
  const body = parsed.data as { options?: unknown; signals?: unknown } & Record<string, unknown>;
  const list = body[entity === 'contact' ? 'contacts' : 'companies'] as Result[];
  const variant = searchVariant(body.options, body.signals);
  const keyed: Keyed[] = list.map((item) => ({
    key: searchKey(entity, variant, item),
    kind: identifierKind(entity, item),
    item: searchIdentity(entity, item),
    ref: item.clientReferenceId,
  }));
  const unique = [...new Map(keyed.map((k) => [k.key, k])).values()];
  const ttl = ctx.settings.cacheTtlMs;
  const found =
    ttl > 0
      ? await readPreviews(
          ctx.env.DB,
          unique.map((k) => k.key),
          Date.now() - ttl,
        )
      : new Map<string, Result>();
  const misses = unique.filter((k) => !found.has(k.key));
  const draft = draftOf(ctx, list.length, unique.length - misses.length);
  const rep = limitsOf(ctx.rep);
  let charged = 0;
  let shared = 0;
  let headers: [string, string][];
  let budget;
  if (misses.length) {
    const group = { entity, variant, options: body.options, signals: body.signals };
    const entries = misses.map(({ key, kind, item }) => ({ key, kind, item }));
    const outcome = await team(ctx.env).search({ rep, group, misses: entries, draft });
    if (!outcome.results) return respondLedger(ctx, outcome, 'miss');
    for (const [key, result] of Object.entries(outcome.results)) found.set(key, result);
    ({ charged, shared, headers, budget } = outcome);
  } else {
    const view = await team(ctx.env).view(rep);
    await auditLocal(ctx, draft);
    ({ headers, budget } = view);
  }
  const results = keyed.map((k) => ({
    ...(k.ref === undefined ? {} : { clientReferenceId: k.ref }),
    ...(found.get(k.key) ?? { error: { code: 'ENRICH_FAILED', message: 'No result' } }),
  }));
  await patchRevealed(ctx.env.DB, entity, results);
  const resultsReturned = results.filter((r) => !('error' in r) || !r.error).length;
  const out = {
    requestId: crypto.randomUUID(),
    results,
    billing: { creditsCharged: charged, resultsReturned },
  };
  const fromCache = unique.length - misses.length + shared;
  const cache = fromCache === unique.length ? 'hit' : fromCache === 0 ? 'miss' : 'partial';
  return respond(
    200,
    JSON.stringify(out),
    headers,
    gatewayHeaders(ctx.rep, charged, budget, cache),
  );
}
