/**
 * Deterministic website-visit metrics: which dataset companies visited a tracked domain on
 * which days, derived from seeded hashes of (domain, company id, day), so the same request
 * always answers the same and a wider window only ever adds visits.
 */
import { DAY_MS, intBetween, isoDate, unit } from './prospecting-common';

/** The metrics the spec returns for one visiting company. */
export interface VisitMetrics {
  score: number;
  scoreBand: 'cold' | 'warm' | 'hot';
  totalSessions: number;
  uniqueVisitors: number;
  avgSessionMinutes: number;
  daysVisited: number;
  highIntentPageviews: number;
  daysSinceLastVisit: number;
  lastVisit: string;
  visitorCountry?: string;
}

/** What the metrics need to know about a company. */
export interface VisitingCompany {
  id: string;
  employees: number;
  countryIso2?: string;
}

/** Share of companies that ever visit a given domain. */
const VISITOR_SHARE = 0.35;
const FOREIGN_COUNTRIES = ['US', 'GB', 'DE', 'FR', 'IL', 'CA', 'IN', 'CN', 'BR', 'AU'];

function visitDays(domain: string, id: string, from: number, to: number): number[] {
  if (unit('visitor', domain, id) >= VISITOR_SHARE) return [];
  // Each visiting company has its own daily propensity, between 2% and 30% of days.
  const propensity = 0.02 + unit('propensity', domain, id) * 0.28;
  const days: number[] = [];
  for (let day = from; day <= to; day += DAY_MS) {
    if (unit('day', domain, id, isoDate(day)) < propensity) days.push(day);
  }
  return days;
}

function band(score: number): VisitMetrics['scoreBand'] {
  if (score >= 70) return 'hot';
  return score >= 40 ? 'warm' : 'cold';
}

interface Tally {
  sessions: number;
  highIntent: number;
  minutes: number;
  days: Set<number>;
}

/** Raw counts of the company's visits to the domains between `from` and `last`. */
function tally(domains: string[], id: string, from: number, last: number): Tally {
  const t: Tally = { sessions: 0, highIntent: 0, minutes: 0, days: new Set() };
  for (const domain of domains) {
    for (const day of visitDays(domain.toLowerCase(), id, from, last)) {
      const key = [domain, id, isoDate(day)];
      const daySessions = intBetween(1, 4, 'sessions', ...key);
      t.sessions += daySessions;
      t.highIntent += intBetween(0, 3, 'intent', ...key);
      t.minutes += daySessions * (0.5 + unit('minutes', ...key) * 9);
      t.days.add(day);
    }
  }
  return t;
}

function visitorCountryOf(company: VisitingCompany): string | undefined {
  if (unit('foreign', company.id) >= 0.2) return company.countryIso2;
  return FOREIGN_COUNTRIES[intBetween(0, FOREIGN_COUNTRIES.length - 1, 'country', company.id)];
}

/**
 * Metrics of `company` over the tracked `domains` between `from` and `to` (UTC midnights,
 * inclusive), measured on `today`; null when it did not visit in the window.
 */
export function visitMetrics(
  company: VisitingCompany,
  domains: string[],
  from: number,
  to: number,
  today: number,
): VisitMetrics | null {
  const { sessions, highIntent, minutes, days } = tally(
    domains,
    company.id,
    from,
    Math.min(to, today),
  );
  if (!days.size) return null;
  const lastDay = Math.max(...days);
  const daysSinceLastVisit = Math.round((today - lastDay) / DAY_MS);
  const avgSessionMinutes = Math.round((minutes / sessions) * 10) / 10;
  const headroom = Math.max(1, Math.min(25, Math.round(company.employees / 40)));
  const raw =
    days.size * 5 + highIntent * 2 + sessions + avgSessionMinutes * 2 - daysSinceLastVisit / 2;
  const score = Math.max(1, Math.min(100, Math.round(raw)));
  const visitorCountry = visitorCountryOf(company);
  return {
    score,
    scoreBand: band(score),
    totalSessions: sessions,
    uniqueVisitors: Math.min(sessions, intBetween(1, headroom, 'visitors', company.id)),
    avgSessionMinutes,
    daysVisited: days.size,
    highIntentPageviews: highIntent,
    daysSinceLastVisit,
    lastVisit: isoDate(lastDay),
    ...(visitorCountry ? { visitorCountry } : {}),
  };
}
