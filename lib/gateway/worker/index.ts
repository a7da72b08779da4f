/**
 * The team gateway Worker (wrangler.jsonc `main`): the handler and the TeamLedger Durable
 * Object class, which the runtime needs exported from the main module.
 */
import type { Env } from './env';
import { handle } from './handler';

export { TeamLedger } from './team/ledger';
export { handle } from './handler';

export default {
  fetch: (request, env, ctx) => handle(request, env, ctx),
} satisfies ExportedHandler<Env>;
