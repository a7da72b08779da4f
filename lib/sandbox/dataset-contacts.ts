/**
 * Invented people: the showcase cast first, then generated ones spread over the companies (larger
 * companies get more people), with work emails on their company's domain, unique LinkedIn slugs,
 * phones, partial profiles, EU contacts and a few compliance-restricted ones.
 */
import type { Rng } from './prng';
import type { Company, Contact, Email, Phone } from './dataset-types';
import { contactSignals, isoDay } from './dataset-signals';
import { placeOf } from './dataset-companies';
import { FIRST_NAMES, LAST_NAMES, SENIOR_TITLES, SKILLS, TITLES } from './names';
import { SHOWCASE, asciiSlug } from './showcase';
import { DEPARTMENTS, PLACES, SENIORITIES, type PlaceDef } from './vocab';

const DAY_MS = 86_400_000;
const CONFIDENCES = ['A+', 'A+', 'A', 'A', 'B'] as const;

interface Ctx {
  rng: Rng;
  referenceDate: number;
  companies: Company[];
  emails: Set<string>;
  slugs: Set<string>;
}

function placeFor(ctx: Ctx, company: Company): PlaceDef {
  const home = PLACES.find((p) => p.city === company.location.city);
  return home && ctx.rng.chance(0.75) ? home : ctx.rng.pick(PLACES);
}

function phone(ctx: Ctx, place: PlaceDef, type: Phone['type'], doNotCall: boolean): Phone {
  const digits = `${ctx.rng.int(200, 999)}${ctx.rng.int(1000000, 9999999)}`;
  const updateDate = isoDay(ctx.referenceDate - ctx.rng.int(1, 180) * DAY_MS);
  return { number: `${place.dial}${digits}`, type, doNotCall, updateDate };
}

function uniqueEmail(ctx: Ctx, local: string, domain: string): string {
  let email = `${local}@${domain}`;
  for (let n = 2; ctx.emails.has(email); n++) email = `${local}${n}@${domain}`;
  ctx.emails.add(email);
  return email;
}

function uniqueSlug(ctx: Ctx, base: string): string {
  let slug = base;
  while (ctx.slugs.has(slug)) slug = `${base}-${ctx.rng.int(1000, 99999).toString(16)}`;
  ctx.slugs.add(slug);
  return slug;
}

function jobTitle(ctx: Ctx): {
  title: string;
  departments: string[];
  seniority: string;
  id: number;
} {
  const seniority = ctx.rng.pick(SENIORITIES);
  const department = ctx.rng.pick(DEPARTMENTS);
  const ladder = TITLES[department] ?? ['Specialist'];
  const top = SENIOR_TITLES[seniority.name];
  const rank = Math.min(ladder.length - 1, Math.floor(((seniority.id - 1) / 5) * ladder.length));
  const title = top ? ctx.rng.pick(top) : (ladder[rank] ?? ladder[0]!);
  return { title, departments: [department], seniority: seniority.name, id: seniority.id };
}

function emailsFor(ctx: Ctx, first: string, last: string, company: Company): Email[] {
  const f = asciiSlug(first).replace(/-/g, '');
  const l = asciiSlug(last).replace(/-/g, '');
  const local = ctx.rng.pick([`${f}.${l}`, `${f[0]}${l}`, `${f}`]);
  const updateDate = isoDay(ctx.referenceDate - ctx.rng.int(1, 180) * DAY_MS);
  const work: Email = {
    email: uniqueEmail(ctx, local, company.domain),
    type: 'work',
    confidence: ctx.rng.pick(CONFIDENCES),
    updateDate,
  };
  if (!ctx.rng.chance(0.25)) return [work];
  const personal = uniqueEmail(ctx, `${f}.${l}${ctx.rng.int(1, 99)}`, 'mailbox.example');
  return [work, { email: personal, type: 'private', confidence: 'B', updateDate }];
}

function previousJob(ctx: Ctx, company: Company): Contact['previousEmployment'] {
  if (!ctx.rng.chance(0.4)) return [];
  const other = ctx.rng.pick(ctx.companies);
  if (other === company) return [];
  return [{ companyName: other.name, domain: other.domain, title: jobTitle(ctx).title }];
}

function generatedContact(ctx: Ctx, id: string, company: Company): Contact {
  const { rng } = ctx;
  const first = rng.pick(FIRST_NAMES);
  const last = rng.pick(LAST_NAMES);
  const nameOnly = rng.chance(0.02);
  const place = placeFor(ctx, company);
  const job = jobTitle(ctx);
  const emails = nameOnly || rng.chance(0.1) ? [] : emailsFor(ctx, first, last, company);
  const phones: Phone[] = [];
  if (!nameOnly && rng.chance(0.8)) phones.push(phone(ctx, place, 'mobile', rng.chance(0.1)));
  if (!nameOnly && rng.chance(0.3)) phones.push(phone(ctx, place, 'direct', rng.chance(0.05)));
  const previousEmployment = previousJob(ctx, company);
  const slug = uniqueSlug(
    ctx,
    `${asciiSlug(first)}-${asciiSlug(last)}-${rng.int(16, 4095).toString(16)}`,
  );
  return {
    id,
    firstName: first,
    lastName: last,
    companyId: company.id,
    jobTitle: nameOnly
      ? undefined
      : { title: job.title, departments: job.departments, seniority: job.seniority },
    seniorityId: nameOnly ? undefined : job.id,
    location: nameOnly ? undefined : placeOf(place),
    isEuContact: place.eu,
    linkedinSlug: nameOnly ? undefined : slug,
    linkedinUrl: nameOnly ? undefined : `https://www.linkedin.com/in/${slug}`,
    emails,
    phones,
    skills: rng.sample(SKILLS, rng.int(0, 3)),
    signals: nameOnly
      ? []
      : contactSignals(
          rng,
          ctx.referenceDate,
          { title: job.title, companyName: company.name },
          previousEmployment[0]?.companyName,
        ),
    previousEmployment,
    complianceRestricted: rng.chance(0.01),
    partial: nameOnly || (emails.length === 0 && phones.length === 0),
    updateDate: isoDay(ctx.referenceDate - rng.int(1, 200) * DAY_MS),
  };
}

function showcaseContacts(ctx: Ctx): Contact[] {
  return SHOWCASE.contacts.map((s) => {
    const company = ctx.companies.find((c) => c.id === s.companyId)!;
    const place = PLACES.find((p) => p.city === company.location.city) ?? PLACES[0]!;
    if (s.email) ctx.emails.add(s.email);
    const slug = s.linkedinUrl.split('/').pop() ?? '';
    ctx.slugs.add(slug);
    const updateDate = isoDay(ctx.referenceDate - 30 * DAY_MS);
    const seniority = SENIORITIES.find((x) => x.name === s.seniority);
    const title = s.title && s.department && s.seniority;
    return {
      id: s.id,
      firstName: s.firstName,
      lastName: s.lastName,
      companyId: s.companyId,
      jobTitle: title
        ? { title: s.title!, departments: [s.department!], seniority: s.seniority! }
        : undefined,
      seniorityId: seniority?.id,
      location: title ? placeOf(place) : undefined,
      isEuContact: s.eu,
      linkedinSlug: slug,
      linkedinUrl: s.linkedinUrl,
      emails: s.email
        ? [{ email: s.email, type: 'work' as const, confidence: 'A+', updateDate }]
        : [],
      phones: s.phones.map((kind) =>
        phone(ctx, place, kind === 'direct' ? 'direct' : 'mobile', kind === 'dnc'),
      ),
      skills: [],
      signals:
        s.seniority === 'Vice President'
          ? [
              {
                type: 'promotion',
                date: isoDay(ctx.referenceDate - 45 * DAY_MS),
                data: { newTitle: s.title, companyName: s.companyName },
              },
            ]
          : [],
      previousEmployment: [],
      complianceRestricted: s.complianceRestricted,
      partial: !title || (!s.email && s.phones.length === 0),
      updateDate,
    };
  });
}

/** The showcase contacts followed by `count` generated ones. */
export function generateContacts(
  rng: Rng,
  count: number,
  companies: Company[],
  referenceDate: number,
): Contact[] {
  const ctx: Ctx = { rng, referenceDate, companies, emails: new Set(), slugs: new Set() };
  const contacts = showcaseContacts(ctx);
  const pool = companies
    .slice(SHOWCASE.companies.length)
    .flatMap((c) => Array<Company>(1 + Math.floor(Math.log10(c.employees))).fill(c));
  for (let i = 0; i < count; i++) {
    contacts.push(generatedContact(ctx, String(4410000001 + i * 3), rng.pick(pool)));
  }
  return contacts;
}
