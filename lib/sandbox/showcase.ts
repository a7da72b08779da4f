/**
 * A small fixed cast of invented companies and people at the start of every dataset, with
 * stable ids, domains, LinkedIn slugs and emails (whatever the seed), for demos and e2e tests.
 * Each person covers a case: full profile, email only, phones only with do-not-call, name
 * only, EU contact, compliance-restricted.
 */

/** Cleans a name part for use in an email local part or slug (ASCII, lower case). */
export function asciiSlug(text: string): string {
  let slug = slugCache.get(text);
  if (slug === undefined) {
    slug = toSlug(text);
    slugCache.set(text, slug);
  }
  return slug;
}

const slugCache = new Map<string, string>();

function toSlug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** A showcase company. */
export interface ShowcaseCompany {
  id: string;
  name: string;
  domain: string;
  linkedinUrl: string;
  industryId: number;
  subIndustryId: number;
  city: string;
  employees: number;
}

/** A showcase person; `email` is absent when the profile has none. */
export interface ShowcaseContact {
  id: string;
  firstName: string;
  lastName: string;
  companyId: string;
  companyName: string;
  companyDomain: string;
  linkedinUrl: string;
  email?: string;
  title?: string;
  department?: string;
  seniority?: string;
  phones: ('mobile' | 'direct' | 'dnc')[];
  eu: boolean;
  complianceRestricted: boolean;
}

const li = (slug: string) => `https://www.linkedin.com/in/${slug}`;
const company = (slug: string) => `https://www.linkedin.com/company/${slug}`;

// prettier-ignore
const companies: ShowcaseCompany[] = [
  { id: '16000001', name: 'Quillfeather Labs', domain: 'quillfeather.io', linkedinUrl: company('quillfeather-labs'), industryId: 1, subIndustryId: 101, city: 'Boston', employees: 364 },
  { id: '16000002', name: 'Brightmoor Logistics', domain: 'brightmoor-logistics.com', linkedinUrl: company('brightmoor-logistics'), industryId: 7, subIndustryId: 701, city: 'Chicago', employees: 2140 },
  { id: '16000003', name: 'Calderwood Health', domain: 'calderwoodhealth.com', linkedinUrl: company('calderwood-health'), industryId: 3, subIndustryId: 302, city: 'Berlin', employees: 780 },
];

type PersonDef = [
  first: string,
  last: string,
  slug: string,
  title: string | undefined,
  department: string | undefined,
  seniority: string | undefined,
  hasEmail: boolean,
  phones: ShowcaseContact['phones'],
  flags?: { eu?: boolean; restricted?: boolean },
];

// prettier-ignore
const people: Record<string, PersonDef[]> = {
  '16000001': [
    ['Maya', 'Lindqvist', 'maya-lindqvist', 'Vice President of Sales', 'Sales', 'Vice President', true, ['mobile', 'direct']],
    ['Theo', 'Marchetti', 'theo-marchetti-qf', 'Chief Technology Officer', 'Engineering & Technical', 'C-Suite', true, ['mobile']],
    ['Priya', 'Ramanathan', 'priya-ramanathan-42', 'Product Manager', 'Product', 'Manager', true, []],
    ['Jonah', 'Whitfield', 'jonah-whitfield', 'Account Executive', 'Sales', 'Non-Manager', false, ['mobile', 'dnc']],
  ],
  '16000002': [
    ['Ines', 'Okonjo', 'ines-okonjo', 'Director of Operations', 'Operations', 'Director', true, ['direct']],
    ['Carl', 'Haverford', 'carlhaverford', 'Founder', 'General Management', 'Founder', true, ['mobile']],
    ['Rosa', 'Delgado-Brandt', 'rosa-delgado-brandt', 'Regional Sales Director', 'Sales', 'Director', true, ['mobile', 'direct']],
    ['Sam', 'Whitlock', 'sam-whitlock-7', undefined, undefined, undefined, false, []],
  ],
  '16000003': [
    ['Lena', 'Falkenrath', 'lena-falkenrath', 'Head of Marketing', 'Marketing', 'Director', true, ['mobile'], { eu: true }],
    ['Jakob', 'Reinholt', 'jakob-reinholt', 'IT Director', 'Information Technology', 'Director', true, ['direct'], { eu: true, restricted: true }],
    ['Amélie', 'Rousseau', 'amelie-rousseau', 'HR Business Partner', 'Human Resources', 'Senior', true, [], { eu: true }],
    ['Henrik', 'Aalto', 'henrik-aalto', 'Finance Director', 'Finance', 'Director', true, ['mobile'], { eu: true }],
  ],
};

function emailFor(first: string, last: string, domain: string): string {
  const clean = (s: string) => asciiSlug(s).replace(/-/g, '');
  return `${clean(first)}.${clean(last)}@${domain}`;
}

function buildContacts(): ShowcaseContact[] {
  let n = 0;
  return companies.flatMap((c) =>
    (people[c.id] ?? []).map(
      ([first, last, slug, title, department, seniority, hasEmail, phones, flags]) => {
        n += 1;
        return {
          id: String(4400000000 + n),
          firstName: first,
          lastName: last,
          companyId: c.id,
          companyName: c.name,
          companyDomain: c.domain,
          linkedinUrl: li(slug),
          email: hasEmail ? emailFor(first, last, c.domain) : undefined,
          title,
          department,
          seniority,
          phones,
          eu: flags?.eu ?? false,
          complianceRestricted: flags?.restricted ?? false,
        };
      },
    ),
  );
}

/** The fixed showcase records, identical for every seed. */
export const SHOWCASE: { companies: ShowcaseCompany[]; contacts: ShowcaseContact[] } = {
  companies,
  contacts: buildContacts(),
};
