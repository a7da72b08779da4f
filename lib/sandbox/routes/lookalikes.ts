/**
 * Lookalikes (`POST /v3/contacts/lookalike`, `POST /v3/companies/lookalike`): rank dataset
 * records by likeness to the resolved seeds (industry, size band, seniority, department,
 * country), never repeat a record within a dedupe session, and bill per result returned
 * (`lookalikeContact` / `lookalikeCompany`).
 */
import * as z from 'zod/mini';
import type { Dataset } from '../dataset';
import type { RouteDef, RouteInput, RouteResult, SandboxContext } from '../types';
import { badRequest, chargeUnits, hash32, parseInput } from './prospecting-common';
import {
  companyViews,
  contactViews,
  lookalikeCompany,
  lookalikeContact,
  type CompanyView,
  type ContactView,
} from './prospecting-data';
import { openSession, sessionGone, touchSession } from './lookalikes-sessions';
import {
  companyProfile,
  contactProfile,
  resolveCompanies,
  resolveContacts,
} from './lookalikes-match';

const ids = z.optional(z.array(z.string()).check(z.maxLength(100)));
const ContactRef = z
  .strictObject({
    firstName: z.string(),
    lastName: z.string(),
    companyDomain: z.optional(z.string()),
    companyName: z.optional(z.string()),
  })
  // The spec's ContactItem: "At least one of companyDomain or companyName is required."
  .check(
    z.refine((c) => !!(c.companyDomain || c.companyName), {
      message: 'at least one of companyDomain or companyName is required',
    }),
  );
const ContactSeeds = z.strictObject({
  linkedinUrls: ids,
  contacts: z.optional(z.array(ContactRef).check(z.maxLength(100))),
  emails: z.optional(z.array(z.email()).check(z.maxLength(100))),
  ids,
  contactIds: z.optional(z.array(z.int()).check(z.maxLength(100))),
});
export type ContactSeeds = z.infer<typeof ContactSeeds>;

const ContactLookalikesBody = z.strictObject({
  dedupeSessionId: z.optional(z.uuid()),
  seeds: z.nullable(ContactSeeds),
  exclude: z.optional(z.nullable(ContactSeeds)),
  limit: z._default(z.int().check(z.minimum(1), z.maximum(100)), 25),
  tableId: z.optional(z.string()),
});

const CompanySeeds = z
  .object({ domains: ids, linkedinUrls: ids })
  .check(z.refine((s) => Object.keys(s).length > 0, 'must have at least one property'));
export type CompanySeeds = z.infer<typeof CompanySeeds>;

const CompanyLookalikesBody = z.object({
  dedupeSessionId: z.optional(z.uuid()),
  seeds: CompanySeeds,
  exclude: z.optional(CompanySeeds),
  limit: z._default(z.int().check(z.minimum(1), z.maximum(100)), 25),
  tableId: z.optional(z.string()),
});

/**
 * Seeds a request must carry, over all identifier kinds together: "Provide 5-100 seed contacts"
 * (and companies), in the spec's descriptions of both operations.
 */
export const MIN_SEEDS = 5;
export const MAX_SEEDS = 100;

/** One seed's identity within its kind, so that the same seed given twice counts once. */
function seedKey(kind: string, seed: unknown): string {
  const text =
    typeof seed === 'object' && seed !== null
      ? Object.values(seed as Record<string, unknown>).join('\u0000')
      : String(seed);
  // `contactIds` are the legacy numeric form of `ids`: the same contact either way.
  return `${kind === 'contactIds' ? 'ids' : kind}:${text.trim().toLowerCase()}`;
}

/** Distinct seeds over all kinds: 400 outside 5-100, as the spec's descriptions say. */
function countSeeds(seeds: Record<string, unknown[] | undefined>, what: string): number {
  const keys = new Set(
    Object.entries(seeds).flatMap(([kind, list]) => (list ?? []).map((s) => seedKey(kind, s))),
  );
  if (keys.size < MIN_SEEDS || keys.size > MAX_SEEDS) {
    badRequest('Invalid request parameters', [
      `seeds must contain ${MIN_SEEDS}-${MAX_SEEDS} distinct seed ${what} (got ${keys.size})`,
    ]);
  }
  return keys.size;
}

/** Ranks candidates by score (ties by a seeded hash so the order is stable but mixed). */
function rank<T extends { id: string }>(items: T[], score: (t: T) => number, salt: string): T[] {
  return items
    .map((item) => ({ item, s: score(item), h: hash32(salt, item.id) }))
    .filter((r) => r.s > 0)
    .sort((a, b) => b.s - a.s || a.h - b.h)
    .map((r) => r.item);
}

function answer<T extends { id: string }>(
  ctx: SandboxContext,
  kind: 'contacts' | 'companies',
  sessionId: string | undefined,
  ranked: T[],
  limit: number,
  view: (t: T) => unknown,
): RouteResult {
  const opened = openSession(ctx, kind, sessionId);
  if (!opened) return sessionGone(kind);
  const fresh = ranked.filter((r) => !opened.session.seen.has(r.id));
  const chosen = fresh.slice(0, limit);
  const action = kind === 'contacts' ? 'lookalikeContact' : 'lookalikeCompany';
  // At least one credit per billed request, even an exhausted session (see README, Billing).
  const creditsCharged = chargeUnits(ctx, action, Math.max(1, chosen.length));
  touchSession(
    ctx,
    opened.session,
    chosen.map((r) => r.id),
  );
  return {
    status: 200,
    body: {
      dedupeSessionId: opened.id,
      results: chosen.map(view),
      meta: { returned: chosen.length, hasMore: fresh.length > chosen.length },
      billing: { creditsCharged, resultsReturned: chosen.length },
    },
  };
}

function getContactLookalikes(input: RouteInput, ctx: SandboxContext<Dataset>) {
  const body = parseInput(ContactLookalikesBody, input.body);
  if (!body.seeds) badRequest('Invalid request parameters', ['seeds is required']);
  countSeeds(body.seeds, 'contacts');
  const all = contactViews(ctx.dataset);
  const seeds = resolveContacts(all, body.seeds);
  const excluded = new Set(
    [...seeds, ...(body.exclude ? resolveContacts(all, body.exclude) : [])].map((c) => c.id),
  );
  const profile = contactProfile(seeds, JSON.stringify(body.seeds));
  const ranked = rank(
    all.filter((c) => !excluded.has(c.id)),
    profile,
    'contacts',
  );
  return answer<ContactView>(ctx, 'contacts', body.dedupeSessionId, ranked, body.limit, (c) =>
    lookalikeContact(c),
  );
}

function getCompanyLookalikes(input: RouteInput, ctx: SandboxContext<Dataset>) {
  const body = parseInput(CompanyLookalikesBody, input.body);
  countSeeds(body.seeds, 'companies');
  const all = companyViews(ctx.dataset);
  const seeds = resolveCompanies(all, body.seeds);
  const excluded = new Set(
    [...seeds, ...(body.exclude ? resolveCompanies(all, body.exclude) : [])].map((c) => c.id),
  );
  const profile = companyProfile(seeds, JSON.stringify(body.seeds));
  const ranked = rank(
    all.filter((c) => !excluded.has(c.id)),
    profile,
    'companies',
  );
  return answer<CompanyView>(ctx, 'companies', body.dedupeSessionId, ranked, body.limit, (c) =>
    lookalikeCompany(c),
  );
}

const post = (operationId: string, path: string, handler: RouteDef<Dataset>['handler']) =>
  ({ operationId, method: 'POST', path, rateClass: 'general', handler }) as RouteDef<Dataset>;

/** The lookalike operations, for the sandbox router. */
export const lookalikeRoutes: RouteDef<Dataset>[] = [
  post('getContactLookalikes', '/v3/contacts/lookalike', getContactLookalikes),
  post('getCompanyLookalikes', '/v3/companies/lookalike', getCompanyLookalikes),
];
