/**
 * The account's per-action pricing (`GET /v3/account/usage` `pricing`) in words a rep reads:
 * what one search result, email, phone, company, signal and lookalike result costs, then the
 * rest. Lusha names the actions; an action this list does not know is still shown, by its name.
 */
import type { Price, Pricing } from '@/lib/lookup/pricing';
import { COMPANY_FIELDS } from '@/lib/panel/costs';
import { fieldLabel } from '@/lib/panel/format';

interface Known {
  what: string;
  /** One unit, singular and plural. */
  unit: [string, string];
  note?: string;
}

const KNOWN: Record<string, Known> = {
  api_search: {
    what: 'Search (a preview of a person or company)',
    unit: ['result', 'results'],
    note: 'at least 1 credit a search',
  },
  revealEmail: { what: 'Email', unit: ['email revealed', 'emails revealed'] },
  revealPhone: { what: 'Phone number', unit: ['phone revealed', 'phones revealed'] },
  reveal_company: { what: 'Company profile', unit: ['company', 'companies'] },
  showSignalsContact: {
    what: 'Signals of a person (job change, promotion)',
    unit: ['matched signal', 'matched signals'],
    note: 'at least 1 credit a request',
  },
  showSignalsCompany: {
    what: 'Signals of a company',
    unit: ['matched signal', 'matched signals'],
    note: 'at least 1 credit a request',
  },
  lookalikeContact: { what: 'Lookalike person', unit: ['result', 'results'] },
  lookalikeCompany: { what: 'Lookalike company', unit: ['result', 'results'] },
  webhookSignal: { what: 'Signal delivered to a webhook', unit: ['delivery', 'deliveries'] },
};

/** The order the six headline actions come in; the rest follow by name. */
const FIRST = [
  'api_search',
  'revealEmail',
  'revealPhone',
  'reveal_company',
  'showSignalsContact',
  'showSignalsCompany',
  'lookalikeContact',
  'lookalikeCompany',
];

/** One line of the price list. */
export interface PriceLine {
  action: string;
  what: string;
  cost: string;
  note?: string;
}

const credits = (n: number) => `${n.toLocaleString('en-US')} ${n === 1 ? 'credit' : 'credits'}`;

/** "1 credit per result", "1 credit per 25 results", "Free". */
export function costWords(price: Price, unit: [string, string]): string {
  if (price.credits === 0) return 'Free';
  const per = price.perQuantity && price.perQuantity > 1 ? price.perQuantity : 1;
  return `${credits(price.credits)} per ${per === 1 ? unit[0] : `${per.toLocaleString('en-US')} ${unit[1]}`}`;
}

/** The price list in words, headline actions first. */
export function priceLines(pricing: Pricing): PriceLine[] {
  const actions = Object.keys(pricing).filter((a) => pricing[a]);
  const ordered = [
    ...FIRST.filter((a) => actions.includes(a)),
    ...actions.filter((a) => !FIRST.includes(a)).sort(),
  ];
  return ordered.map((action) => {
    // Extra company fields (employeesByDepartment, competitors, ...) are billed per company.
    const extra = (COMPANY_FIELDS as readonly string[]).includes(action);
    const known: Known = KNOWN[action] ?? {
      what: extra ? `Company: ${fieldLabel(action)}` : fieldLabel(action),
      unit: extra ? ['company', 'companies'] : ['use', 'uses'],
    };
    const { what, unit } = known;
    return {
      action,
      what,
      cost: costWords(pricing[action]!, unit),
      ...(known.note && pricing[action]!.credits ? { note: known.note } : {}),
    };
  });
}
