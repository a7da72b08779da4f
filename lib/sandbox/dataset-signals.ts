/**
 * Dated signal events for invented contacts and companies, spread over the twelve months before
 * the dataset's reference date. `data` carries the type-specific fields a signals answer shows.
 */
import type { Rng } from './prng';
import type { Signal } from './dataset-types';
import { COMPANY_SIGNAL_TYPES, DEPARTMENTS, NEWS_EVENT_TYPES, PLACES } from './vocab';

const DAY_MS = 86_400_000;

const dayCache = new Map<number, string>();

/** `YYYY-MM-DD` of a timestamp, in UTC (memoised per day: the generator asks thousands of times). */
export function isoDay(ms: number): string {
  const day = Math.floor(ms / DAY_MS);
  let text = dayCache.get(day);
  if (text === undefined) {
    text = new Date(day * DAY_MS).toISOString().slice(0, 10);
    dayCache.set(day, text);
  }
  return text;
}

/** A date 1-365 days before `referenceDate`. */
function pastDate(rng: Rng, referenceDate: number): string {
  return isoDay(referenceDate - rng.int(1, 365) * DAY_MS);
}

/** Contact signals: at most one promotion and one company change. */
export function contactSignals(
  rng: Rng,
  referenceDate: number,
  current: { title: string; companyName: string },
  previousCompany: string | undefined,
): Signal[] {
  const signals: Signal[] = [];
  if (rng.chance(0.12)) {
    signals.push({
      type: 'promotion',
      date: pastDate(rng, referenceDate),
      data: { newTitle: current.title, companyName: current.companyName },
    });
  }
  if (previousCompany && rng.chance(0.5)) {
    signals.push({
      type: 'companyChange',
      date: pastDate(rng, referenceDate),
      data: { previousCompany, newCompany: current.companyName },
    });
  }
  return signals;
}

function companySignalData(
  rng: Rng,
  type: string,
  company: { name: string; domain: string; employees: number },
): Record<string, unknown> {
  if (type.startsWith('headcount')) {
    const pct = rng.int(3, 40) * (type.includes('Increase') ? 1 : -1);
    const previous = Math.max(1, Math.round(company.employees / (1 + pct / 100)));
    return { previousHeadcount: previous, currentHeadcount: company.employees, changePercent: pct };
  }
  if (type === 'surgeInHiring')
    return { openPositions: rng.int(5, 80), growthPercent: rng.int(20, 150) };
  if (type === 'surgeInHiringByDepartment') {
    return { department: rng.pick(DEPARTMENTS), openPositions: rng.int(3, 40) };
  }
  if (type === 'surgeInHiringByLocation') {
    const place = rng.pick(PLACES);
    return { country: place.country, city: place.city, openPositions: rng.int(3, 40) };
  }
  if (type.startsWith('websiteTraffic') || type.startsWith('itSpend')) {
    const sign = type.endsWith('Increase') ? 1 : -1;
    return { changePercent: sign * rng.int(5, 60) };
  }
  const events = NEWS_EVENT_TYPES[type as keyof typeof NEWS_EVENT_TYPES] ?? ['announcement'];
  const eventType = rng.pick(events);
  const words = eventType.replace(/_/g, ' ');
  return {
    companyName: company.name,
    domain: company.domain,
    eventType,
    eventSummary: `${company.name} announced news in the category ${words}.`,
    articleTitle: `${company.name}: ${words}`,
    articleUrl: `https://news.example/${company.domain}/${eventType}`,
  };
}

/** Company signals: 0-4 events of distinct types. */
export function companySignals(
  rng: Rng,
  referenceDate: number,
  company: { name: string; domain: string; employees: number },
): Signal[] {
  const types = rng.sample(COMPANY_SIGNAL_TYPES, rng.int(0, 4));
  return types.map((type) => {
    const date = pastDate(rng, referenceDate);
    const data = companySignalData(rng, type, company);
    if (type.endsWith('News')) Object.assign(data, { articlePublishedDate: date });
    return { type, date, data };
  });
}
