import type { Findings } from '@/lib/messaging/protocol';

/** Distinct people on a page: LinkedIn profiles and Sales Navigator leads, the subject included. */
export function countPeople(findings: Findings): number {
  const profiles = new Set(findings.profiles);
  const leads = new Set(findings.salesLeads);
  const subject = findings.subject;
  if (subject?.kind === 'profile') profiles.add(subject.url);
  if (subject?.kind === 'salesLead') leads.add(subject.url);
  return profiles.size + leads.size;
}

/** The toolbar badge for a number of people: empty for none, at most four characters. */
export function badgeText(people: number): string {
  if (people <= 0) return '';
  return people > 999 ? '999+' : String(people);
}
