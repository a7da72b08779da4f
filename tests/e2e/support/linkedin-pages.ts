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

const FIRST = ['Ada', 'Grace', 'Hal', 'Inês', 'Tariq', 'Priya', 'Amélie', 'Omar', 'Lena', 'Bo'];
const LAST = ['Quillfeather', 'Testwood', 'Petrov', 'Ramanathan', 'Rousseau', 'Testfield'];

/** `count` invented members, numbered from `from`, with names as people have them. */
export function members(count: number, from = 1): Member[] {
  return Array.from({ length: count }, (_, i) => {
    const n = from + i;
    return {
      slug: `test-member-${n}-b${n}x`,
      name: `${FIRST[n % FIRST.length]} ${LAST[Math.floor(n / FIRST.length) % LAST.length]}`,
      headline: `Head of Procurement at Northwind`,
    };
  });
}

const SNAPSHOT = `<script>addEventListener('DOMContentLoaded', () => {
  window.__servedDom = document.documentElement.outerHTML;
});</script>`;

/** LinkedIn's "Me" menu with the rep's own profile in it, as it is once opened. */
function meMenu(slug: string): string {
  return `<ul><li><button aria-expanded="true"><img alt="" src="data:,"><span>Me</span></button>
<div role="menu"><a href="https://www.linkedin.com/in/${slug}/">View Profile</a></div></li></ul>`;
}

function shell(title: string, main: string, me?: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title} | LinkedIn</title>${SNAPSHOT}</head>
<body><header><nav><a href="https://www.linkedin.com/feed/">Home</a>
<a href="https://www.linkedin.com/mynetwork/">My Network</a>${me ? meMenu(me) : ''}</nav></header>
<main id="main">${main}</main><footer><a href="https://www.linkedin.com/legal/user-agreement">User Agreement</a></footer></body></html>`;
}

/**
 * The inside of `<main>` on a profile page, with a "People also viewed" aside. The current
 * company's link shows `companyName` as LinkedIn does (its slug when none is given).
 */
export function profileMain(
  person: Member,
  company: string,
  alsoViewed: Member[],
  companyName = company,
): string {
  const aside = alsoViewed
    .map(
      (
        m,
      ) => `<li><a href="https://www.linkedin.com/in/${m.slug}?miniProfileUrn=urn%3Ali%3Afs_miniProfile%3AACoAAB${m.slug.length}">
        <span aria-hidden="true">${m.name}</span></a><div>${m.headline}</div></li>`,
    )
    .join('');
  return `<section><h1>${person.name}</h1><div>${person.headline}</div>
    <ul><li><a href="/company/${company}/" aria-label="Current company: ${companyName}">${companyName}</a></li></ul>
    <a href="/in/${person.slug}/overlay/contact-info/">Contact info</a></section>
    <aside><h2>People also viewed</h2><ul role="list">${aside}</ul></aside>`;
}

/** A full profile page. */
export function profilePage(
  person: Member,
  company: string,
  alsoViewed: Member[],
  companyName = company,
): string {
  return shell(person.name, profileMain(person, company, alsoViewed, companyName));
}

/** One people-search result card, the name as LinkedIn wraps it (shown + screen-reader text). */
export function resultCard(m: Member): string {
  return `<li><div><a href="https://www.linkedin.com/in/${m.slug}?miniProfileUrn=urn%3Ali%3Afs_miniProfile%3AACoAAC">
    <span dir="ltr"><span aria-hidden="true">${m.name}</span><span class="visually-hidden">View ${m.name}’s profile</span></span></a>
    <div>${m.headline} at <a href="https://www.linkedin.com/company/northwind-test-traders/">Northwind</a></div></div></li>`;
}

/**
 * A people-search results page with a list the test can grow (`ul[role=list]`); `me` puts the
 * rep's own profile (slug) in the navigation's "Me" menu.
 */
export function searchPage(results: Member[], me?: string): string {
  return shell(
    'Search',
    `<h2>About 1,200 results</h2><ul role="list" aria-label="Search results">${results.map(resultCard).join('')}</ul>`,
    me,
  );
}
