/**
 * Calls passed to Lusha as they are (body and query unchanged) through the team's ledger:
 * quoted from the request body, refused with 402 when the quote passes the rep's budget,
 * queued in the team's rate gate, audited, and charged what Lusha's answer says.
 */
import { bodyQuote } from './quotes';
import { draftOf, parseBody, respondLedger, team, type RepContext } from './context';

/** How many identifiers a body names (contacts, companies, ids or seeds). */
function identifiersOf(body: unknown): number {
  const b = (body ?? {}) as Record<string, unknown>;
  for (const field of ['contacts', 'companies', 'ids']) {
    if (Array.isArray(b[field])) return (b[field] as unknown[]).length;
  }
  return 0;
}

/** Passes a call to Lusha through the ledger, body and query unchanged. */
export async function forward(ctx: RepContext): Promise<Response> {
  const body = parseBody(ctx.body);
  const result = await team(ctx.env).call({
    tokenHash: ctx.tokenHash,
    quote: bodyQuote(ctx.url.pathname, body),
    request: {
      method: ctx.request.method,
      path: ctx.url.pathname + ctx.url.search,
      body: ctx.body === '' ? undefined : ctx.body,
    },
    draft: draftOf(ctx, identifiersOf(body), 0),
  });
  return respondLedger(result);
}
