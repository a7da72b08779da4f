/** The pages the benchmark scans: the shared real pages and generated result lists. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

export interface BenchPage {
  name: string;
  url: string;
  html: string;
}

const pagesDir = path.resolve(
  process.env.SHARED_TESTDATA_DIR ?? path.join(import.meta.dirname, '../../../shared/testdata'),
  'pages',
);

/** Page URLs as in the README (from each page's canonical link). */
const URLS: Record<string, string> = {
  '2015_public-profile_nelsonic.html': 'https://www.linkedin.com/in/nelsonic',
  '2024_guest-company_audiense.html': 'https://uk.linkedin.com/company/audiense',
  '2025_loggedin-my-connections.html':
    'https://www.linkedin.com/mynetwork/invite-connect/connections/',
  '2025_loggedin-company-people_motion.html': 'https://www.linkedin.com/company/motionapp/people/',
  'caktusgroup.com_blog-post_2019.html': 'https://www.caktusgroup.com/blog/2015/06/08/x/',
  'ebrosia.de_shop-category_2019.html': 'https://www.ebrosia.de/beringer-zinfandel',
  'nationalgeographic.co.uk_article_2020.html': 'https://www.nationalgeographic.co.uk/x',
};

/** Every page of ../shared/testdata/pages, or none (with a printed reason) when absent. */
export function sharedPages(): BenchPage[] {
  if (!existsSync(pagesDir)) {
    console.warn(`No shared pages at ${pagesDir}: benchmarking generated pages only.`);
    return [];
  }
  const pages: BenchPage[] = [];
  for (const sub of readdirSync(pagesDir)) {
    for (const file of readdirSync(path.join(pagesDir, sub))) {
      pages.push({
        name: `${sub}/${file}`,
        url: URLS[file] ?? 'https://www.example.com/',
        html: readFileSync(path.join(pagesDir, sub, file), 'utf8'),
      });
    }
  }
  return pages;
}

/** One search-result card with two links (a person and their company) and some text. */
export function card(i: number): string {
  return (
    `<li class="result"><div><a href="/in/person-${i}/?miniProfileUrn=urn%3Ali%3A${i}">` +
    `<span>Person ${i}</span></a><p>Head of Sales at <a href="/company/company-${i % 500}/">` +
    `Company ${i % 500}</a></p><p>London, United Kingdom · 500+ connections</p></div></li>`
  );
}

/** A LinkedIn-like search page with `links` links (two per card). */
export function generatedPage(links: number): BenchPage {
  const cards = Array.from({ length: links / 2 }, (_, i) => card(i)).join('');
  return {
    name: `generated, ${links} links`,
    url: 'https://www.linkedin.com/search/results/people/?keywords=sales',
    html: `<!doctype html><html><head><title>Search</title></head><body><ul id="results">${cards}</ul></body></html>`,
  };
}

/** Hostile text, as the issue found it: long runs that made quadratic patterns freeze a tab. */
const HOSTILE: [string, string][] = [
  ['linkedin.com then letters', 'linkedin.com'],
  ['letters', 'a'],
  ['dots', '.'],
  ['at-signs', '@'],
  ['spaces', ' '],
  ['linkedin.com/in/ repeated', 'linkedin.com/in/'],
  ['"at" and "dot" words', 'jane at example dot '],
  ['letters, dots, at-signs', 'a.@'],
];
const PARAGRAPHS = 16;
const PARAGRAPH = 65_000;

/**
 * About 1 MB of hostile text per page (16 paragraphs of 65,000 characters), each paragraph
 * opening with a real address so that every one of them is read, not skipped as empty.
 */
export function hostilePages(): BenchPage[] {
  return HOSTILE.map(([name, unit], n) => {
    const run = name.endsWith('then letters')
      ? `${unit}${'a'.repeat(PARAGRAPH)}`
      : unit.repeat(PARAGRAPH / unit.length);
    const paragraphs = Array.from(
      { length: PARAGRAPHS },
      (_, i) => `<p>x${i}@example.com ${run.slice(0, PARAGRAPH)}</p>`,
    );
    return {
      name: `hostile text: ${name}`,
      url: n === 0 ? 'https://www.linkedin.com/feed/' : `https://www.example.com/hostile/${n}`,
      html: `<!doctype html><html><head><title>Hostile</title></head><body>${paragraphs.join('')}</body></html>`,
    };
  });
}
