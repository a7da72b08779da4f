/**
 * CSV exports of a list or a table selection, one row per person: a plain layout (everything
 * known, as the history's CSV: Excel-safe) and CRM import layouts whose column headings are
 * those of the CRM's import, so its import wizard maps every column by itself:
 *
 * - HubSpot: the contact properties its import file guide names ("Set up your import files":
 *   a header row matching contact property names; First name, Last name and Email).
 * - Salesforce: the lead labels of the Data Import Wizard ("Field Mapping for Importing
 *   Leads": First Name, Last Name, Title, Company, Email, Phone, Mobile Phone, ...).
 *
 * CRM files hold people only (companies are another import) and leave out numbers marked
 * do-not-call, so a CRM dialer never gets them; the plain file keeps them, marked.
 */
import { toCsv } from '@/lib/history/csv';
import type { HistoryEntry, RevealedPerson } from '@/lib/history/types';
import { showPhone } from '@/lib/panel/phones';
import type { ExportLayout, ResultRow } from './types';

/** What one person or company exports as: the row, and what the history revealed of them. */
interface Exported {
  row: ResultRow;
  revealed: HistoryEntry | undefined;
}

export const PLAIN_HEADER = [
  'Type',
  'Name',
  'First name',
  'Last name',
  'Title',
  'Seniority',
  'Company',
  'Domain',
  'Industry',
  'City',
  'State',
  'Country',
  'LinkedIn',
  'Emails',
  'Phones',
  'Do not call',
  'Lusha id',
];

export const HUBSPOT_HEADER = [
  'First Name',
  'Last Name',
  'Email',
  'Phone Number',
  'Mobile Phone Number',
  'Job Title',
  'Company Name',
  'Website URL',
  'City',
  'State/Region',
  'Country/Region',
];

export const SALESFORCE_HEADER = [
  'First Name',
  'Last Name',
  'Title',
  'Company',
  'Email',
  'Phone',
  'Mobile Phone',
  'Website',
  'City',
  'State/Province',
  'Country',
];

const person = (r: Exported) => (r.revealed?.kind === 'person' ? r.revealed : undefined);

/** Phones as a rep dials them, in the person's country format where known. */
function phones(r: Exported, dialable: boolean) {
  return (person(r)?.phones ?? [])
    .filter((p) => !dialable || !p.doNotCall)
    .map((p) => ({ ...p, text: showPhone(p.number, r.row.countryIso2).text }));
}

/** The work email first (the one a CRM should use), then the rest. */
function emails(entry: RevealedPerson | undefined): string[] {
  const list = entry?.emails ?? [];
  const work = list.filter((e) => e.type === 'work');
  return [...work, ...list.filter((e) => e.type !== 'work')].map((e) => e.email);
}

/** First and last name: the row's, or split from the revealed full name. */
function names(r: Exported): [string, string] {
  if (r.row.firstName || r.row.lastName) return [r.row.firstName ?? '', r.row.lastName ?? ''];
  const full = (person(r)?.name ?? r.row.name).trim().split(/\s+/);
  return [full.slice(0, -1).join(' ') || full[0] || '', full.length > 1 ? full.at(-1)! : ''];
}

function website(r: Exported) {
  const domain = r.row.companyDomain ?? person(r)?.companyDomain;
  return domain ? `https://${domain}` : '';
}

function plainRow(r: Exported): unknown[] {
  const { row } = r;
  const p = person(r);
  const all = phones(r, false);
  return [
    row.kind,
    p?.name ?? row.name,
    row.firstName,
    row.lastName,
    p?.title ?? row.title,
    row.seniority,
    row.kind === 'person' ? (p?.companyName ?? row.companyName) : row.name,
    row.kind === 'person' ? (p?.companyDomain ?? row.companyDomain) : row.domain,
    row.industry,
    row.city,
    row.state,
    row.country,
    row.linkedinUrl ?? r.revealed?.linkedinUrl,
    emails(p).join('; '),
    all.map((x) => x.text).join('; '),
    all
      .filter((x) => x.doNotCall)
      .map((x) => x.text)
      .join('; '),
    row.lushaId,
  ];
}

/** One CRM row: the first work-ish phone as Phone, the first mobile as Mobile. */
function crmFields(r: Exported) {
  const dialable = phones(r, true);
  const mobile = dialable.find((x) => x.type === 'mobile');
  const phone = dialable.find((x) => x !== mobile);
  const [first, last] = names(r);
  const p = person(r);
  return {
    first,
    last,
    email: emails(p)[0] ?? '',
    phone: phone?.text ?? '',
    mobile: mobile?.text ?? '',
    title: p?.title ?? r.row.title ?? '',
    company: p?.companyName ?? r.row.companyName ?? '',
    website: website(r),
    city: r.row.city ?? '',
    state: r.row.state ?? '',
    country: r.row.country ?? '',
  };
}

function hubspotRow(r: Exported): unknown[] {
  const f = crmFields(r);
  return [
    f.first,
    f.last,
    f.email,
    f.phone,
    f.mobile,
    f.title,
    f.company,
    f.website,
    f.city,
    f.state,
    f.country,
  ];
}

function salesforceRow(r: Exported): unknown[] {
  const f = crmFields(r);
  return [
    f.first,
    f.last,
    f.title,
    f.company,
    f.email,
    f.phone,
    f.mobile,
    f.website,
    f.city,
    f.state,
    f.country,
  ];
}

const LAYOUTS: Record<
  ExportLayout,
  { header: string[]; row: (r: Exported) => unknown[]; people: boolean }
> = {
  plain: { header: PLAIN_HEADER, row: plainRow, people: false },
  hubspot: { header: HUBSPOT_HEADER, row: hubspotRow, people: true },
  salesforce: { header: SALESFORCE_HEADER, row: salesforceRow, people: true },
};

/** The CSV of `rows` (each Lusha id once) in `layout`, with what the history revealed. */
export function exportCsv(
  layout: ExportLayout,
  rows: ResultRow[],
  revealed: Map<string, HistoryEntry>,
): { csv: string; rows: number; skipped: number } {
  const spec = LAYOUTS[layout];
  const unique = [...new Map(rows.map((r) => [r.key, r])).values()];
  const kept = unique.filter((r) => !spec.people || r.kind === 'person');
  const lines = kept.map((row) => spec.row({ row, revealed: revealed.get(row.key) }));
  return {
    csv: toCsv(spec.header, lines),
    rows: lines.length,
    skipped: unique.length - kept.length,
  };
}
