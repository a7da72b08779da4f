/**
 * The dataset as the non-core route modules see it: flat, read-only views of contacts and
 * companies (built once per dataset and cached), and the preview shapes the spec returns.
 * This file is the only one that knows the dataset's own layout.
 */
import type { Dataset } from '../dataset';
import type { Company, Contact, Place } from '../dataset-types';
import type { SandboxContext } from '../types';
import { companyPreview as searchCompanyPreview } from './enrichment-companies';
import { contactPreview as searchContactPreview } from './enrichment-contacts';
import { moduleState, seededUuid } from './prospecting-common';

/** A place, in the spec's location vocabulary. */
export interface LocationView {
  city?: string;
  state?: string;
  country?: string;
  countryIso2?: string;
  continent?: string;
}

/** One dated signal event; `data` holds the type-specific fields the spec shows. */
export interface SignalView {
  type: string;
  date: string;
  data: Record<string, unknown>;
}

/** A company, flattened. */
export interface CompanyView {
  id: string;
  name: string;
  domain: string;
  industry: string;
  industryId?: number;
  subIndustry?: string;
  subIndustryId?: number;
  employees: number;
  employeeRange: { min: number; max?: number };
  revenue?: number;
  revenueRange?: { min: number; max?: number };
  location: LocationView;
  linkedin: string;
  technologies: string[];
  intentTopics: string[];
  sics: string[];
  naics: string[];
  keywords: string[];
  specialities: string[];
  /** Intent topic → score (1-100). */
  intentScores: Map<string, number>;
  zipCode?: string;
  foundedYear?: number;
  companyType?: string;
  businessModels: string[];
  signals: SignalView[];
  /** A thin record (no revenue, technologies, intent or funding). */
  partial: boolean;
}

/** A contact, flattened, with its company. */
export interface ContactView {
  id: string;
  firstName: string;
  lastName: string;
  title: string;
  departments: string[];
  seniority: string;
  seniorityId: number;
  company: CompanyView;
  location: LocationView;
  linkedin: string;
  emails: string[];
  skills: string[];
  previousTitles: string[];
  /** Existing data points in the filter vocabulary (`work_email`, `mobile_phone`, ...). */
  dataPoints: string[];
  signals: SignalView[];
  /** A partial profile (no emails and phones, or only a name). */
  partial: boolean;
  /** Has a phone flagged do-not-call. */
  doNotCall: boolean;
}

const EMAIL_POINTS: Record<string, string> = { work: 'work_email', private: 'personal_email' };
const PHONE_POINTS: Record<string, string> = {
  mobile: 'mobile_phone',
  direct: 'direct_phone',
  work: 'work_phone',
};

/** Only the spec's location fields, without the empty ones. */
function placeView(p: Place): LocationView {
  const { city, state, country, countryIso2, continent } = p;
  return Object.fromEntries(
    Object.entries({ city, state, country, countryIso2, continent }).filter(([, v]) => v),
  );
}

function companyView(c: Company): CompanyView {
  return {
    id: c.id,
    name: c.name,
    domain: c.domain,
    industry: c.industry,
    industryId: c.industryId,
    subIndustry: c.subIndustry,
    subIndustryId: c.subIndustryId,
    employees: c.employees,
    employeeRange: c.size,
    revenue: c.revenue?.min,
    revenueRange: c.revenue,
    location: placeView(c.location),
    linkedin: c.linkedinUrl,
    technologies: c.technologies,
    intentTopics: c.intent.map((t) => t.topicName),
    sics: c.sicCodes.map((s) => String(s.code)),
    naics: c.naicsCodes.map((s) => String(s.code)),
    keywords: [c.description, ...c.specialities],
    specialities: c.specialities,
    intentScores: new Map(c.intent.map((t) => [t.topicName.toLowerCase(), t.topicScore])),
    zipCode: c.location.zipCode,
    foundedYear: c.yearFounded,
    companyType: c.companyType,
    businessModels: c.businessModel,
    signals: c.signals,
    partial: c.partial,
  };
}

function contactView(c: Contact, company: CompanyView): ContactView {
  return {
    id: c.id,
    firstName: c.firstName,
    lastName: c.lastName,
    title: c.jobTitle?.title ?? '',
    departments: c.jobTitle?.departments ?? [],
    seniority: c.jobTitle?.seniority ?? '',
    seniorityId: c.seniorityId ?? 0,
    company,
    location: c.location ? placeView(c.location) : {},
    linkedin: c.linkedinUrl ?? '',
    emails: c.emails.map((e) => e.email),
    skills: c.skills,
    previousTitles: c.previousEmployment.map((p) => p.title),
    dataPoints: [
      ...new Set([
        ...c.emails.flatMap((e) => EMAIL_POINTS[e.type] ?? []),
        ...c.phones.flatMap((p) => PHONE_POINTS[p.type] ?? []),
      ]),
    ],
    signals: c.signals,
    partial: c.partial,
    doNotCall: c.phones.some((p) => p.doNotCall),
  };
}

const cache = new WeakMap<Dataset, { contacts: ContactView[]; companies: CompanyView[] }>();

function views(dataset: Dataset) {
  let built = cache.get(dataset);
  if (!built) {
    const companies = dataset.companies.map(companyView);
    const byId = new Map(companies.map((c) => [c.id, c]));
    const contacts = dataset.contacts.flatMap((c) => {
      const company = byId.get(c.companyId);
      return company ? [contactView(c, company)] : [];
    });
    built = { contacts, companies };
    cache.set(dataset, built);
  }
  return built;
}

/** Every contact of the dataset, in dataset order (the order prospecting pages through). */
export function contactViews(dataset: Dataset): ContactView[] {
  return views(dataset).contacts;
}

/** Every company of the dataset, in dataset order. */
export function companyViews(dataset: Dataset): CompanyView[] {
  return views(dataset).companies;
}

/** A fresh request id for a response, deterministic per account. */
export function requestId(ctx: SandboxContext, operation: string): string {
  const counter = moduleState(ctx, 'request-ids', () => ({ n: 0 }));
  counter.n += 1;
  return seededUuid(ctx.account.key, operation, counter.n);
}

/**
 * The contact preview of prospecting results: the core's search preview (same `has` and
 * `canReveal` as `POST /v3/contacts/search`), so a contact looks the same on every endpoint.
 */
export function contactPreview(
  c: ContactView,
  ctx: SandboxContext<Dataset>,
  signalTypes?: string[],
) {
  return searchContactPreview(ctx, rawContact(ctx.dataset, c.id), signalTypes);
}

/** The lightweight contact preview lookalikes return. */
export function lookalikeContact(c: ContactView) {
  return {
    id: c.id,
    firstName: c.firstName,
    lastName: c.lastName,
    ...(c.title
      ? { jobTitle: { title: c.title, departments: c.departments, seniority: c.seniority } }
      : {}),
    company: { id: c.company.id, name: c.company.name, domain: `www.${c.company.domain}` },
    location: c.location,
    ...(c.linkedin ? { socialLinks: { linkedin: c.linkedin } } : {}),
  };
}

/** The lightweight company preview lookalikes return. */
export function lookalikeCompany(c: CompanyView) {
  const { country, state, city } = c.location;
  return {
    id: c.id,
    name: c.name,
    domain: c.domain,
    employeeCount: { exact: c.employees },
    industry: c.industry,
    location: Object.fromEntries(
      Object.entries({ country, state, city }).filter(([, v]) => v),
    ) as LocationView,
    socialLinks: { linkedin: c.linkedin },
  };
}

/** The company preview of prospecting and website visits: the core's search preview. */
export function companyPreview(
  c: CompanyView,
  ctx: SandboxContext<Dataset>,
  signalTypes?: string[],
) {
  const company = ctx.dataset.index.companyById.get(c.id);
  if (!company) throw new Error(`Dataset inconsistency: no company ${c.id}`);
  return searchCompanyPreview(ctx, company, signalTypes);
}

function rawContact(dataset: Dataset, id: string): Contact {
  const contact = dataset.index.contactById.get(id);
  if (!contact) throw new Error(`Dataset inconsistency: no contact ${id}`);
  return contact;
}
