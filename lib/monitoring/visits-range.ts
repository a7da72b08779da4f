/**
 * Website visits: the date window (Lusha takes at most 3 months and refuses the whole request
 * beyond), the presets the rep picks from, the metrics a table sorts and filters by, and tracked
 * domains as the rep types them. Plain functions: the page checks before it asks, the background
 * checks again.
 */

/** The metrics of a visiting company, in the order the table shows them. */
export const VISIT_METRICS = [
  'score',
  'totalSessions',
  'uniqueVisitors',
  'avgSessionMinutes',
  'daysVisited',
  'highIntentPageviews',
  'daysSinceLastVisit',
] as const;
export type VisitMetric = (typeof VISIT_METRICS)[number];

/** Sortable fields: every metric and the last visit's date. */
export const VISIT_SORT_FIELDS = [...VISIT_METRICS, 'lastVisit'] as const;
export type VisitSortField = (typeof VISIT_SORT_FIELDS)[number];

/** Column and filter names in words. */
export const METRIC_LABELS: Record<VisitSortField, string> = {
  score: 'Score',
  totalSessions: 'Total sessions',
  uniqueVisitors: 'Unique visitors',
  avgSessionMinutes: 'Avg. minutes',
  daysVisited: 'Days visited',
  highIntentPageviews: 'High-intent page views',
  daysSinceLastVisit: 'Days since last visit',
  lastVisit: 'Last visit',
};

/** Engagement bands, coldest first. */
export const SCORE_BANDS = ['cold', 'warm', 'hot'] as const;
export type ScoreBand = (typeof SCORE_BANDS)[number];

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** A real calendar day `YYYY-MM-DD` as UTC midnight, or NaN. */
export function parseDay(day: string): number {
  if (!DAY.test(day)) return NaN;
  const ms = Date.parse(`${day}T00:00:00Z`);
  return Number.isNaN(ms) || iso(ms) !== day ? NaN : ms;
}

/** The day `months` calendar months before `day` (UTC), as Lusha counts "3 months". */
export function monthsBefore(day: string, months: number): string {
  const d = new Date(parseDay(day));
  d.setUTCMonth(d.getUTCMonth() - months);
  return iso(d.getTime());
}

/** Why a window cannot be asked for, in words, or null when Lusha takes it. */
export function rangeProblem(startDate: string, endDate: string, today: string): string | null {
  if (Number.isNaN(parseDay(startDate)) || Number.isNaN(parseDay(endDate)))
    return 'Pick a start and an end date.';
  if (startDate > endDate) return 'The start date is after the end date.';
  if (startDate > today) return 'The start date is in the future: no visits yet.';
  if (monthsBefore(endDate, 3) > startDate) {
    return `Lusha reports at most 3 months of visits at a time. Start on ${monthsBefore(endDate, 3)} or later, or end earlier.`;
  }
  return null;
}

/** A preset window, ending today unless said otherwise. */
export interface RangePreset {
  id: string;
  label: string;
  range(today: string): { startDate: string; endDate: string };
}

const daysBack = (today: string, days: number) => iso(parseDay(today) - days * 86_400_000);

/** The windows the rep picks from; "Last month" is the previous calendar month. */
export const RANGE_PRESETS: RangePreset[] = [
  { id: '7d', label: 'Last 7 days', range: (t) => ({ startDate: daysBack(t, 7), endDate: t }) },
  { id: '30d', label: 'Last 30 days', range: (t) => ({ startDate: daysBack(t, 30), endDate: t }) },
  {
    id: 'lastMonth',
    label: 'Last month',
    range: (t) => {
      const first = `${t.slice(0, 7)}-01`;
      return { startDate: monthsBefore(first, 1), endDate: daysBack(first, 1) };
    },
  },
  {
    id: '3m',
    label: 'Last 3 months',
    range: (t) => ({ startDate: monthsBefore(t, 3), endDate: t }),
  },
];

const HOST = /^(?!-)[a-z0-9-]{1,63}(\.(?!-)[a-z0-9-]{1,63})*\.[a-z]{2,63}$/;

/** A domain as the rep typed it (`https://www.acme.com/pricing`) as Lusha takes it, or null. */
export function normalizeTrackedDomain(input: string): string | null {
  const host = input
    .trim()
    .toLowerCase()
    .replace(/^[a-z]+:\/\//, '')
    .replace(/[/?#].*$/, '')
    .replace(/:\d+$/, '')
    .replace(/^www\./, '')
    .replace(/\.$/, '');
  return host.length <= 253 && HOST.test(host) ? host : null;
}
