/**
 * Seed resolution and likeness scores for lookalikes. A candidate scores by how many seeds
 * share its traits (seniority, department, industry, size band, country); when no seed can be
 * resolved the profile falls back to a seeded hash of the request, so answers stay stable.
 */
import { unit } from './prospecting-common';
import type { CompanyView, ContactView } from './prospecting-data';
import type { CompanySeeds, ContactSeeds } from './lookalikes';

const lower = (s: string | undefined) => (s ?? '').trim().toLowerCase();
const slug = (url: string) =>
  lower(url)
    .replace(/^https?:\/\/(www\.)?/, '')
    .replace(/\/+$/, '');
const domainOf = (d: string) =>
  lower(d)
    .replace(/^https?:\/\//, '')
    .replace(/^www\./, '')
    .split('/')[0] ?? '';

/** Dataset contacts named by any of the seed identifiers. */
export function resolveContacts(all: ContactView[], seeds: ContactSeeds): ContactView[] {
  const links = new Set((seeds.linkedinUrls ?? []).map(slug));
  const emails = new Set((seeds.emails ?? []).map(lower));
  const ids = new Set([...(seeds.ids ?? []), ...(seeds.contactIds ?? []).map(String)]);
  const people = seeds.contacts ?? [];
  return all.filter(
    (c) =>
      ids.has(c.id) ||
      links.has(slug(c.linkedin)) ||
      c.emails.some((e) => emails.has(lower(e))) ||
      people.some(
        (p) =>
          lower(p.firstName) === lower(c.firstName) &&
          lower(p.lastName) === lower(c.lastName) &&
          (domainOf(p.companyDomain ?? '') === domainOf(c.company.domain) ||
            lower(p.companyName) === lower(c.company.name)),
      ),
  );
}

/** Dataset companies named by any seed domain or LinkedIn URL. */
export function resolveCompanies(all: CompanyView[], seeds: CompanySeeds): CompanyView[] {
  const domains = new Set((seeds.domains ?? []).map(domainOf));
  const links = new Set((seeds.linkedinUrls ?? []).map(slug));
  return all.filter((c) => domains.has(domainOf(c.domain)) || links.has(slug(c.linkedin)));
}

/** Size band of a head count, on a log-ish scale. */
export function sizeBand(employees: number): number {
  return [10, 50, 200, 1000, 5000, 10000].findIndex((limit) => employees <= limit) + 1 || 7;
}

function share<T>(seeds: T[], same: (seed: T) => boolean): number {
  return seeds.filter(same).length / seeds.length;
}

/** Likeness of a contact to the seeds, 0 when it shares nothing with them. */
export function contactProfile(seeds: ContactView[], salt: string): (c: ContactView) => number {
  if (!seeds.length) return (c) => 0.01 + unit('lookalike', salt, c.id);
  return (c) =>
    3 * share(seeds, (s) => s.seniorityId === c.seniorityId) +
    2 * share(seeds, (s) => s.departments.some((d) => c.departments.includes(d))) +
    2 * share(seeds, (s) => s.company.industry === c.company.industry) +
    share(seeds, (s) => sizeBand(s.company.employees) === sizeBand(c.company.employees)) +
    share(seeds, (s) => s.location.countryIso2 === c.location.countryIso2);
}

/** Likeness of a company to the seeds, 0 when it shares nothing with them. */
export function companyProfile(seeds: CompanyView[], salt: string): (c: CompanyView) => number {
  if (!seeds.length) return (c) => 0.01 + unit('lookalike', salt, c.id);
  return (c) =>
    4 * share(seeds, (s) => s.industry === c.industry) +
    2 * share(seeds, (s) => sizeBand(s.employees) === sizeBand(c.employees)) +
    share(seeds, (s) => !!s.subIndustry && s.subIndustry === c.subIndustry) +
    share(seeds, (s) => s.location.countryIso2 === c.location.countryIso2);
}
