// @vitest-environment happy-dom
// @vitest-environment-options { "settings": { "disableCSSFileLoading": true, "disableIframePageLoading": true, "handleDisabledFileLoadingAsSuccess": true } }
import { beforeAll, describe, expect, it } from 'vitest';
import { normalizeLinkedInUrl, scanDocument, type Findings } from '@/lib/detect';
import { readTestdata, testdataAvailable } from './shared-testdata';

const IN = 'https://www.linkedin.com/in/';
const CO = 'https://www.linkedin.com/company/';

interface PageCase {
  file: string;
  pageUrl: string;
  subject: Findings['subject'];
  domain: string;
  profiles: number;
  companies: number;
  emails: string[];
  /** Members the README names (or that its traps are about), checked by value. */
  someProfiles: string[];
  someCompanies: string[];
  /** Names as the page shows them (link text, accessible names, pictures, heading). */
  names: Record<string, string>;
  /** Whether every listed profile and company has a name from the page. */
  allNamed: boolean;
}

/** Expected values from ../shared/testdata/README.md; page URLs from each page's canonical link. */
const PAGES: PageCase[] = [
  {
    file: 'linkedin/2015_public-profile_nelsonic.html',
    pageUrl: 'https://www.linkedin.com/in/nelsonic',
    subject: { kind: 'profile', url: `${IN}nelsonic` },
    domain: 'linkedin.com',
    profiles: 14,
    companies: 17,
    emails: [],
    // /pub/in%C3%AAs-teles/a/634/887 -> /in/inês-teles-887634a (LinkedIn's redirect rule).
    someProfiles: [`${IN}nelsonic`, `${IN}inês-teles-887634a`],
    // The raw HTML says founders-&amp;-coders; the parser decodes the entity to `&`.
    someCompanies: [`${CO}founders-&-coders`],
    names: {
      [`${IN}nelsonic`]: 'Nelson Kenneth Correia',
      [`${IN}inês-teles-887634a`]: 'Inês Teles',
      [`${IN}tom-sabin-32838046`]: 'Tom Sabin',
      [`${IN}ronan-mccabe-1b3113bb`]: 'Ronan McCabe',
      [`${CO}founders-&-coders`]: 'Founders & Coders',
      [`${CO}nhs-national-services-scotland`]: 'NHS National Services Scotland',
    },
    allNamed: true,
  },
  {
    file: 'linkedin/2024_guest-company_audiense.html',
    pageUrl: 'https://uk.linkedin.com/company/audiense',
    subject: { kind: 'company', url: `${CO}audiense` },
    domain: 'linkedin.com',
    profiles: 10,
    companies: 13,
    emails: [],
    // es./uk./ca./be. subdomains, and es.linkedin.com/in/cristinajoselorente/en.
    someProfiles: [
      `${IN}cristinajoselorente`,
      `${IN}christopherunderhill`,
      `${IN}andrewjjenkins`,
      `${IN}audience-intelligence-specialist`,
    ],
    someCompanies: [`${CO}audiense`],
    names: {
      [`${CO}audiense`]: 'Audiense',
      // Its links are /in/cristinajoselorente/en, labelled "View profile for ...".
      [`${IN}cristinajoselorente`]: 'Cristina José-Lorente',
      [`${IN}fjabrego`]: 'Javier Ábrego',
      [`${IN}audience-intelligence-specialist`]: 'Jonathann Mingoia',
      [`${CO}juegaterapia`]: 'Fundación Juegaterapia',
    },
    allNamed: true,
  },
  {
    file: 'linkedin/2025_loggedin-my-connections.html',
    pageUrl: 'https://www.linkedin.com/mynetwork/invite-connect/connections/',
    subject: null,
    domain: 'linkedin.com',
    profiles: 10,
    companies: 0,
    emails: [],
    someProfiles: [`${IN}eli-brosh-058989`, `${IN}barakharel`],
    someCompanies: [],
    names: {
      [`${IN}kenaizawa`]: 'Ken Aizawa',
      [`${IN}eli-brosh-058989`]: 'Eli Brosh',
      [`${IN}nicholasakraft`]: 'Nick Kraft',
      [`${IN}morgante`]: 'Morgante ⚡ Pell',
    },
    allNamed: true,
  },
  {
    file: 'linkedin/2025_loggedin-company-people_motion.html',
    pageUrl: 'https://www.linkedin.com/company/motionapp/people/',
    subject: { kind: 'company', url: `${CO}motionapp` },
    domain: 'linkedin.com',
    profiles: 14,
    companies: 7,
    // 13 `name@2x.png` image names on this page are not addresses.
    emails: [],
    someProfiles: [`${IN}chandrasekarramesh`, `${IN}ashley-tsoi`],
    someCompanies: [`${CO}motionapp`],
    names: {
      [`${CO}motionapp`]: 'Motion',
      // A picture's alt text when the link says "Chander works here".
      [`${IN}chandrasekarramesh`]: 'Chander Ramesh',
      [`${IN}madeleine-nakada`]: 'Madeleine N.',
      [`${IN}scowalt`]: 'Scott Walters',
      // "Deel page logo".
      [`${CO}deel`]: 'Deel',
    },
    allNamed: true,
  },
  {
    file: 'company-sites/caktusgroup.com_blog-post_2019.html',
    pageUrl:
      'https://www.caktusgroup.com/blog/2015/06/08/testing-client-side-applications-django-post-mortem/',
    subject: { kind: 'domain', domain: 'caktusgroup.com' },
    domain: 'caktusgroup.com',
    profiles: 0,
    companies: 1,
    // The input placeholder youremail@email.com is not visible text.
    emails: ['solutions@caktusgroup.com'],
    someProfiles: [],
    // The linkedin.com/cws/share button is not a company.
    someCompanies: [`${CO}caktus-consulting-group-llc`],
    names: {},
    allNamed: false,
  },
  {
    file: 'company-sites/ebrosia.de_shop-category_2019.html',
    pageUrl: 'https://www.ebrosia.de/beringer-zinfandel-rose-stone-cellars-lieblich-suess',
    subject: { kind: 'domain', domain: 'ebrosia.de' },
    domain: 'ebrosia.de',
    profiles: 0,
    companies: 0,
    // 12 `...@2x.png` image names in srcset are not addresses.
    emails: [],
    someProfiles: [],
    someCompanies: [],
    names: {},
    allNamed: false,
  },
  {
    file: 'company-sites/nationalgeographic.co.uk_article_2020.html',
    pageUrl:
      'https://www.nationalgeographic.co.uk/environment-and-conservation/2020/01/ravenous-wild-goats-ruled-island-over-century-now-its-being',
    subject: { kind: 'domain', domain: 'nationalgeographic.co.uk' },
    domain: 'nationalgeographic.co.uk',
    profiles: 0,
    companies: 0,
    emails: [],
    someProfiles: [],
    someCompanies: [],
    names: {},
    allNamed: false,
  },
];

function parse(file: string): Document {
  return new DOMParser().parseFromString(readTestdata(`pages/${file}`), 'text/html');
}

/** An independent, naive count of what the links alone name: what the README counts. */
function linkSets(
  doc: Document,
  pageUrl: string,
): { profiles: Set<string>; companies: Set<string> } {
  const profiles = new Set<string>();
  const companies = new Set<string>();
  for (const el of doc.querySelectorAll('a[href], area[href], link[href]')) {
    const ref = normalizeLinkedInUrl(el.getAttribute('href') ?? '', pageUrl);
    if (ref?.kind === 'profile') profiles.add(ref.url);
    if (ref?.kind === 'company') companies.add(ref.url);
  }
  return { profiles, companies };
}

describe.each(PAGES)('$file', (page) => {
  describe.runIf(testdataAvailable(`pages/${page.file}`))('scanDocument', () => {
    // Read in beforeAll, not while collecting: a skipped suite's body still runs to collect it.
    let doc: Document;
    let found: Findings;
    beforeAll(() => {
      doc = parse(page.file);
      found = scanDocument(doc, page.pageUrl);
    });

    it('finds the page subject and registrable domain', () => {
      expect(found.subject).toEqual(page.subject);
      expect(found.domain).toBe(page.domain);
    });

    it('finds exactly the README counts of profiles and companies', () => {
      expect(found.profiles).toHaveLength(page.profiles);
      expect(found.companies).toHaveLength(page.companies);
      expect(found.salesLeads).toEqual([]);
      expect(found.salesAccounts).toEqual([]);
    });

    it('names the members the README names', () => {
      expect(found.profiles).toEqual(expect.arrayContaining(page.someProfiles));
      expect(found.companies).toEqual(expect.arrayContaining(page.someCompanies));
    });

    it('finds exactly the expected e-mails (none of the traps)', () => {
      expect(found.emails).toEqual(page.emails);
    });

    it('adds nothing from text or JSON-LD beyond what the links name on this page', () => {
      const links = linkSets(doc, page.pageUrl);
      expect(new Set(found.profiles)).toEqual(links.profiles);
      expect(new Set(found.companies)).toEqual(links.companies);
    });

    it('names what it lists as the page shows them', () => {
      for (const [url, name] of Object.entries(page.names)) {
        expect(found.hints[url]?.name, url).toBe(name);
      }
      if (page.allNamed) {
        const unnamed = [...found.profiles, ...found.companies].filter(
          (u) => !found.hints[u]?.name,
        );
        expect(unnamed).toEqual([]);
      }
    });

    it('lists every identity once, in canonical form', () => {
      for (const url of found.profiles)
        expect(url).toMatch(/^https:\/\/www\.linkedin\.com\/in\/[^/?#A-Z]+$/u);
      for (const url of found.companies)
        expect(url).toMatch(/^https:\/\/www\.linkedin\.com\/company\/[^/?#A-Z]+$/u);
      expect(new Set(found.profiles).size).toBe(found.profiles.length);
    });
  });
});
