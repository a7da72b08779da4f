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
};

/** A field or data-point name in words (`phones` → `Phones`, `revenueRange` → `Revenue range`). */
export function fieldLabel(field: string): string {
  const known = FIELD_LABELS[field];
  if (known) return known;
  const words = field.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
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

/** "Head of Sales · VP · Sales" from a preview's job title. */
export function jobLine(data: ContactPreview): string {
  const job = data.jobTitle;
  if (!job) return '';
  const departments = Array.isArray(job.departments) ? job.departments : [];
  return [job.title, job.seniority, ...departments].filter(Boolean).join(' · ');
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
