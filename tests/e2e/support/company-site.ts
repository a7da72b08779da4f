/** A tiny company website on 127.0.0.1 (port 0), with invented people, for site-scan tests. */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** The people on the site's team page (LinkedIn slugs). */
export const TEAM = ['ines-testwood-9a1', 'omar-testfield-7b2', 'lena-testbrook-3c3'];

const pages: Record<string, string> = {
  '/': `<!doctype html><html lang="en"><head><title>Umbrella Test Logistics</title>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Organization",
"name":"Umbrella Test Logistics","sameAs":["https://www.linkedin.com/company/umbrella-test-logistics/"]}</script></head>
<body><h1>Umbrella Test Logistics</h1><h2>Our team</h2><ul>
${TEAM.map((slug) => `<li><a href="https://www.linkedin.com/in/${slug}/">${slug.split('-')[0]}</a></li>`).join('')}
</ul><p>Questions? Write to <a href="mailto:hello@umbrella-test-logistics.example">us</a>
or sales [at] umbrella-test-logistics [dot] example.</p></body></html>`,
  '/about': `<!doctype html><title>About</title><h1>About us</h1><p>No people here.</p>`,
};

/** Starts the site; `url` is its home page. */
export async function startCompanySite(): Promise<{ url: string; close(): Promise<void> }> {
  const server: Server = createServer((req, res) => {
    const body = pages[new URL(req.url ?? '/', 'http://x').pathname];
    res.writeHead(body ? 200 : 404, { 'content-type': 'text/html; charset=utf-8' });
    res.end(body ?? 'not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
