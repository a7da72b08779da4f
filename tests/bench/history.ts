/**
 * History at scale, in real Chromium with the built extension: 50,000 reveals in IndexedDB,
 * then one more reveal's own overhead, findRevealed for 30 identifiers, searches, and the
 * History view's first paint in the real side panel page. Rows for `npm run bench`.
 */
import { chromium, type BrowserContext } from '@playwright/test';

import { mkdtemp, rm } from 'node:fs/promises';
import path from 'node:path';
import { chromiumPath, extensionArgs } from '../support/chromium';
import { builtExtension, harness, ms, root } from './in-extension';

const N = Number(process.env.BENCH_HISTORY ?? 50_000);

interface Measured {
  reveal: number;
  find: number;
  searches: Record<string, { cold: number; warm: number; ahead: number }>;
  readAhead: number;
  firstPage: number;
}

/** Rows `[measurement, setting, figure, goal, notes]` for the bench table. */
export async function historyRows(): Promise<string[][]> {
  const extension = builtExtension();
  const code = await harness('history-harness.ts', 'HistoryBench');
  const dir = await mkdtemp(path.join(root, 'tmp', 'bench-profile-'));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: chromiumPath,
    headless: true,
    args: extensionArgs(extension),
  });
  try {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    const id = new URL(worker.url()).host;
    const page = await context.newPage();
    await page.goto(`chrome-extension://${id}/options.html`);
    await page.evaluate(code);
    const r = await page.evaluate<Measured>(`HistoryBench.measure(${N})`);
    await page.evaluate(`HistoryBench.fillExtensionDb(${N})`);
    const paint = await historyFirstPaint(context, id);
    const setting = `${N.toLocaleString('en-US')} reveals`;
    return [
      [
        'history: one more reveal (journal, save, previews), own overhead',
        setting,
        ms(r.reveal),
        'goal <= 100 ms',
        'median of 15, beyond the API call',
      ],
      [
        'history: findRevealed, 30 identifiers',
        setting,
        ms(r.find),
        'goal <= 50 ms',
        'median of 15',
      ],
      ...Object.entries(r.searches).map(([q, t]) => [
        `history: search "${q}" (first 50)`,
        setting,
        `${ms(t.cold)} cold; ${ms(t.ahead)} once History is open; ${ms(t.warm)} next`,
        'goal <= 50 ms',
        'median of 9 each. cold: first search after a worker start; once History is open: its rows were read ahead; next: as the rep types on',
      ]),
      [
        'history: rows read ahead when the History view opens',
        setting,
        ms(r.readAhead),
        '',
        'in the background, after its first page is shown (20,000 newest rows)',
      ],
      ['history: first page, no query', setting, ms(r.firstPage), 'goal <= 50 ms', 'median of 9'],
      [
        'History view first paint (click to first row)',
        setting,
        ms(paint),
        'goal <= 200 ms',
        'real side panel page, median of 5',
      ],
    ];
  } finally {
    await context.close();
    await rm(dir, { recursive: true, force: true });
  }
}

/** In the worker: a saved key, so the panel opens ready (the history is local: no call is made). */
const SAVE_KEY = String.raw`
new Promise((resolve, reject) => {
  const request = indexedDB.open('prospect-lens-secrets', 1);
  request.onupgradeneeded = () => request.result.createObjectStore('secrets');
  request.onsuccess = () => {
    const tx = request.result.transaction('secrets', 'readwrite');
    tx.objectStore('secrets').put('bench-key-000000', 'lushaApiKey');
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
  };
});
`;

/** In the panel page: clicks History and resolves with the time until its first row is painted. */
const PAINT = String.raw`
globalThis.__painted = new Promise((resolve) => {
  const start = performance.now();
  const seen = () => document.querySelector('section[aria-label="History"] article');
  const observer = new MutationObserver(() => {
    if (seen()) {
      observer.disconnect();
      requestAnimationFrame(() => resolve(performance.now() - start));
    }
  });
  observer.observe(document.body, { childList: true, subtree: true });
  document.querySelector('nav[aria-label="Views"] button:nth-child(3)').click();
});
`;

/** Opens the real panel page in demo-free live mode and times History: click to first row. */
async function historyFirstPaint(context: BrowserContext, id: string) {
  const worker = context.serviceWorkers()[0]!;
  // A key is needed for the live history view; the history itself is local and needs no call.
  await worker.evaluate(SAVE_KEY);
  const times: number[] = [];
  for (let i = 0; i < 5; i++) {
    const panel = await context.newPage();
    await panel.setViewportSize({ width: 360, height: 800 });
    await panel.goto(`chrome-extension://${id}/sidepanel.html`);
    const tab = panel
      .getByRole('navigation', { name: 'Views' })
      .getByRole('button', { name: 'History' });
    await tab.waitFor();
    // A string: functions handed to evaluate would carry the TypeScript loader's helpers.
    await panel.evaluate(PAINT);
    times.push(await panel.evaluate<number>('globalThis.__painted'));
    await panel.close();
  }
  return times.sort((a, b) => a - b)[2]!;
}
