/**
 * Contact shapes for the enrichment operations: the non-PII preview search returns (with `has`
 * and `canReveal`), the reveal plan enrich bills (per revealed field, free when already revealed
 * for the account), and the enriched record.
 */
import { companyOf, type Contact, type Dataset } from '../dataset';
import type { AccountState, SandboxContext } from '../types';
import type { ContactReveal } from './enrichment-schema';

type Field = ContactReveal[number];

/** The pricing action of each revealable contact field. */
export const CONTACT_FIELD_ACTION: Record<Field, string> = {
  emails: 'revealEmail',
  phones: 'revealPhone',
};

function hasField(contact: Contact, field: Field): boolean {
  return field === 'emails' ? contact.emails.length > 0 : contact.phones.length > 0;
}

function alreadyRevealed(account: AccountState, contact: Contact, field: Field): boolean {
  return account.revealedContacts.get(contact.id)?.has(field) ?? false;
}

function companyRef(dataset: Dataset, contact: Contact) {
  const company = companyOf(dataset, contact);
  return {
    id: company.id,
    name: company.name,
    domain: `www.${company.domain}`,
    industry: company.industry,
  };
}

/** The search preview of a contact. */
export function contactPreview(
  ctx: SandboxContext<Dataset>,
  contact: Contact,
  signalTypes?: string[],
) {
  const fields: Field[] = ['emails', 'phones'];
  const has = ['firstName', 'lastName'];
  if (contact.jobTitle) has.push('jobTitle');
  if (contact.location) has.push('location');
  if (contact.linkedinUrl) has.push('socialLinks');
  const revealable = fields.filter((f) => hasField(contact, f));
  has.push(...revealable);
  return {
    id: contact.id,
    firstName: contact.firstName,
    lastName: contact.lastName,
    ...(contact.jobTitle ? { jobTitle: { ...contact.jobTitle } } : {}),
    company: companyRef(ctx.dataset, contact),
    ...(contact.location
      ? {
          location: {
            country: contact.location.country,
            ...(contact.location.state ? { state: contact.location.state } : {}),
            ...(contact.location.city ? { city: contact.location.city } : {}),
          },
        }
      : {}),
    ...(contact.linkedinUrl ? { socialLinks: { linkedin: contact.linkedinUrl } } : {}),
    has,
    canReveal: revealable.map((field) => ({
      field,
      credits: alreadyRevealed(ctx.account, contact, field)
        ? 0
        : ctx.price(CONTACT_FIELD_ACTION[field]),
    })),
    ...(signalTypes ? { signalTypes } : {}),
  };
}

/** The fields of `contact` that revealing `fields` would bill now (with data, not yet revealed). */
export function billableFields(
  account: AccountState,
  contact: Contact,
  fields: readonly Field[],
): Field[] {
  return fields.filter((f) => hasField(contact, f) && !alreadyRevealed(account, contact, f));
}

/** Records that `fields` of `contact` are now revealed for the account. */
export function markRevealed(
  account: AccountState,
  contact: Contact,
  fields: readonly Field[],
): void {
  const known = account.revealedContacts.get(contact.id) ?? new Set<string>();
  for (const f of fields) if (hasField(contact, f)) known.add(f);
  account.revealedContacts.set(contact.id, known);
}

/** The enriched record, with the data of the requested `fields`. */
export function enrichedContact(dataset: Dataset, contact: Contact, fields: readonly Field[]) {
  const location = contact.location
    ? { ...contact.location, isEuContact: contact.isEuContact }
    : undefined;
  if (location) delete (location as { stateCode?: string }).stateCode;
  return {
    id: contact.id,
    firstName: contact.firstName,
    lastName: contact.lastName,
    fullName: `${contact.firstName} ${contact.lastName}`,
    ...(contact.jobTitle ? { jobTitle: { ...contact.jobTitle } } : {}),
    ...(location ? { location } : {}),
    tags: [],
    emails: fields.includes('emails') ? contact.emails.map((e) => ({ ...e })) : [],
    phones: fields.includes('phones') ? contact.phones.map((p) => ({ ...p })) : [],
    company: companyRef(dataset, contact),
    ...(contact.linkedinUrl ? { socialLinks: { linkedin: contact.linkedinUrl } } : {}),
    previousEmployment: contact.previousEmployment.map((p) => ({
      company: { name: p.companyName, domain: p.domain },
      jobTitle: { title: p.title },
    })),
    updateDate: contact.updateDate,
  };
}
