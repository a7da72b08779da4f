/** The history's own CSV layout: one row per person or company. */
import type { HistoryEntry } from './types';

export const CSV_HEADER = [
  'Type',
  'Name',
  'Title',
  'Company',
  'Domain',
  'Location',
  'LinkedIn',
  'Emails',
  'Phones',
  'Do not call',
  'Revealed at',
  'Credits',
  'Source',
];

/** One entry's cells, in `CSV_HEADER` order. */
export function csvRow(entry: HistoryEntry): unknown[] {
  const person = entry.kind === 'person' ? entry : undefined;
  const company = entry.kind === 'company' ? entry : undefined;
  return [
    entry.kind,
    entry.name,
    person?.title,
    person?.companyName ?? company?.name,
    person?.companyDomain ?? company?.domain,
    person?.location,
    entry.linkedinUrl,
    person?.emails.map((e) => e.email).join('; '),
    person?.phones.map((p) => p.number).join('; '),
    person?.phones
      .filter((p) => p.doNotCall)
      .map((p) => p.number)
      .join('; '),
    new Date(entry.revealedAt).toISOString(),
    entry.creditsCharged,
    entry.demo ? 'demo' : 'lusha',
  ];
}
