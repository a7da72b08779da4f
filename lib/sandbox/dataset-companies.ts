/**
 * Invented companies: the showcase three first, then generated ones with unique names, domains
 * and LinkedIn slugs, firmographics drawn from the vocabularies and signals in the past year.
 */
import type { Rng } from './prng';
import type { Band, Company, Place } from './dataset-types';
import { companySignals } from './dataset-signals';
import { COMPANY_PREFIXES, COMPANY_SUFFIXES, TLDS } from './names';
import { SHOWCASE, asciiSlug } from './showcase';
import {
  BUSINESS_MODELS,
  COMPANY_TYPES,
  INDUSTRIES,
  INTENT_TOPICS,
  PLACES,
  REVENUES,
  ROUND_TYPES,
  SIZES,
  TECHNOLOGIES,
  type PlaceDef,
} from './vocab';

interface CompanySeed {
  id: string;
  name: string;
  domain: string;
  linkedinSlug: string;
  industryId: number;
  subIndustryId: number;
  place: PlaceDef;
  employees: number;
  partial: boolean;
}

/** The employee band holding `employees`. */
export function sizeOf(employees: number): Band {
  return (
    SIZES.find((s) => employees >= s.min && (s.max === undefined || employees <= s.max)) ?? {
      min: 1,
      max: 10,
    }
  );
}

/** A place without the generator's extra fields. */
export function placeOf(def: PlaceDef): Place {
  const { eu: _eu, dial: _dial, ...place } = def;
  return place;
}

function revenueFor(rng: Rng, employees: number): Band {
  const band = Math.min(
    REVENUES.length - 1,
    Math.floor(Math.log10(employees + 1) + rng.int(-1, 1)),
  );
  return REVENUES[Math.max(0, band)] as Band;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** The spec's round date format, e.g. `Nov 10, 2021`. */
function roundDate(year: number, month: number, day: number): string {
  return `${MONTHS[month]} ${day}, ${year}`;
}

function fundingFor(rng: Rng, yearFounded: number, employees: number): Company['funding'] {
  return Array.from({ length: rng.int(0, 3) }, (_, i) => ({
    currency: 'USD' as const,
    roundAmount: rng.int(1, 20) * 50_000 * Math.ceil(Math.sqrt(employees)),
    roundType: ROUND_TYPES[Math.min(i + rng.int(0, 1), ROUND_TYPES.length - 1)] as string,
    roundDate: roundDate(yearFounded + 1 + i * 2, rng.int(0, 11), rng.int(1, 28)),
  })).reverse();
}

function buildCompany(rng: Rng, seed: CompanySeed, referenceDate: number): Company {
  const industry = INDUSTRIES.find((i) => i.id === seed.industryId) ?? INDUSTRIES[0]!;
  const sub = industry.subs.find((s) => s.id === seed.subIndustryId) ?? industry.subs[0]!;
  const yearFounded = rng.int(1975, 2022);
  const others = PLACES.filter((p) => p !== seed.place);
  const full = !seed.partial;
  return {
    id: seed.id,
    name: seed.name,
    domain: seed.domain,
    description: `${seed.name} works in ${sub.label.toLowerCase()} from its base in ${seed.place.city}.`,
    companyType: rng.pick(COMPANY_TYPES),
    yearFounded,
    employees: seed.employees,
    size: sizeOf(seed.employees),
    industry: industry.label,
    industryId: industry.id,
    subIndustry: sub.label,
    subIndustryId: sub.id,
    sicCodes: [{ code: sub.sic[0], description: sub.sic[1] }],
    naicsCodes: [{ code: sub.naics[0], description: sub.naics[1] }],
    location: { ...placeOf(seed.place), zipCode: String(rng.int(10000, 99999)) },
    additionalLocations: rng.sample(others, rng.int(0, 2)).map(placeOf),
    linkedinSlug: seed.linkedinSlug,
    linkedinUrl: `https://www.linkedin.com/company/${seed.linkedinSlug}`,
    linkedinFollowers: seed.employees * rng.int(5, 60),
    revenue: full ? revenueFor(rng, seed.employees) : undefined,
    technologies: full ? rng.sample(TECHNOLOGIES, rng.int(1, 6)) : [],
    intent: full
      ? rng.sample(INTENT_TOPICS, rng.int(0, 3)).map((topicName) => ({
          topicName,
          topicScore: rng.int(40, 99),
          topicTrend: `${rng.chance(0.7) ? '+' : '-'}${rng.int(1, 30)}`,
        }))
      : [],
    specialities: [sub.label.toLowerCase(), ...rng.sample(TECHNOLOGIES, 2)],
    businessModel: [rng.pick(BUSINESS_MODELS)],
    funding: full ? fundingFor(rng, yearFounded, seed.employees) : [],
    popularityTier: rng.int(1, 5),
    phone: full ? `${seed.place.dial}${rng.int(200, 999)}${rng.int(1000000, 9999999)}` : undefined,
    email: full ? `info@${seed.domain}` : undefined,
    competitorIds: [],
    signals: companySignals(rng, referenceDate, seed),
    partial: seed.partial,
  };
}

function showcaseSeeds(): CompanySeed[] {
  return SHOWCASE.companies.map((c) => ({
    id: c.id,
    name: c.name,
    domain: c.domain,
    linkedinSlug: c.linkedinUrl.split('/').pop() ?? '',
    industryId: c.industryId,
    subIndustryId: c.subIndustryId,
    place: PLACES.find((p) => p.city === c.city) ?? PLACES[0]!,
    employees: c.employees,
    partial: false,
  }));
}

function generatedSeed(rng: Rng, id: string, taken: Set<string>): CompanySeed {
  const industry = rng.pick(INDUSTRIES);
  const suffixes = COMPANY_SUFFIXES[industry.id] ?? ['Group'];
  let name = `${rng.pick(COMPANY_PREFIXES)} ${rng.pick(suffixes)}`;
  for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${name.replace(/ \d+$/, '')} ${n}`;
  taken.add(name.toLowerCase());
  const slug = asciiSlug(name);
  const employees = Math.round(10 ** (rng.next() * 4.6)) + 1;
  return {
    id,
    name,
    domain: `${slug.replace(/-/g, '')}.${rng.pick(TLDS)}`,
    linkedinSlug: slug,
    industryId: industry.id,
    subIndustryId: rng.pick(industry.subs).id,
    place: rng.pick(PLACES),
    employees,
    partial: rng.chance(0.1),
  };
}

/** The showcase companies followed by `count` generated ones; competitors link within industry. */
export function generateCompanies(rng: Rng, count: number, referenceDate: number): Company[] {
  const seeds = showcaseSeeds();
  const taken = new Set(seeds.map((s) => s.name.toLowerCase()));
  const domains = new Set(seeds.map((s) => s.domain));
  for (let i = 0; i < count; i++) {
    const seed = generatedSeed(rng, String(16100001 + i * 7), taken);
    while (domains.has(seed.domain)) seed.domain = `${rng.int(2, 99)}${seed.domain}`;
    domains.add(seed.domain);
    seeds.push(seed);
  }
  const companies = seeds.map((seed) => buildCompany(rng, seed, referenceDate));
  const byIndustry = new Map<number, Company[]>();
  for (const c of companies)
    byIndustry.set(c.industryId, [...(byIndustry.get(c.industryId) ?? []), c]);
  for (const company of companies) {
    const peers = (byIndustry.get(company.industryId) ?? [])
      .slice(0, 40)
      .filter((c) => c !== company);
    company.competitorIds = rng.sample(peers, rng.int(0, 4)).map((c) => c.id);
  }
  return companies;
}
