/**
 * The built extension in real Chromium: bundle sizes (what each page loads, gzip), the
 * worker's cold round trip against a warm one, and the first card of a cached page against the
 * options page's first paint in the same run. Rows for `npm run bench`.
 */
import { chromium, type BrowserContext, type Page, type Worker } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { SHOWCASE } from '@/lib/sandbox';
import { chromiumPath, extensionArgs } from '../support/chromium';
import { profilePage } from '../e2e/support/linkedin-pages';
import { asMember, companySlugOf } from '../e2e/support/showcase-pages';
import { stopServiceWorker } from '../e2e/support/worker';

const root = path.resolve(import.meta.dirname, '../..');
const dist = path.join(root, '.output/chrome-mv3');
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const ms = (n: number) => `${n.toFixed(1)} ms`;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;

/** The JS a page loads: its script and every chunk it imports, gzip, summed. */
function pageJs(html: string): number {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file) || !existsSync(path.join(dist, file))) return;
    seen.add(file);
    const code = readFileSync(path.join(dist, file), 'utf8');
    for (const m of code.matchAll(
      /(?:from|import)\s*\(?\s*["']\.{0,2}\/?((?:chunks\/)?[\w.-]+\.js)["']/g,
    )) {
      visit(
        file.includes('/') && !m[1]!.startsWith('chunks/')
          ? `${path.dirname(file)}/${m[1]}`
          : m[1]!,
      );
    }
  };
  const page = readFileSync(path.join(dist, html), 'utf8');
  for (const m of page.matchAll(/src="\/?([^"]+\.js)"/g)) visit(m[1]!);
  for (const m of page.matchAll(/href="\/?([^"]+\.js)"/g)) visit(m[1]!);
  return [...seen].reduce(
    (sum, f) => sum + gzipSync(readFileSync(path.join(dist, f)), { level: 9 }).length,
    0,
  );
}

const gz = (file: string) => gzipSync(readFileSync(path.join(dist, file)), { level: 9 }).length;

/** A message round trip from an extension page, in ms (measured in the page). */
const ROUND_TRIP = String.raw`(async () => {
  const t = performance.now();
  await chrome.runtime.sendMessage({ type: 'getKeyStatus', data: {} });
  return performance.now() - t;
})()`;

async function workerRoundTrips(context: BrowserContext, id: string, page: Page) {
  const cold: number[] = [];
  const warm: number[] = [];
  // A just-installed worker ignores being closed until it has handled an event.
  await page.evaluate<number>(ROUND_TRIP);
  for (let i = 0; i < 5; i++) {
    await stopServiceWorker(context, id, 30_000);
    cold.push(await page.evaluate<number>(ROUND_TRIP));
    warm.push(
      median([
        await page.evaluate<number>(ROUND_TRIP),
        await page.evaluate<number>(ROUND_TRIP),
        await page.evaluate<number>(ROUND_TRIP),
      ]),
    );
  }
  return { cold: median(cold), warm: median(warm) };
}

/** From navigation to the first paint of the options page, and to the first card of the panel. */
const FIRST_PAINT = String.raw`new Promise((resolve) => {
  const done = () => resolve(performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? performance.now());
  if (performance.getEntriesByName('first-contentful-paint').length) done();
  else new PerformanceObserver(done).observe({ type: 'paint', buffered: true });
})`;
const FIRST_CARD = String.raw`new Promise((resolve) => {
  const seen = () => document.querySelector('section[aria-label="Found on this page"] article h3');
  const finish = () => requestAnimationFrame(() => resolve(performance.now()));
  if (seen()) return finish();
  const observer = new MutationObserver(() => { if (seen()) { observer.disconnect(); finish(); } });
  observer.observe(document, { childList: true, subtree: true });
})`;

async function firstPaints(context: BrowserContext, id: string, worker: Worker) {
  const maya = SHOWCASE.contacts[0]!;
  const others = SHOWCASE.contacts.filter(
    (c) => c.id !== maya.id && c.companyId === maya.companyId,
  );
  const html = profilePage(asMember(maya), companySlugOf(maya), others.map(asMember));
  await context.route(`${maya.linkedinUrl}/**`, (r) =>
    r.fulfill({ status: 200, contentType: 'text/html', body: html }),
  );
  await worker.evaluate(`chrome.storage.local.set({ settings: { demoMode: true } })`);
  const profile = await context.newPage();
  await profile.goto(`${maya.linkedinUrl}/`);
  const tabId = await worker.evaluate<number>(String.raw`(async () => {
    for (let i = 0; i < 100; i++) {
      const { tabFindings = {} } = await chrome.storage.session.get('tabFindings');
      const hit = Object.entries(tabFindings).find(([, e]) => e.url.startsWith('${maya.linkedinUrl}'));
      if (hit) return Number(hit[0]);
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error('no findings');
  })()`);
  // Preview everyone once, so the panel's page is "cached": its first card needs no API call.
  const warmup = await context.newPage();
  await warmup.goto(`chrome-extension://${id}/sidepanel.html?tabId=${tabId}`);
  await warmup.getByRole('button', { name: /^Preview \d+/ }).click();
  await warmup.getByText('Vice President of Sales').first().waitFor();
  await warmup.close();
  const options: number[] = [];
  const card: number[] = [];
  for (let i = 0; i < 5; i++) {
    const o = await context.newPage();
    await o.goto(`chrome-extension://${id}/options.html`);
    options.push(await o.evaluate<number>(FIRST_PAINT));
    await o.close();
    const p = await context.newPage();
    await p.setViewportSize({ width: 360, height: 800 });
    await p.goto(`chrome-extension://${id}/sidepanel.html?tabId=${tabId}`, { waitUntil: 'commit' });
    card.push(await p.evaluate<number>(FIRST_CARD));
    await p.close();
  }
  return { options: median(options), card: median(card) };
}

/** Scripts the service worker imports when it first needs them (entrypoints/, lib/chunks). */
const WORKER_CHUNKS = ['psl.js', 'demo-sandbox.js'];

/** Rows `[measurement, figure, goal, notes]`. */
export async function extensionRows(): Promise<string[][]> {
  if (!existsSync(path.join(dist, 'manifest.json')))
    execFileSync('npx', ['wxt', 'build'], { cwd: root, stdio: 'ignore' });
  const rows: string[][] = [
    ['background.js', kb(gz('background.js')), 'goal <= 130 KB gzip', ''],
    [
      "the worker's chunks, each imported on first use (lib/chunks)",
      WORKER_CHUNKS.filter((f) => existsSync(path.join(dist, f)))
        .map((f) => `${f} ${kb(gz(f))}`)
        .join(', '),
      '',
      'registrable domains; demo mode',
    ],
    [
      'side panel JS (sidepanel.html and its chunks)',
      kb(pageJs('sidepanel.html')),
      'goal <= 120 KB gzip',
      '',
    ],
    ['options JS', kb(pageJs('options.html')), '', ''],
  ];
  if (existsSync(path.join(dist, 'workspace.html'))) {
    rows.push(['workspace JS', kb(pageJs('workspace.html')), 'goal <= 200 KB gzip', '']);
  }
  // A label that occurs once in the public suffix list's data: one occurrence per copy bundled.
  const copies = (file: string) =>
    (readFileSync(path.join(dist, file), 'utf8').match(/kommunalforbund/g) ?? []).length;
  const files = [
    'background.js',
    ...WORKER_CHUNKS.filter((f) => existsSync(path.join(dist, f))),
    ...readdirSync(path.join(dist, 'chunks')).map((f) => `chunks/${f}`),
    ...readdirSync(path.join(dist, 'content-scripts')).map((f) => `content-scripts/${f}`),
  ];
  const holding = files
    .map((f) => [f.replace(/-[\w-]{8}\.js$/, '.js'), copies(f)] as const)
    .filter(([, n]) => n > 0);
  rows.push([
    'public suffix list copies, by bundle',
    holding.map(([f, n]) => `${f}: ${n}`).join(', ') || 'none',
    "once per bundle that needs it (the worker's psl.js)",
    'content scripts: none',
  ]);
  const dir = await mkdtemp(path.join(root, 'tmp', 'bench-ext-'));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: chromiumPath,
    headless: true,
    args: extensionArgs(dist),
  });
  try {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    const id = new URL(worker.url()).host;
    const page = await context.newPage();
    await page.goto(`chrome-extension://${id}/options.html`);
    const trips = await workerRoundTrips(context, id, page);
    rows.push([
      'worker round trip: cold (stopped) / warm',
      `${ms(trips.cold)} / ${ms(trips.warm)} = ${(trips.cold / trips.warm).toFixed(1)}x`,
      'goal <= 20x',
      'median of 5',
    ]);
    const current = context.serviceWorkers().find((w) => w.url().includes(id))!;
    const paints = await firstPaints(context, id, current);
    rows.push([
      'first card of a cached page / options first paint',
      `${ms(paints.card)} / ${ms(paints.options)} = ${(paints.card / paints.options).toFixed(2)}x`,
      'goal <= 1.3x',
      'median of 5, same run',
    ]);
  } finally {
    await context.close();
    await rm(dir, { recursive: true, force: true });
  }
  return rows;
}
