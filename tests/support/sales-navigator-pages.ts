/**
 * Sales Navigator pages with invented people, built the way Sales Navigator marks them up
 * (2024-25): the lead's name in a heading or in the lead link (`data-anonymize="person-name"`),
 * the current company as a link to `/sales/company/<id>` whose text is the company, relative
 * `/sales/lead/<id>,NAME_SEARCH,<token>` links, connection degrees beside names, hashed class
 * names that say nothing. No real Sales Navigator page is in ../shared; these follow its
 * structure so the detectors are tested on the shape, not on our own convenience.
 */

/** One invented lead. */
export interface Lead {
  id: string;
  name: string;
  title: string;
  company: { id: string; name: string } | { text: string };
}

export const SN_ORIGIN = 'https://www.linkedin.com';

/** A few leads: accents, a company without an account page, a particle in a name. */
export const LEADS: Lead[] = [
  {
    id: 'ACwAAAB1cDeFgHi',
    name: 'Amélie Rousseau',
    title: 'Head of Procurement',
    company: { id: '3005', name: 'Maison Verte SAS' },
  },
  {
    id: 'ACwAAAC2dEfGhIj',
    name: 'Tariq Petrov',
    title: 'Director of IT',
    company: { text: 'Self-employed' },
  },
  {
    id: 'ACwAAAD3eFgHiJk',
    name: 'Ana de la Cruz',
    title: 'VP Finance',
    company: { id: '4001', name: 'Umbrella Test Logistics' },
  },
];

const leadHref = (lead: Lead, token = 'x9Zq') => `/sales/lead/${lead.id},NAME_SEARCH,${token}`;

function companyHtml(lead: Lead): string {
  return 'id' in lead.company
    ? `<a class="_link_1ytz5i" href="/sales/company/${lead.company.id}?_ntb=Tk9VcA%3D%3D" data-anonymize="company-name">${lead.company.name}</a>`
    : `<span data-anonymize="company-name">${lead.company.text}</span>`;
}

function shell(title: string, main: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head>
<body><header class="_global-nav_1ytz5i"><nav aria-label="Global navigation">
<a href="/sales/home">Home</a><a href="/sales/lists/people">Lead lists</a>
<a href="/sales/lists/company">Account lists</a><a href="/sales/inbox">Messaging</a>
<button aria-label="Open settings menu" class="_avatar_1ytz5i"><img alt="" src="data:,"></button>
</nav></header><main id="content-main">${main}</main></body></html>`;
}

/** A lead's own page: name in the heading, current role with the company link, public profile in the overflow menu. */
export function leadPage(lead: Lead, alsoViewed: Lead[] = [], publicSlug?: string): string {
  const menu = publicSlug
    ? `<div role="menu"><a role="menuitem" href="https://www.linkedin.com/in/${publicSlug}" target="_blank">View LinkedIn profile</a><button role="menuitem">Copy LinkedIn.com URL</button></div>`
    : '';
  const similar = alsoViewed.map(resultItem).join('');
  return shell(
    `${lead.name} | Sales Navigator`,
    `<section class="_header_sqh8tm" data-sn-view-name="lead-header">
  <div class="_lockup_e3b563"><img alt="${lead.name}" src="data:,">
  <h1 class="_headingText_e3b563 _sizeXLarge_e3b563" data-anonymize="person-name">${lead.name}</h1>
  <span class="_degree_e3b563"><span class="a11y-text">2nd degree connection</span><span aria-hidden="true">· 2nd</span></span></div>
  <span data-anonymize="headline">${lead.title} | Building teams</span>
  <div>London, England, United Kingdom</div>
  <button aria-label="Save lead">Save</button><button aria-label="Open actions overflow menu">…</button>${menu}
</section>
<section><h2>Current role</h2><p><span data-anonymize="job-title">${lead.title}</span> at ${companyHtml(lead)}</p>
<p>Jan 2021–Present · 4 yrs</p></section>
<section><h2>People also viewed</h2><ol>${similar}</ol></section>`,
  );
}

/** One lead in search results or "People also viewed": picture link, name link, title, company. */
export function resultItem(lead: Lead): string {
  return `<li class="artdeco-list__item"><div data-x-search-result="LEAD">
<a href="${leadHref(lead)}" class="_photo_1ytz5i"><img alt="Go to ${lead.name}’s profile" src="data:,"></a>
<div class="_name_1ytz5i"><a href="${leadHref(lead)}" data-view-name="search-results-lead-name"><span data-anonymize="person-name">${lead.name}</span></a>
<span class="a11y-text">2nd degree connection</span><span aria-hidden="true">· 2nd</span></div>
<div class="_title_1ytz5i"><span data-anonymize="title">${lead.title}</span><span aria-hidden="true"> · </span>${companyHtml(lead)}</div>
<div>Greater London Area</div><button aria-label="Save ${lead.name} as a lead">Save</button>
</div></li>`;
}

/** A lead search results page. */
export function leadSearchPage(leads: Lead[]): string {
  return shell(
    'Sales Navigator',
    `<h2>${leads.length} results</h2><ol class="artdeco-list">${leads.map(resultItem).join('')}</ol>`,
  );
}

/** A saved lead list: a table with the lead in one cell and the account in another. */
export function leadListPage(leads: Lead[]): string {
  const rows = leads
    .map(
      (
        lead,
      ) => `<tr><td><a href="${leadHref(lead, 'Lst1')}"><span data-anonymize="person-name">${lead.name}</span></a>
<div data-anonymize="job-title">${lead.title}</div></td><td>${companyHtml(lead)}</td><td>Berlin, Germany</td></tr>`,
    )
    .join('');
  return shell(
    'Lead list | Sales Navigator',
    `<h1>Q3 targets</h1><table><thead><tr><th>Name</th><th>Account</th><th>Geography</th></tr></thead><tbody>${rows}</tbody></table>`,
  );
}

/** An account's own page. */
export function accountPage(id: string, name: string): string {
  return shell(
    `${name} | Sales Navigator`,
    `<section><img alt="${name} logo" src="data:,"><h1 data-anonymize="company-name">${name}</h1>
<div data-anonymize="industry">Software Development</div><button>Save</button></section>
<section><h2>Decision makers</h2><a href="/sales/search/people?query=(filters:List((type:CURRENT_COMPANY,values:List((id:urn%3Ali%3Aorganization%3A${id})))))">See all</a></section>`,
  );
}

/** An account list or account search results page. */
export function accountListPage(accounts: { id: string; name: string }[]): string {
  const items = accounts
    .map(
      (
        a,
      ) => `<li><a href="/sales/company/${a.id}?_ntb=x"><img alt="${a.name} logo" src="data:,"></a>
<a href="/sales/company/${a.id}?_ntb=x" data-anonymize="company-name">${a.name}</a><div>Software Development · 51-200 employees</div></li>`,
    )
    .join('');
  return shell('Account list | Sales Navigator', `<h1>Key accounts</h1><ul>${items}</ul>`);
}
