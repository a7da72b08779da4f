/**
 * Prospecting filters as predicates over the dataset's views. Within one filter the listed
 * values are alternatives (any may match, unless a `...Condition: 'and'` says all); across
 * filters every one must match; an `exclude` block drops a record when any of its filters match.
 */
import type { CompanyFilter, ContactFilter, LocationFilter, Range } from './prospecting-schema';
import type { CompanyView, ContactView, LocationView, SignalView } from './prospecting-data';
import { parseIsoDate } from './prospecting-common';

type Test<T> = (record: T) => boolean;

const lower = (s: string | undefined) => (s ?? '').trim().toLowerCase();
const has = (list: string[], value: string | undefined) =>
  list.some((v) => lower(v) === lower(value));
const slug = (url: string) =>
  lower(url)
    .replace(/^https?:\/\/(www\.)?/, '')
    .replace(/\/+$/, '');
const domainOf = (d: string) =>
  lower(d)
    .replace(/^https?:\/\//, '')
    .replace(/^www\./, '')
    .split('/')[0];

/** Regions as Lusha groups countries (`countryGrouping`). */
const GROUPINGS: Record<string, string[]> = {
  emea: ['europe', 'africa', 'middle east'],
  amer: ['north america', 'south america'],
  na: ['north america'],
  latam: ['south america'],
  apac: ['asia', 'oceania'],
};

function locationMatches(f: LocationFilter, l: LocationView): boolean {
  const grouping = f.countryGrouping ? GROUPINGS[lower(f.countryGrouping)] : undefined;
  return (
    (!f.city || lower(f.city) === lower(l.city)) &&
    (!(f.state ?? f.region) || lower(f.state ?? f.region) === lower(l.state)) &&
    (!f.country || lower(f.country) === lower(l.country)) &&
    (!f.countryIso2 || lower(f.countryIso2) === lower(l.countryIso2)) &&
    (!f.continent || lower(f.continent) === lower(l.continent)) &&
    (!grouping || grouping.includes(lower(l.continent)))
  );
}

const inRange = (ranges: Range[], value: number | undefined) =>
  value !== undefined &&
  ranges.some(
    (r) => (r.min === undefined || value >= r.min) && (r.max === undefined || value <= r.max),
  );

/** All given checks; a filter that is absent or empty is no check at all. */
function all<T>(checks: (Test<T> | false | undefined)[]): Test<T>[] {
  return checks.filter((c): c is Test<T> => typeof c === 'function');
}

const some = <V>(values: V[] | undefined): values is V[] => !!values && values.length > 0;

function listCheck(values: string[], condition: string | undefined, data: string[]): boolean {
  const and = condition === 'and' || condition === 'all';
  return and ? values.every((v) => has(data, v)) : values.some((v) => has(data, v));
}

/** The checks one company filter block makes. */
export function companyChecks(f: CompanyFilter, now: number): Test<CompanyView>[] {
  const topicCondition = f.intentTopicsOperator ?? f.intentTopicsCondition;
  return all<CompanyView>([
    some(f.names) && ((c) => f.names!.some((n) => lower(c.name).includes(lower(n)))),
    some(f.domains) && ((c) => f.domains!.some((d) => domainOf(d) === domainOf(c.domain))),
    some(f.ids) && ((c) => f.ids!.includes(c.id)),
    !!f.searchText &&
      ((c) => `${c.name} ${c.domain} ${c.industry}`.toLowerCase().includes(lower(f.searchText))),
    some(f.locations) && ((c) => f.locations!.some((l) => locationMatches(l, c.location))),
    some(f.sizes) && ((c) => inRange(f.sizes!, c.employees)),
    some(f.revenues) && ((c) => inRange(f.revenues!, c.revenue)),
    some(f.technologies) &&
      ((c) => listCheck(f.technologies!, f.technologiesCondition, c.technologies)),
    some(f.industriesLabels) &&
      ((c) => f.industriesLabels!.some((i) => has([c.industry, c.subIndustry ?? ''], i))),
    some(f.mainIndustriesIds) &&
      ((c) => c.industryId !== undefined && f.mainIndustriesIds!.includes(c.industryId)),
    some(f.subIndustriesIds) &&
      ((c) => c.subIndustryId !== undefined && f.subIndustriesIds!.includes(c.subIndustryId)),
    some(f.intentTopics) && ((c) => listCheck(f.intentTopics!, topicCondition, c.intentTopics)),
    some(f.sicCodes) && ((c) => f.sicCodes!.some((s) => c.sics.includes(s))),
    some(f.naicsCodes) && ((c) => f.naicsCodes!.some((s) => c.naics.includes(s))),
    some(f.foundedYear) && ((c) => inRange(f.foundedYear!, c.foundedYear)),
    some(f.businessModel) && ((c) => f.businessModel!.some((b) => has(c.businessModels, b))),
    some(f.companyType) && ((c) => has(f.companyType!, c.companyType)),
    some(f.linkedinUrls) && ((c) => f.linkedinUrls!.some((u) => slug(u) === slug(c.linkedin))),
    ...refinementChecks(f),
    some(f.keywords) &&
      ((c) =>
        f.keywords!.some((k) =>
          `${c.name} ${c.industry} ${c.subIndustry ?? ''} ${c.keywords.join(' ')}`
            .toLowerCase()
            .includes(lower(k)),
        )),
    !!f.signals?.types?.length && ((c) => hasSignal(c.signals, f.signals!, now)),
  ]);
}

/** Specialities, intent scores and zip codes. */
function refinementChecks(f: CompanyFilter): (Test<CompanyView> | false)[] {
  const topics = f.intentTopics?.map(lower);
  const scored = (c: CompanyView) =>
    [...c.intentScores].filter(([topic]) => !topics?.length || topics.includes(topic));
  const min = f.intentMinScore ?? 1;
  const max = f.intentMaxScore ?? 100;
  return [
    some(f.specialities) &&
      ((c) => f.specialities!.some((w) => c.specialities.some((s) => lower(s).includes(lower(w))))),
    some(f.exactSpecialities) && ((c) => f.exactSpecialities!.some((w) => has(c.specialities, w))),
    some(f.exactKeywords) && ((c) => f.exactKeywords!.some((w) => has([c.name, ...c.keywords], w))),
    (f.intentMinScore !== undefined || f.intentMaxScore !== undefined) &&
      ((c) => scored(c).some(([, score]) => score >= min && score <= max)),
    some(f.headquarterZipcodes) &&
      ((c) =>
        f.headquarterZipcodes!.some(
          (z) =>
            (!z.zipcode || z.zipcode === c.zipCode) &&
            (!z.countryIso2 || lower(z.countryIso2) === lower(c.location.countryIso2)),
        )),
  ];
}

/** Six months back, Lusha's default signal window (FAQ). */
export function defaultSignalStart(now: number): number {
  const d = new Date(now);
  d.setUTCMonth(d.getUTCMonth() - 6);
  return d.getTime();
}

/** A signals filter as both prospecting bodies spell it (company ones may refine hiring). */
export interface SignalRequest {
  types?: string[];
  startDate?: string;
  filterByDepartment?: { department: string; startDate?: string }[];
  filterByLocation?: { country?: string; state?: string; startDate?: string }[];
}

const since = (date: string | undefined, from: number, s: SignalView) =>
  parseIsoDate(s.date) >= (date ? parseIsoDate(date) : from);

/** Hiring surges by department or location must match one of the refinements, when given. */
function refined(s: SignalView, request: SignalRequest, from: number): boolean {
  const departments = request.filterByDepartment;
  if (s.type === 'surgeInHiringByDepartment' && departments?.length) {
    return departments.some(
      (d) =>
        lower(d.department) === lower(String(s.data.department)) && since(d.startDate, from, s),
    );
  }
  const places = request.filterByLocation;
  if (s.type === 'surgeInHiringByLocation' && places?.length) {
    return places.some(
      (p) =>
        (!p.country || lower(p.country) === lower(String(s.data.country))) &&
        (!p.state || lower(p.state) === lower(String(s.data.state ?? s.data.city))) &&
        since(p.startDate, from, s),
    );
  }
  return true;
}

/** The signals that a prospecting `signals` filter matches (default window: six months). */
export function matchingSignals(
  signals: SignalView[],
  request: SignalRequest | undefined,
  now: number,
): SignalView[] {
  if (!request?.types?.length) return [];
  const from = request.startDate ? parseIsoDate(request.startDate) : defaultSignalStart(now);
  const any = request.types.includes('allSignals');
  return signals.filter(
    (s) =>
      (any || request.types!.includes(s.type)) &&
      parseIsoDate(s.date) >= from &&
      refined(s, request, from),
  );
}

function hasSignal(signals: SignalView[], request: SignalRequest, now: number): boolean {
  return matchingSignals(signals, request, now).length > 0;
}

/** The checks one contact filter block makes. */
export function contactChecks(f: ContactFilter, now: number): Test<ContactView>[] {
  const fullName = (c: ContactView) => `${c.firstName} ${c.lastName}`.toLowerCase();
  const changedAfter = f.jobChangedAfterDate ? parseIsoDate(f.jobChangedAfterDate) : NaN;
  return all<ContactView>([
    some(f.names) && ((c) => f.names!.some((n) => fullName(c).includes(lower(n)))),
    some(f.jobTitles) && ((c) => f.jobTitles!.some((t) => lower(c.title).includes(lower(t)))),
    some(f.normalizedJobTitles) &&
      ((c) => f.normalizedJobTitles!.some((t) => lower(c.title).includes(lower(t)))),
    some(f.jobTitlesExactMatch) && ((c) => has(f.jobTitlesExactMatch!, c.title)),
    !!f.searchText &&
      ((c) =>
        `${fullName(c)} ${c.title} ${c.company.name}`.toLowerCase().includes(lower(f.searchText))),
    some(f.countries) &&
      ((c) => has(f.countries!, c.location.countryIso2) || has(f.countries!, c.location.country)),
    some(f.locations) && ((c) => f.locations!.some((l) => locationMatches(l, c.location))),
    some(f.seniorityIds) && ((c) => f.seniorityIds!.includes(c.seniorityId)),
    some(f.departments) && ((c) => f.departments!.some((d) => has(c.departments, d))),
    some(f.linkedinUrls) && ((c) => f.linkedinUrls!.some((u) => slug(u) === slug(c.linkedin))),
    some(f.existingDataPoints) &&
      ((c) => listCheck(f.existingDataPoints!, f.existingDataPointsCondition, c.dataPoints)),
    !!f.signals?.types?.length && ((c) => hasSignal(c.signals, f.signals!, now)),
    some(f.emails) && ((c) => f.emails!.some((e) => has(c.emails, e))),
    some(f.ids) && ((c) => f.ids!.includes(c.id)),
    some(f.skills) && ((c) => f.skills!.some((s) => has(c.skills, s))),
    some(f.previousJobTitle) &&
      ((c) =>
        f.previousJobTitle!.some((t) => c.previousTitles.some((p) => lower(p).includes(lower(t))))),
    !Number.isNaN(changedAfter) &&
      ((c) =>
        c.signals.some((s) => s.type === 'companyChange' && parseIsoDate(s.date) >= changedAfter)),
  ]);
}

/** A record passes when every include check passes and no exclude check does. */
export function combine<T>(include: Test<T>[], exclude: Test<T>[]): Test<T> {
  return (r) => include.every((t) => t(r)) && !exclude.some((t) => t(r));
}
