/**
 * What each call may cost at most, as billable units per pricing action (the ledger prices
 * them with the team's list). Reveals the team already made cost 0; a preview's `canReveal`
 * gives the exact price of the rest; otherwise every requested field is counted.
 */
import type { QuoteSpec } from '../team/pricing';
import type { Entity } from './keys';

/** Signal types `allSignals` stands for, per entity (the spec's enums). */
const ALL_SIGNALS: Record<Entity, number> = { contact: 2, company: 23 };
const SIGNAL_ACTION: Record<Entity, string> = {
  contact: 'showSignalsContact',
  company: 'showSignalsCompany',
};
/** Contact fields and the action that bills each. */
export const CONTACT_FIELD_ACTION: Record<string, string> = {
  emails: 'revealEmail',
  phones: 'revealPhone',
};
/** The base company record's own name in the store's field lists. */
export const COMPANY_BASE = 'base';

/** How many signal types a `signals` option (or `types` list) can match per result. */
export function signalTypeCount(entity: Entity, signals: unknown): number {
  const types = (signals as { types?: unknown } | undefined)?.types;
  if (!Array.isArray(types)) return 0;
  if (types.includes('allSignals')) return ALL_SIGNALS[entity];
  return new Set(types).size;
}

/** A search of `n` look-ups: one `api_search` unit per result (at least one), signals per match. */
export function searchUnits(group: { entity: Entity; signals?: unknown }, n: number): QuoteSpec {
  const units: Record<string, number> = { api_search: Math.max(1, n) };
  const types = signalTypeCount(group.entity, group.signals);
  if (types) units[SIGNAL_ACTION[group.entity]] = n * types;
  return { units };
}

type CanReveal = { field?: string; credits?: number }[];

/**
 * Enriching `ids` with `fields`: a field the team revealed is free; one a preview prices is
 * its `canReveal` credits (absent there: no data, free); else one unit of its action.
 */
export function revealQuote(
  entity: Entity,
  ids: readonly string[],
  fields: readonly string[],
  revealed: (id: string) => Set<string> | undefined,
  previews: Map<string, CanReveal>,
): QuoteSpec {
  const units: Record<string, number> = {};
  let credits = 0;
  const add = (action: string) => (units[action] = (units[action] ?? 0) + 1);
  for (const id of new Set(ids)) {
    const done = revealed(id) ?? new Set<string>();
    const canReveal = previews.get(id);
    if (entity === 'company' && !done.has(COMPANY_BASE)) add('reveal_company');
    for (const field of fields) {
      if (field === COMPANY_BASE || done.has(field)) continue;
      const action = entity === 'contact' ? (CONTACT_FIELD_ACTION[field] ?? field) : field;
      if (!canReveal) add(action);
      else credits += canReveal.find((c) => c.field === field)?.credits ?? 0;
    }
  }
  return { credits, units };
}

const num = (value: unknown, fallback: number) =>
  typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : fallback;

/** Quotes of the other billed operations, from their request bodies (upper bounds). */
export function bodyQuote(path: string, body: unknown): QuoteSpec {
  const b = (body ?? {}) as Record<string, unknown>;
  const entity: Entity = path.startsWith('/v3/contacts/') ? 'contact' : 'company';
  const list = (field: string) => (Array.isArray(b[field]) ? (b[field] as unknown[]).length : 0);
  if (path.endsWith('/prospecting')) {
    const size = num((b.pagination as { size?: unknown } | undefined)?.size, 100);
    const filters = (b.filters ?? {}) as Record<string, { include?: { signals?: unknown } }>;
    const types =
      signalTypeCount('contact', filters.contacts?.include?.signals) +
      signalTypeCount('company', filters.companies?.include?.signals);
    const units: Record<string, number> = { api_search: size };
    if (types) units[SIGNAL_ACTION[entity]] = size * types;
    return { units };
  }
  if (path.endsWith('/signals')) {
    const types = signalTypeCount(entity, { types: b.signalTypes });
    return { units: { [SIGNAL_ACTION[entity]]: list('ids') * types } };
  }
  if (path.endsWith('/lookalike')) {
    const action = entity === 'contact' ? 'lookalikeContact' : 'lookalikeCompany';
    return { units: { [action]: num(b.limit, 25) } };
  }
  if (path.endsWith('/search-and-enrich')) {
    const n = list(entity === 'contact' ? 'contacts' : 'companies');
    const units: Record<string, number> = { api_search: Math.max(1, n) };
    if (entity === 'company') units.reveal_company = n;
    const reveal = Array.isArray(b.reveal) ? (b.reveal as string[]) : ['emails', 'phones'];
    if (entity === 'contact') for (const f of reveal) units[CONTACT_FIELD_ACTION[f] ?? f] = n;
    return { units };
  }
  return {};
}
