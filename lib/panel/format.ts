/** Words and numbers as the panel shows them. */
import { nameFromSlug } from '@/lib/detect/lite';
import type { LookupTarget } from '@/lib/lookup';
import type { ContactPreview, CompanyPreview } from '@/lib/lusha';

const FIELD_LABELS: Record<string, string> = {
  emails: 'Emails',
  phones: 'Phones',
  company: 'Company profile',
  employeesByDepartment: 'Employees by department',
  employeesByLocation: 'Employees by location',
  employeesBySeniority: 'Employees by seniority',
  competitors: 'Competitors',
  intent: 'Buying intent',
  estimatedAnnualItSpend: 'Annual IT spend',
  monthlyWebsiteTraffic: 'Monthly website traffic',
  sic: 'SIC codes',
  sics: 'SIC codes',
  sicCodes: 'SIC codes',
  naics: 'NAICS codes',
  naicsCodes: 'NAICS codes',
  linkedinFollowers: 'LinkedIn followers',
  linkedin: 'LinkedIn',
  linkedinUrl: 'LinkedIn',
  employeeCount: 'Employees',
  employeesCount: 'Employees',
  revenueRange: 'Revenue range',
  foundedYear: 'Founded',
  founded: 'Founded',
  crunchbase: 'Crunchbase',
  url: 'Website',
  website: 'Website',
  fqdn: 'Website',
  technologies: 'Technologies',
  funding: 'Funding',
  intentTopics: 'Intent topics',
  ipo: 'IPO',
  hq: 'Headquarters',
  description: 'Description',
  specialities: 'Specialities',
  specialties: 'Specialties',
};

/** Abbreviations kept in capitals when a field name is turned into words. */
const ACRONYMS = new Set([
  'sic',
  'naics',
  'it',
  'url',
  'ceo',
  'cto',
  'cfo',
  'hq',
  'id',
  'ipo',
  'crm',
]);

/** A field or data-point name in words (`phones` → `Phones`, `revenueRange` → `Revenue range`). */
export function fieldLabel(field: string): string {
  const known = FIELD_LABELS[field];
  if (known) return known;
  const words = field
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/[_-]+/g, ' ')
    .toLowerCase()
    .split(' ')
    .map((w) => (ACRONYMS.has(w) ? w.toUpperCase() : w.replace(/^linkedin$/, 'LinkedIn')));
  const text = words.join(' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** `1 credit`, `12 credits`, `1,500 credits`. */
export function formatCredits(credits: number): string {
  return `${credits.toLocaleString('en-US')} ${credits === 1 ? 'credit' : 'credits'}`;
}

/** A cost as a card shows it: "already revealed, free" at 0. */
export function costLabel(credits: number): string {
  return credits === 0 ? 'already revealed, free' : formatCredits(credits);
}

/** Seconds left until `until`, for a countdown (never below 0). */
export function secondsLeft(until: number, now: number): number {
  return Math.max(0, Math.ceil((until - now) / 1000));
}

/** `45 s`, `2 min 05 s`. */
export function formatSeconds(seconds: number): string {
  if (seconds < 60) return `${seconds} s`;
  const rest = seconds % 60;
  return `${Math.floor(seconds / 60)} min ${String(rest).padStart(2, '0')} s`;
}

/** A person's name from a preview, or a placeholder. */
export function personName(data: ContactPreview): string {
  return [data.firstName, data.lastName].filter(Boolean).join(' ') || 'Unnamed person';
}

/**
 * The job line of a preview: the title, then seniority and departments only where they add
 * something ("Vice President of Sales", not "Vice President of Sales · Vice President · Sales").
 */
export function jobLine(data: ContactPreview): string {
  const job = data.jobTitle;
  if (!job) return '';
  const title = job.title?.trim() ?? '';
  const said = title.toLowerCase();
  const departments = Array.isArray(job.departments) ? job.departments : [];
  const extra = [job.seniority, ...departments].filter(
    (part): part is string => !!part && !said.includes(part.toLowerCase()),
  );
  return [title, ...new Set(extra)].filter(Boolean).join(' · ');
}

/** "Berlin, Germany" from any location object. */
export function placeLine(location: { city?: string; country?: string } | undefined): string {
  return [location?.city, location?.country].filter(Boolean).join(', ');
}

/** A company's size in words from a preview. */
export function companySize(data: CompanyPreview): string {
  const count = data.employeeCount;
  if (!count) return '';
  if (typeof count.exact === 'number') return `${count.exact.toLocaleString('en-US')} employees`;
  if (typeof count.min === 'number') return `${count.min.toLocaleString('en-US')}+ employees`;
  return '';
}

/**
 * How a target is named before its preview: the name the page shows (`label`), else one
 * spelled from its LinkedIn slug ("tariq-petrov-81d" → "Tariq Petrov"), its email, domain or name.
 */
export function targetLabel(target: LookupTarget): string {
  if (target.label) return target.label;
  if (target.by === 'linkedin') return nameFromSlug(target.linkedinUrl) || target.linkedinUrl;
  if (target.by === 'email') return target.email;
  if (target.by === 'domain') return target.domain;
  if (target.kind === 'company') {
    return (target.linkedinUrl && nameFromSlug(target.linkedinUrl)) || target.name;
  }
  return `${target.firstName} ${target.lastName}`;
}
