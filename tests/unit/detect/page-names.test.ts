// @vitest-environment happy-dom
/**
 * Names as pages show them, read from markup shaped like LinkedIn's (no class names relied on),
 * Sales Navigator's (tests/support/sales-navigator-pages.ts) and company sites'.
 */
import { describe, expect, it } from 'vitest';
import { scanDocument, scanNodes, type Findings } from '@/lib/detect';
import {
  accountListPage,
  accountPage,
  leadListPage,
  leadPage,
  leadSearchPage,
  LEADS,
} from '../../support/sales-navigator-pages';

const IN = 'https://www.linkedin.com/in/';
const CO = 'https://www.linkedin.com/company/';
const LEAD = 'https://www.linkedin.com/sales/lead/';
const ACCOUNT = 'https://www.linkedin.com/sales/company/';

function scan(body: string, pageUrl: string, head = ''): Findings {
  const html = `<!doctype html><html><head>${head}</head><body>${body}</body></html>`;
  return scanDocument(new DOMParser().parseFromString(html, 'text/html'), pageUrl);
}

const SEARCH = 'https://www.linkedin.com/search/results/people/?keywords=procurement';

/** A people-search card as LinkedIn renders it: a picture link, then the name link. */
function card(slug: string, name: string, headline: string): string {
  return `<li><div><a href="https://www.linkedin.com/in/${slug}?miniProfileUrn=x"><img alt="${name}" src="data:,"></a>
  <span><a href="https://www.linkedin.com/in/${slug}?miniProfileUrn=x"><span dir="ltr"><span aria-hidden="true">${name}</span><span class="visually-hidden">View ${name}’s profile</span></span></a>
  <span><span class="visually-hidden">2nd degree connection</span><span aria-hidden="true"> • 2nd</span></span></span>
  <div>${headline}</div><button aria-label="Invite ${name} to connect">Connect</button></div></li>`;
}

describe('LinkedIn people: the name the page shows, not the slug', () => {
  it.each([
    ['tariq-petrov-81d', 'Tariq Petrov'],
    ['priya-ramanathan-42', 'Priya Ramanathan'],
    ['amélie-rousseau', 'Amélie Rousseau'],
    ['carlhaverford', 'Carl Haverford'],
  ])('%s shows as %s', (slug, name) => {
    const found = scan(`<ul>${card(slug, name, 'Buyer')}</ul>`, SEARCH);
    expect(found.hints[`${IN}${slug}`]?.name).toBe(name);
  });

  it('takes the job line shown under the name inside the link', () => {
    const link = `<a href="https://www.linkedin.com/in/chandrasekarramesh"><div><div>Chander Ramesh</div>
      <div><span>1st</span><span aria-hidden="true"> ·&nbsp;1st </span></div></div>
      <div><span>Head of Engineering at Motion</span></div></a>`;
    expect(scan(link, SEARCH).hints[`${IN}chandrasekarramesh`]).toEqual({
      name: 'Chander Ramesh',
      title: 'Head of Engineering at Motion',
    });
  });

  it('prefers a picture’s name to link text that is not a name', () => {
    const link = `<a href="http://www.linkedin.com/in/chandrasekarramesh"><img alt="Chander Ramesh" src="data:,">
      <h2>Chander works here</h2></a>`;
    expect(scan(link, SEARCH).hints[`${IN}chandrasekarramesh`]?.name).toBe('Chander Ramesh');
  });

  it('reads no name from interface links (sub-paths, "Contact info", "Message")', () => {
    const found = scan(
      `<a href="/in/jane-doe/overlay/contact-info/">Contact Info</a>
       <a href="/in/jane-doe/recent-activity/">Jane Doe’s posts</a>
       <a href="/messaging/compose/?recipient=jane-doe">Message</a>`,
      SEARCH,
    );
    expect(found.profiles).toEqual([`${IN}jane-doe`]);
    expect(found.hints).toEqual({});
  });
});

describe('the subject of a LinkedIn page', () => {
  const profile = (h1: string) =>
    `<main><section><div><h1>${h1}</h1></div><div>Head of Sales at Northwind</div>
     <a href="/company/northwind-test-traders/" aria-label="Current company: Northwind Test Traders">Northwind Test Traders</a></section></main>`;

  it('a profile: its heading, the headline under it, its current company', () => {
    const found = scan(profile('Amélie Rousseau'), `${IN}amélie-rousseau-3c1/`);
    expect(found.hints[`${IN}amélie-rousseau-3c1`]).toEqual({
      name: 'Amélie Rousseau',
      title: 'Head of Sales at Northwind',
      companyName: 'Northwind Test Traders',
      companyUrl: `${CO}northwind-test-traders`,
    });
  });

  it('not a heading that belongs to the previous profile (single-page navigation)', () => {
    const found = scan(profile('Ada Quillfeather'), `${IN}grace-hopper-2b/`);
    expect(found.hints[`${IN}grace-hopper-2b`]?.name).toBeUndefined();
  });

  it('the <title> when there is no heading', () => {
    const found = scan(
      '<main></main>',
      `${IN}scowalt/`,
      '<title>(3) Scott Walters | LinkedIn</title>',
    );
    expect(found.hints[`${IN}scowalt`]?.name).toBe('Scott Walters');
  });

  it('a company: its heading', () => {
    const found = scan(
      '<main><h1> Quillfeather Labs </h1></main>',
      `${CO}quillfeather-labs/people/`,
    );
    expect(found.hints[`${CO}quillfeather-labs`]?.name).toBe('Quillfeather Labs');
  });
});

describe('the rep’s own profile (LinkedIn’s "Me" menu) is never a finding', () => {
  const nav = `<header><nav aria-label="Primary Navigation"><ul>
    <li><a href="/feed/">Home</a></li>
    <li><button><img alt="Rhea Seller" src="data:,"><span>Me</span></button>
      <div><a href="/in/rhea-seller-7f2/">Rhea Seller</a><a href="/in/rhea-seller-7f2/">View Profile</a></div></li>
  </ul></nav></header>`;

  it('is left out of the lists, wherever else it is linked', () => {
    const found = scan(
      `${nav}<main><aside><a href="/in/rhea-seller-7f2/">Rhea Seller</a></aside>
       <a href="/in/jane-doe/">Jane Doe</a></main>`,
      'https://www.linkedin.com/feed/',
    );
    expect(found.profiles).toEqual([`${IN}jane-doe`]);
    expect(Object.keys(found.hints)).toEqual([`${IN}jane-doe`]);
  });

  it('is not the subject when the rep looks at their own profile', () => {
    const found = scan(`${nav}<main><h1>Rhea Seller</h1></main>`, `${IN}rhea-seller-7f2/`);
    expect(found.subject).toBeNull();
    expect(found.profiles).toEqual([]);
  });

  it('is remembered across scans once recognised', () => {
    const self = new Set<string>();
    const doc = new DOMParser().parseFromString(`<body>${nav}<main></main></body>`, 'text/html');
    scanDocument(doc, 'https://www.linkedin.com/feed/', { self });
    const card = doc.createElement('div');
    card.innerHTML = '<a href="/in/rhea-seller-7f2/">Rhea Seller</a>';
    doc.querySelector('header')!.remove();
    doc.querySelector('main')!.append(card);
    expect(scanNodes([card], 'https://www.linkedin.com/feed/', { self }).profiles).toEqual([]);
  });

  it('a profile link in the navigation that is not the "Me" menu stays', () => {
    const found = scan(
      '<nav><ul><li><a href="/in/jane-doe/">Jane Doe</a></li></ul></nav>',
      'https://www.linkedin.com/feed/',
    );
    expect(found.profiles).toEqual([`${IN}jane-doe`]);
  });
});

describe('Sales Navigator', () => {
  const [amelie, tariq, ana] = LEADS as [(typeof LEADS)[0], (typeof LEADS)[0], (typeof LEADS)[0]];

  it('a lead page: the lead’s name, current company and public profile', () => {
    const url = `${LEAD}${amelie.id},NAME_SEARCH,x9Zq?_ntb=abc`;
    const html = leadPage(amelie, [tariq, ana], 'amelie-rousseau-81d');
    const found = scanDocument(new DOMParser().parseFromString(html, 'text/html'), url);
    expect(found.subject).toEqual({ kind: 'salesLead', url: `${LEAD}${amelie.id}` });
    expect(found.hints[`${LEAD}${amelie.id}`]).toEqual({
      name: 'Amélie Rousseau',
      companyName: 'Maison Verte SAS',
      companyUrl: `${ACCOUNT}3005`,
      profileUrl: `${IN}amelie-rousseau-81d`,
    });
    // "People also viewed": each lead with its own company; one without a company page has none.
    expect(found.hints[`${LEAD}${tariq.id}`]).toEqual({ name: 'Tariq Petrov' });
    expect(found.hints[`${LEAD}${ana.id}`]).toMatchObject({
      name: 'Ana de la Cruz',
      companyName: 'Umbrella Test Logistics',
    });
  });

  it.each([
    [
      'search results',
      leadSearchPage(LEADS),
      'https://www.linkedin.com/sales/search/people?query=x',
    ],
    ['a lead list', leadListPage(LEADS), 'https://www.linkedin.com/sales/lists/people/7012345'],
  ])('%s: every lead with the company in its own card or row', (_name, html, url) => {
    const found = scanDocument(new DOMParser().parseFromString(html, 'text/html'), url);
    expect(found.salesLeads).toEqual(LEADS.map((lead) => `${LEAD}${lead.id}`));
    expect(found.hints[`${LEAD}${amelie.id}`]).toEqual({
      name: 'Amélie Rousseau',
      companyName: 'Maison Verte SAS',
      companyUrl: `${ACCOUNT}3005`,
    });
    expect(found.hints[`${LEAD}${tariq.id}`]).toEqual({ name: 'Tariq Petrov' });
    expect(found.hints[`${LEAD}${ana.id}`]?.companyName).toBe('Umbrella Test Logistics');
    expect(found.hints[`${ACCOUNT}4001`]).toEqual({ name: 'Umbrella Test Logistics' });
  });

  it('an account page and an account list: the account’s name', () => {
    const page = accountPage('3005', 'Maison Verte SAS');
    const one = scanDocument(new DOMParser().parseFromString(page, 'text/html'), `${ACCOUNT}3005`);
    expect(one.subject).toEqual({ kind: 'salesAccount', url: `${ACCOUNT}3005` });
    expect(one.hints).toEqual({ [`${ACCOUNT}3005`]: { name: 'Maison Verte SAS' } });
    const list = accountListPage([
      { id: '3005', name: 'Maison Verte SAS' },
      { id: '4001', name: 'Umbrella Test Logistics' },
    ]);
    const many = scanDocument(new DOMParser().parseFromString(list, 'text/html'), `${ACCOUNT}x`);
    expect(many.hints[`${ACCOUNT}4001`]).toEqual({ name: 'Umbrella Test Logistics' });
  });
});

describe('company websites', () => {
  it('names on a team page, from link text and JSON-LD', () => {
    const ld = {
      '@context': 'https://schema.org',
      '@type': 'Person',
      name: 'Inês Teles',
      jobTitle: 'CTO',
      worksFor: { '@type': 'Organization', name: 'Umbrella Test Logistics' },
      sameAs: ['https://pt.linkedin.com/in/ines-teles-9a1'],
    };
    const found = scan(
      `<ul><li><a href="https://www.linkedin.com/in/omar-testfield-7b2/">Omar <b>Testfield</b></a></li>
       <li><a href="https://www.linkedin.com/in/lena-testbrook-3c3/">LinkedIn</a></li></ul>
       <script type="application/ld+json">${JSON.stringify(ld)}</script>`,
      'https://www.umbrella-test-logistics.example/team',
    );
    expect(found.hints).toEqual({
      [`${IN}omar-testfield-7b2`]: { name: 'Omar Testfield' },
      [`${IN}ines-teles-9a1`]: {
        name: 'Inês Teles',
        title: 'CTO',
        companyName: 'Umbrella Test Logistics',
      },
    });
  });
});
