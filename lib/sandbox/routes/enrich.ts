/**
 * `POST /v3/contacts/enrich` (enrichContacts) and `POST /v3/companies/enrich` (enrichCompanies):
 * reveal by id. Contacts bill per revealed field (`revealEmail`, `revealPhone`); companies per
 * result via `reveal_company` plus each extra field. Anything already revealed for the account
 * is free; a request the balance cannot cover answers 402 and reveals nothing.
 */
import type { Company, Contact, Dataset } from '../dataset';
import type { RouteDef, RouteInput, SandboxContext } from '../types';
import {
  BASE,
  billableCompanyFields,
  enrichedCompany,
  markCompanyRevealed,
} from './enrichment-companies';
import {
  CONTACT_FIELD_ACTION,
  billableFields,
  enrichedContact,
  markRevealed,
} from './enrichment-contacts';
import { companyById, contactById } from './enrichment-lookup';
import {
  CompaniesEnrichRequest,
  ContactsEnrichRequest,
  parseRequest,
  type CompanyRevealField,
  type ContactReveal,
} from './enrichment-schema';
import { respond } from './search';

/** Charges `units` of each action in one go (each action rounded up to whole credits). */
function chargeUnits(ctx: SandboxContext<Dataset>, units: Map<string, number>): number {
  let credits = 0;
  for (const [action, count] of units) credits += ctx.charge(action, count * ctx.price(action));
  return credits;
}

function unique<T extends { id: string }>(records: T[]): T[] {
  return [...new Map(records.map((r) => [r.id, r])).values()];
}

/** Bills and records the reveal of `fields` on `contacts`; returns the credits charged. */
export function revealContacts(
  ctx: SandboxContext<Dataset>,
  contacts: Contact[],
  fields: ContactReveal,
): number {
  const units = new Map<string, number>();
  for (const contact of unique(contacts)) {
    for (const field of billableFields(ctx.account, contact, fields)) {
      const action = CONTACT_FIELD_ACTION[field];
      units.set(action, (units.get(action) ?? 0) + 1);
    }
  }
  const credits = chargeUnits(ctx, units);
  for (const contact of contacts) markRevealed(ctx.account, contact, fields);
  return credits;
}

/** Bills and records the reveal of `companies` with `extras`; returns the credits charged. */
export function revealCompanies(
  ctx: SandboxContext<Dataset>,
  companies: Company[],
  extras: readonly CompanyRevealField[],
): number {
  const units = new Map<string, number>();
  for (const company of unique(companies)) {
    for (const field of billableCompanyFields(ctx, company, extras)) {
      const action = field === BASE ? 'reveal_company' : field;
      units.set(action, (units.get(action) ?? 0) + 1);
    }
  }
  const credits = chargeUnits(ctx, units);
  for (const company of companies) markCompanyRevealed(ctx, company, extras);
  return credits;
}

function enrichContacts(input: RouteInput, ctx: SandboxContext<Dataset>) {
  const request = parseRequest(ContactsEnrichRequest, input.body);
  const fields = request.reveal ?? ['emails', 'phones'];
  const outcomes = request.ids.map((id) => contactById(ctx.dataset, id));
  const found = outcomes.flatMap((o) => ('record' in o ? [o.record] : []));
  const creditsCharged = revealContacts(ctx, found, fields);
  const results = outcomes.map((o, i) =>
    'record' in o
      ? enrichedContact(ctx.dataset, o.record, fields)
      : { id: request.ids[i], error: o.error },
  );
  return respond(results, creditsCharged, outcomes);
}

function enrichCompanies(input: RouteInput, ctx: SandboxContext<Dataset>) {
  const request = parseRequest(CompaniesEnrichRequest, input.body);
  const extras = request.reveal ?? [];
  const outcomes = request.ids.map((id) => companyById(ctx.dataset, id));
  const found = outcomes.flatMap((o) => ('record' in o ? [o.record] : []));
  const creditsCharged = revealCompanies(ctx, found, extras);
  const results = outcomes.map((o, i) =>
    'record' in o
      ? enrichedCompany(ctx.dataset, o.record, extras)
      : { id: request.ids[i], error: o.error },
  );
  return respond(results, creditsCharged, outcomes);
}

export const enrichRoutes: RouteDef<Dataset>[] = [
  {
    operationId: 'enrichContacts',
    method: 'POST',
    path: '/v3/contacts/enrich',
    rateClass: 'general',
    handler: enrichContacts,
  },
  {
    operationId: 'enrichCompanies',
    method: 'POST',
    path: '/v3/companies/enrich',
    rateClass: 'general',
    handler: enrichCompanies,
  },
];
