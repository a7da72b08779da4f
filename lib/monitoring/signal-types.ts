/**
 * Lusha's signal types, as the spec lists them (`V3ContactSignalsRequest`,
 * `V3CompanySignalsRequest`), grouped and named in words for the pickers. `allSignals` is never
 * sent: the rep picks types, so the most a refresh can cost is always known before it runs.
 * Plain data (no zod): the workspace page imports it.
 */
import type { CompanySignalType, ContactSignalType } from '@/lib/lusha/schemas';

/** A signal type a refresh can ask for (never `allSignals`). */
export type PersonSignalType = Exclude<ContactSignalType, 'allSignals'>;
export type CompanySignal = Exclude<CompanySignalType, 'allSignals'>;

/** Contact signals: job changes and promotions. */
export const PERSON_SIGNAL_TYPES: readonly PersonSignalType[] = ['companyChange', 'promotion'];

/** Company signals by theme, in the order the picker shows them. */
export const COMPANY_SIGNAL_GROUPS: readonly { label: string; types: readonly CompanySignal[] }[] =
  [
    {
      label: 'Headcount',
      types: [
        'headcountIncrease1m',
        'headcountIncrease3m',
        'headcountIncrease6m',
        'headcountIncrease12m',
        'headcountDecrease1m',
        'headcountDecrease3m',
        'headcountDecrease6m',
        'headcountDecrease12m',
      ],
    },
    {
      label: 'Hiring',
      types: ['surgeInHiring', 'surgeInHiringByDepartment', 'surgeInHiringByLocation'],
    },
    { label: 'Website traffic', types: ['websiteTrafficIncrease', 'websiteTrafficDecrease'] },
    { label: 'IT spend', types: ['itSpendIncrease', 'itSpendDecrease'] },
    {
      label: 'News',
      types: [
        'riskNews',
        'commercialActivityNews',
        'corporateStrategyNews',
        'financialEventsNews',
        'peopleNews',
        'marketIntelligenceNews',
        'productActivityNews',
      ],
    },
    { label: 'LinkedIn activity', types: ['linkedinActivityIntent'] },
  ];

/** Every company signal type, in picker order. */
export const COMPANY_SIGNAL_TYPES: readonly CompanySignal[] = COMPANY_SIGNAL_GROUPS.flatMap(
  (g) => g.types,
);

const HEADCOUNT = /^headcount(Increase|Decrease)(\d+)m$/;

const NAMES: Record<string, string> = {
  companyChange: 'Job change',
  promotion: 'Promotion',
  surgeInHiring: 'Hiring surge',
  surgeInHiringByDepartment: 'Hiring surge in a department',
  surgeInHiringByLocation: 'Hiring surge in a location',
  websiteTrafficIncrease: 'Website traffic up',
  websiteTrafficDecrease: 'Website traffic down',
  itSpendIncrease: 'IT spend up',
  itSpendDecrease: 'IT spend down',
  riskNews: 'Risk news',
  commercialActivityNews: 'Commercial news',
  corporateStrategyNews: 'Strategy news',
  financialEventsNews: 'Financial news',
  peopleNews: 'People news',
  marketIntelligenceNews: 'Market news',
  productActivityNews: 'Product news',
  linkedinActivityIntent: 'LinkedIn posts with intent',
};

/** A signal type in words ("Headcount up over 3 months"); unknown types as Lusha named them. */
export function signalTypeLabel(type: string): string {
  const headcount = HEADCOUNT.exec(type);
  if (headcount) {
    const months = Number(headcount[2]);
    const way = headcount[1] === 'Increase' ? 'up' : 'down';
    return `Headcount ${way} over ${months} ${months === 1 ? 'month' : 'months'}`;
  }
  return NAMES[type] ?? type;
}

/** True for a person's signal type. */
export const isPersonSignal = (type: string): type is PersonSignalType =>
  (PERSON_SIGNAL_TYPES as readonly string[]).includes(type);

/**
 * Company signal sub-filters (GET /v3/companies/signals/filters). Only `intentCategories` is a
 * field of the signals request (it refines LinkedIn activity); the spec's signals request has no
 * news, department or location filter, so those narrow what is shown, never what is billed.
 */
export const SIGNAL_SUB_FILTERS = {
  newsEventTypes: { label: 'News event', appliesTo: 'News', requiresQuery: false },
  hiringByDepartments: { label: 'Department', appliesTo: 'Hiring', requiresQuery: false },
  hiringByLocations: { label: 'Location', appliesTo: 'Hiring', requiresQuery: true },
  intentCategories: {
    label: 'Intent category',
    appliesTo: 'LinkedIn activity',
    requiresQuery: false,
  },
} as const;

export type SignalSubFilter = keyof typeof SIGNAL_SUB_FILTERS;
