/**
 * `POST /v3/{contacts,companies}/search` through the team cache: each look-up is keyed by its
 * normalised identifiers and handed to the team's ledger, which answers fresh previews from
 * the team cache for free (fields the team revealed since at `credits: 0`, as Lusha's next
 * search would say) and searches the rest, sharing searches in flight across reps and
 * batching them.
 */
import { SearchCompaniesRequest } from '../../../lusha/schemas/companies';
import { SearchContactsRequest } from '../../../lusha/schemas/contacts';
import {
  draftOf,
  gatewayHeaders,
  parseBody,
  respond,
  respondLedger,
  team,
  type RepContext,
} from './context';
import { forward } from './forward';
import { identifierKind, searchIdentity, searchKey, searchVariant, type Entity } from './keys';

type Result = Record<string, unknown>;

interface Keyed {
  key: string;
  kind: string;
  item: Record<string, string>;
  ref: unknown;
}

type Body = { options?: unknown; signals?: unknown } & Record<string, unknown>;

/** The request's look-ups, keyed; null when Lusha should judge the request itself. */
function lookUps(
  ctx: RepContext,
  entity: Entity,
): { body: Body; keyed: Keyed[]; variant: string } | null {
  const schema = entity === 'contact' ? SearchContactsRequest : SearchCompaniesRequest;
  const parsed = schema.safeParse(parseBody(ctx.body));
  if (!parsed.success) return null;
  const body = parsed.data as Body;
  const variant = searchVariant(body.options, body.signals);
  const list = body[entity === 'contact' ? 'contacts' : 'companies'] as Result[];
  const keyed = list.map((item) => ({
    key: searchKey(entity, variant, item),
    kind: identifierKind(entity, item),
    item: searchIdentity(entity, item),
    ref: item.clientReferenceId,
  }));
  return { body, keyed, variant };
}

/** Answers a search, from the team cache where it can. */
export async function handleSearch(ctx: RepContext, entity: Entity): Promise<Response> {
  const request = lookUps(ctx, entity);
  if (!request) return forward(ctx); // Lusha's own 400 says what is wrong.
  const { body, keyed, variant } = request;
  const unique = [...new Map(keyed.map((k) => [k.key, k])).values()];
  const group = { entity, variant, options: body.options, signals: body.signals };
  const entries = unique.map(({ key, kind, item }) => ({ key, kind, item }));
  const draft = draftOf(ctx, keyed.length, 0);
  const outcome = await team(ctx.env).search({
    tokenHash: ctx.tokenHash,
    group,
    lookUps: entries,
    draft,
  });
  if (!outcome.results) return respondLedger(outcome, 'miss');
  const found = outcome.results;
  const results = keyed.map((k) => ({
    ...(k.ref === undefined ? {} : { clientReferenceId: k.ref }),
    ...(found[k.key] ?? { error: { code: 'ENRICH_FAILED', message: 'No result' } }),
  }));
  const resultsReturned = results.filter((r) => !('error' in r) || !r.error).length;
  const billing = { creditsCharged: outcome.charged, resultsReturned };
  const text = JSON.stringify({ requestId: crypto.randomUUID(), results, billing });
  const { shared } = outcome;
  const cache = shared === unique.length ? 'hit' : shared === 0 ? 'miss' : 'partial';
  return respond(200, text, outcome.headers, gatewayHeaders(outcome, cache));
}
