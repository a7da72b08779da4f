/**
 * A side panel card or a history entry as a workspace row, for "Add to list" from the panel.
 * Light on purpose (no domain parsing): the panel bundle stays as it is.
 */
import type { HistoryEntry } from '@/lib/history/types';
import type { CompanyPreview, ContactPreview } from '@/lib/lusha';
import type { ResultRow } from './types';

type Found = { status: string; kind?: string; data?: unknown };

const text = (s: unknown, max = 300) =>
  typeof s === 'string' && s.trim() ? s.trim().slice(0, max) : undefined;

function clean(row: ResultRow): ResultRow {
  return Object.fromEntries(Object.entries(row).filter(([, v]) => v !== undefined)) as ResultRow;
}

/** A row from a found preview of a person or company. */
export function previewRow(
  kind: 'person' | 'company',
  preview: Found | undefined,
): ResultRow | null {
  if (preview?.status !== 'found' || !preview.data) return null;
  const data = preview.data as ContactPreview & CompanyPreview;
  const id = text(data.id, 128);
  if (!id) return null;
  const location = {
    city: text(data.location?.city, 100),
    state: text(data.location?.state, 100),
    country: text(data.location?.country, 100),
    countryIso2: text((data.location as { countryIso2?: string } | undefined)?.countryIso2, 2),
  };
  if (kind === 'company') {
    return clean({
      key: `company:${id}`,
      kind,
      lushaId: id,
      name: text(data.name) ?? text(data.domain) ?? 'Unnamed company',
      domain: text(data.domain, 253),
      industry: text(data.industry),
      ...location,
      linkedinUrl: text(data.socialLinks?.linkedin, 500),
    });
  }
  const firstName = text(data.firstName, 100);
  const lastName = text(data.lastName, 100);
  return clean({
    key: `person:${id}`,
    kind,
    lushaId: id,
    name: [firstName, lastName].filter(Boolean).join(' ') || 'Unnamed person',
    firstName,
    lastName,
    title: text(data.jobTitle?.title),
    seniority: text(data.jobTitle?.seniority, 100),
    companyName: text(data.company?.name),
    companyDomain: text(data.company?.domain, 253)?.replace(/^www\./, ''),
    ...location,
    linkedinUrl: text(data.socialLinks?.linkedin, 500),
    canReveal: Array.isArray(data.canReveal)
      ? data.canReveal
          .slice(0, 20)
          .map((c) => ({ field: String(c.field).slice(0, 64), credits: Number(c.credits) || 0 }))
      : undefined,
  });
}

/** A row from a history entry (what was revealed is in the history itself). */
export function entryRow(entry: HistoryEntry): ResultRow {
  const words = entry.name.trim().split(/\s+/);
  const person = entry.kind === 'person' ? entry : undefined;
  const [city, country] = person?.location?.split(', ') ?? [];
  return clean({
    key: `${entry.kind}:${entry.id}`,
    kind: entry.kind,
    lushaId: entry.id,
    name: text(entry.name) ?? 'Unnamed',
    firstName: person && words.length > 1 ? words.slice(0, -1).join(' ') : undefined,
    lastName: person && words.length > 1 ? words.at(-1) : undefined,
    title: text(person?.title),
    companyName: text(person?.companyName),
    companyDomain: text(person?.companyDomain, 253),
    domain: entry.kind === 'company' ? text(entry.domain, 253) : undefined,
    industry: entry.kind === 'company' ? text(entry.industry) : undefined,
    city: country ? text(city, 100) : undefined,
    country: text(country ?? city, 100),
    linkedinUrl: text(entry.linkedinUrl, 500),
  });
}
