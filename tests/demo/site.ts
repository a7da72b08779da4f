/**
 * The demo site: LinkedIn-like pages and a company website whose people are the sandbox's
 * showcase cast, served from 127.0.0.1 and shown in the browser at real-looking addresses
 * (https://www.linkedin.com/..., https://www.quillfeather.io/) through `context.route`, so the
 * content scripts and detectors see the URLs they would see at work.
 */
import type { BrowserContext } from '@playwright/test';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SHOWCASE, type ShowcaseContact } from '@/lib/sandbox';
import { profilePage } from '../e2e/support/linkedin-pages';
import { asMember, companyNameOf, companySlugOf } from '../e2e/support/showcase-pages';

/** The showcase person the tour opens first, and the company whose website it visits. */
export const FEATURED = SHOWCASE.contacts[0]!;
export const FEATURED_COMPANY = SHOWCASE.companies.find((c) => c.id === FEATURED.companyId)!;

/** The addresses the demo opens. */
export const DEMO_URLS = {
  profile: `${FEATURED.linkedinUrl}/`,
  list: 'https://www.linkedin.com/search/results/people/?keywords=showcase',
  companySite: `https://www.${FEATURED_COMPANY.domain}/`,
};

const escape = (text: string) =>
  text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

function listPage(people: ShowcaseContact[]): string {
  const cards = people
    .map((p) => {
      const m = asMember(p);
      return `<li><a href="${p.linkedinUrl}?miniProfileUrn=urn%3Ali%3Afs_miniProfile%3AACoA${p.id}">
<span aria-hidden="true">${escape(m.name)}</span></a><div>${escape(m.headline)}</div></li>`;
    })
    .join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Search | LinkedIn</title></head>
<body><header><nav><a href="https://www.linkedin.com/feed/">Home</a></nav></header>
<main><h2>${people.length} results</h2><ul role="list" aria-label="Search results">${cards}</ul></main></body></html>`;
}

function companySite(): string {
  const c = FEATURED_COMPANY;
  const team = SHOWCASE.contacts.filter((p) => p.companyId === c.id);
  const items = team
    .map(
      (p) =>
        `<li><a href="${p.linkedinUrl}/">${escape(`${p.firstName} ${p.lastName}`)}</a>, ${escape(p.title ?? '')}</li>`,
    )
    .join('');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escape(c.name)}</title>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Organization",
"name":${JSON.stringify(c.name)},"url":"https://www.${c.domain}/","sameAs":[${JSON.stringify(c.linkedinUrl + '/')}]}</script></head>
<body><h1>${escape(c.name)}</h1><p>Made-up company of the Prospect Lens demo (${escape(c.city)}).</p>
<h2>Our team</h2><ul>${items}</ul><p>Write to <a href="mailto:hello@${c.domain}">hello@${c.domain}</a>.</p></body></html>`;
}

/** Page bodies by their public URL (without query). */
export function demoPages(): Record<string, string> {
  const profiles = Object.fromEntries(
    SHOWCASE.contacts.map((p) => {
      const others = SHOWCASE.contacts.filter((o) => o.companyId === p.companyId && o.id !== p.id);
      return [
        `${p.linkedinUrl}/`,
        profilePage(asMember(p), companySlugOf(p), others.map(asMember), companyNameOf(p)),
      ];
    }),
  );
  return {
    ...profiles,
    [DEMO_URLS.list.split('?')[0]!]: listPage(SHOWCASE.contacts),
    [DEMO_URLS.companySite]: companySite(),
  };
}

/** A running demo site. */
export interface DemoSite {
  /** The local server's base URL, e.g. `http://127.0.0.1:41234`. */
  url: string;
  close(): Promise<void>;
}

/** Serves the demo pages on 127.0.0.1 (free port); the path is the public URL, encoded. */
export async function startDemoSite(): Promise<DemoSite> {
  const pages = demoPages();
  const server = createServer((req, res) => {
    const publicUrl = decodeURIComponent((req.url ?? '/').slice(1)).split('?')[0]!;
    const body = pages[publicUrl] ?? pages[`${publicUrl.replace(/\/$/, '')}/`];
    res.writeHead(body ? 200 : 404, { 'content-type': 'text/html; charset=utf-8' });
    res.end(body ?? '<!doctype html><title>Not in the demo</title><p>Not part of the demo.</p>');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/** Shows the demo site at LinkedIn's and the company's addresses in `context`. */
export async function routeDemoSite(context: BrowserContext, site: DemoSite): Promise<void> {
  const hosts = ['https://www.linkedin.com/**', `https://www.${FEATURED_COMPANY.domain}/**`];
  for (const host of hosts) {
    await context.route(host, async (route) => {
      const response = await route.fetch({
        url: `${site.url}/${encodeURIComponent(route.request().url())}`,
      });
      await route.fulfill({ response });
    });
  }
}
