/**
 * LinkedIn-like pages with invented people, built the way LinkedIn links people and companies
 * (absolute and relative `/in/<slug>/` links with tracking queries, `/company/<slug>/`), never
 * relying on class names. Each page snapshots its own DOM once loaded (`window.__servedDom`)
 * so a test can prove the extension added nothing to it.
 */

/** One invented member. */
export interface Member {
  slug: string;
  name: string;
  headline: string;
}

/** `count` invented members, numbered from `from`. */
export function members(count: number, from = 1): Member[] {
  return Array.from({ length: count }, (_, i) => {
    const n = from + i;
    return {
      slug: `test-member-${n}-b${n}x`,
      name: `Member ${n} Example`,
      headline: `Buyer #${n}`,
    };
  });
}

const SNAPSHOT = `<script>addEventListener('DOMContentLoaded', () => {
  window.__servedDom = document.documentElement.outerHTML;
});</script>`;

function shell(title: string, main: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title} | LinkedIn</title>${SNAPSHOT}</head>
<body><header><nav><a href="https://www.linkedin.com/feed/">Home</a>
<a href="https://www.linkedin.com/mynetwork/">My Network</a></nav></header>
<main id="main">${main}</main><footer><a href="https://www.linkedin.com/legal/user-agreement">User Agreement</a></footer></body></html>`;
}

/** The inside of `<main>` on a profile page, with a "People also viewed" aside. */
export function profileMain(person: Member, company: string, alsoViewed: Member[]): string {
  const aside = alsoViewed
    .map(
      (
        m,
      ) => `<li><a href="https://www.linkedin.com/in/${m.slug}?miniProfileUrn=urn%3Ali%3Afs_miniProfile%3AACoAAB${m.slug.length}">
        <span aria-hidden="true">${m.name}</span></a><div>${m.headline}</div></li>`,
    )
    .join('');
  return `<section><h1>${person.name}</h1><div>${person.headline}</div>
    <ul><li><a href="/company/${company}/" aria-label="Current company: ${company}">${company}</a></li></ul>
    <a href="/in/${person.slug}/overlay/contact-info/">Contact info</a></section>
    <aside><h2>People also viewed</h2><ul role="list">${aside}</ul></aside>`;
}

/** A full profile page. */
export function profilePage(person: Member, company: string, alsoViewed: Member[]): string {
  return shell(person.name, profileMain(person, company, alsoViewed));
}

/** One people-search result card. */
export function resultCard(m: Member): string {
  return `<li><div><a href="https://www.linkedin.com/in/${m.slug}?miniProfileUrn=urn%3Ali%3Afs_miniProfile%3AACoAAC">
    <span dir="ltr"><span aria-hidden="true">${m.name}</span></span></a>
    <div>${m.headline} at <a href="https://www.linkedin.com/company/northwind-test-traders/">Northwind</a></div></div></li>`;
}

/** A people-search results page with a list the test can grow (`ul[role=list]`). */
export function searchPage(results: Member[]): string {
  return shell(
    'Search',
    `<h2>About 1,200 results</h2><ul role="list" aria-label="Search results">${results.map(resultCard).join('')}</ul>`,
  );
}
