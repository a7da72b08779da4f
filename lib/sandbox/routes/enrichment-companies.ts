/**
 * Company shapes for the enrichment operations: the search preview (`has`, `canReveal`), the
 * enriched record, and the extra revealable fields (`employeesBy*`, `competitors`, `intent`,
 * IT spend, website traffic), derived deterministically from the company. Billing: the base
 * record via `reveal_company`, each extra field separately, all free once revealed.
 */
import { createRng, hashString } from '../prng';
import type { Company, Dataset } from '../dataset';
import type { AccountState, SandboxContext } from '../types';
import { DEPARTMENTS, SENIORITIES } from '../vocab';
import { COMPANY_REVEAL_FIELDS, type CompanyRevealField } from './enrichment-schema';

/** The marker in `revealedCompanies` for the base record (billed via `reveal_company`). */
export const BASE = 'company';

function split(total: number, labels: readonly string[], seed: string) {
  const rng = createRng(hashString(seed));
  const chosen = rng.sample(labels, Math.min(labels.length, rng.int(3, 8)));
  const weights = chosen.map(() => rng.int(1, 10));
  const sum = weights.reduce((a, b) => a + b, 0);
  return chosen.map((label, i) => ({
    label,
    count: Math.max(1, Math.round((total * weights[i]!) / sum)),
  }));
}

/** The value of an extra field, or `null` when the company has no such data (not billed). */
export function extraField(dataset: Dataset, company: Company, field: CompanyRevealField): unknown {
  const n = company.employees;
  const rng = createRng(hashString(`${company.id}:${field}`));
  switch (field) {
    case 'employeesByDepartment':
      return split(n, DEPARTMENTS, `${company.id}:d`).map((x) => ({
        department: x.label,
        count: x.count,
      }));
    case 'employeesBySeniority':
      return split(
        n,
        SENIORITIES.map((s) => s.name),
        `${company.id}:s`,
      ).map((x) => ({ seniority: x.label, count: x.count }));
    case 'employeesByLocation': {
      const places = [company.location, ...company.additionalLocations];
      return split(
        n,
        places.map((p) => p.country),
        `${company.id}:l`,
      ).map((x) => ({ country: x.label, state: null, count: x.count }));
    }
    case 'competitors': {
      const list = company.competitorIds.flatMap((id) => {
        const c = dataset.index.companyById.get(id);
        return c ? [{ id: c.id, name: c.name, domain: c.domain }] : [];
      });
      return list.length ? list : null;
    }
    case 'intent':
      return company.intent.length
        ? {
            detectedTopics: company.intent.map((t) => ({
              topicName: t.topicName,
              metadata: { topicScore: t.topicScore, topicTrend: t.topicTrend },
            })),
            topicCount: company.intent.length,
          }
        : null;
    case 'estimatedAnnualItSpend': {
      if (company.partial) return null;
      const value = n * rng.int(800, 4000);
      return { value, currency: 'USD', valueUsd: value };
    }
    case 'monthlyWebsiteTraffic': {
      if (company.partial || n < 11) return null;
      const month = new Date(dataset.referenceDate).toISOString().slice(0, 7);
      return { visits: n * rng.int(20, 400), momChangePercent: rng.int(-150, 250) / 10, month };
    }
  }
}

function revealed(account: AccountState, company: Company, field: string): boolean {
  return account.revealedCompanies.get(company.id)?.has(field) ?? false;
}

/** The search preview of a company. */
export function companyPreview(
  ctx: SandboxContext<Dataset>,
  company: Company,
  signalTypes?: string[],
) {
  const extras = COMPANY_REVEAL_FIELDS.filter((f) => extraField(ctx.dataset, company, f) !== null);
  const has = [
    'description',
    'companyType',
    'yearFounded',
    'subIndustry',
    'sicCodes',
    'naicsCodes',
  ];
  if (company.additionalLocations.length) has.push('additionalLocations');
  has.push(
    'linkedinFollowers',
    'popularityTier',
    'logoUrl',
    'businessModel',
    'keywords',
    'socialLinks',
  );
  if (company.revenue) has.push('revenueRange');
  if (company.funding.length) has.push('funding');
  if (company.phone) has.push('phones');
  if (company.email) has.push('emails');
  has.push(...extras);
  return {
    id: company.id,
    name: company.name,
    domain: `www.${company.domain}`,
    employeeCount: employeeCount(company),
    industry: company.industry,
    location: locationOf(company, false),
    socialLinks: { linkedin: company.linkedinUrl },
    has,
    canReveal: extras.map((field) => ({
      field,
      credits: revealed(ctx.account, company, field) ? 0 : ctx.price(field),
    })),
    ...(signalTypes ? { signalTypes } : {}),
  };
}

function employeeCount(company: Company) {
  return { exact: company.employees, min: company.size.min, max: company.size.max ?? 10_000_000 };
}

function locationOf(company: Company, withZip: boolean) {
  const { coordinates: _c, zipCode, ...rest } = company.location;
  return withZip && zipCode ? { ...rest, zipCode } : rest;
}

/** Fields of `company` that enriching with `extras` would bill now, base record included. */
export function billableCompanyFields(
  ctx: SandboxContext<Dataset>,
  company: Company,
  extras: readonly CompanyRevealField[],
): string[] {
  const base = revealed(ctx.account, company, BASE) ? [] : [BASE];
  const fields = extras.filter(
    (f) => !revealed(ctx.account, company, f) && extraField(ctx.dataset, company, f) !== null,
  );
  return [...base, ...fields];
}

/** Records the base record and `extras` (with data) as revealed for the account. */
export function markCompanyRevealed(
  ctx: SandboxContext<Dataset>,
  company: Company,
  extras: readonly CompanyRevealField[],
): void {
  const known = ctx.account.revealedCompanies.get(company.id) ?? new Set<string>();
  known.add(BASE);
  for (const f of extras) if (extraField(ctx.dataset, company, f) !== null) known.add(f);
  ctx.account.revealedCompanies.set(company.id, known);
}

function funding(company: Company) {
  const [last] = company.funding;
  if (!last) return {};
  const total = company.funding.reduce((sum, r) => sum + r.roundAmount, 0);
  return {
    funding: {
      rounds: company.funding.map((r) => ({ ...r })),
      totalRounds: company.funding.length,
      totalRoundsAmount: total,
      currency: 'USD',
      isIpo: company.companyType === 'Public Company',
      lastRoundType: last.roundType,
      lastRoundAmount: last.roundAmount,
      lastRoundDate: last.roundDate,
    },
  };
}

/** The enriched record, with the requested extra fields that have data. */
export function enrichedCompany(
  dataset: Dataset,
  company: Company,
  extras: readonly CompanyRevealField[],
) {
  const extra: Record<string, unknown> = {};
  for (const field of extras) {
    const value = extraField(dataset, company, field);
    if (value !== null || field === 'estimatedAnnualItSpend' || field === 'monthlyWebsiteTraffic') {
      extra[field] = value;
    }
  }
  return {
    id: company.id,
    name: company.name,
    alternativeName: company.name.toLowerCase(),
    domain: `www.${company.domain}`,
    alternativeDomains: [company.domain],
    description: company.description,
    companyType: company.companyType,
    yearFounded: company.yearFounded,
    employeeCount: employeeCount(company),
    industry: company.industry,
    subIndustry: company.subIndustry,
    specialities: [...company.specialities],
    sicCodes: company.sicCodes.map((c) => ({ ...c })),
    naicsCodes: company.naicsCodes.map((c) => ({ ...c })),
    location: locationOf(company, true),
    additionalLocations: company.additionalLocations.map(({ coordinates: _c, ...p }) => p),
    socialLinks: { linkedin: company.linkedinUrl },
    linkedinFollowers: company.linkedinFollowers,
    ...(company.revenue ? { revenueRange: { ...company.revenue } } : {}),
    ...funding(company),
    technologies: [...company.technologies],
    popularityTier: company.popularityTier,
    logoUrl: `https://logo.sandbox.example/${company.domain}.png`,
    businessModel: [...company.businessModel],
    ...(company.phone ? { phones: [{ number: company.phone }] } : {}),
    ...(company.email ? { emails: [{ email: company.email }] } : {}),
    keywords: [...company.specialities],
    ...extra,
  };
}
