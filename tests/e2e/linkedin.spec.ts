import type { Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { test, expect, extensionPath } from './support/extension';
import { badgeOf, findingsFor } from './support/findings';
import { ORIGIN, serveLinkedIn, waitForFindings } from './support/linkedin-site';
import {
  members,
  profileMain,
  profilePage,
  resultCard,
  searchPage,
} from './support/linkedin-pages';

const [ada, grace, ...others] = members(12);

async function expectUntouched(page: Page) {
  const same = await page.evaluate(
    () =>
      (window as unknown as { __servedDom: string }).__servedDom ===
      document.documentElement.outerHTML,
  );
  expect(same, "the extension changed LinkedIn's DOM").toBe(true);
}

test('a profile page, then a single-page navigation to another profile', async ({
  context,
  serviceWorker,
}) => {
  const alsoViewed = others.slice(0, 3);
  await serveLinkedIn(context, {
    [`/in/${ada!.slug}/`]: profilePage(ada!, 'northwind-test-traders', alsoViewed),
  });
  const page = await context.newPage();
  await page.goto(`${ORIGIN}/in/${ada!.slug}/`);

  const first = await waitForFindings(
    serviceWorker,
    `${ORIGIN}/in/${ada!.slug}`,
    (p) => p.length === 4,
  );
  expect(first.entry.findings.subject).toEqual({
    kind: 'profile',
    url: `${ORIGIN}/in/${ada!.slug}`,
  });
  // The subject's own "Contact info" link lists it too; the badge counts it once.
  expect(first.entry.findings.profiles).toEqual(
    [ada!, ...alsoViewed].map((m) => `${ORIGIN}/in/${m.slug}`),
  );
  expect(first.entry.findings.companies).toEqual([`${ORIGIN}/company/northwind-test-traders`]);
  await expect.poll(() => badgeOf(serviceWorker, first.tabId)).toBe('4');
  await expectUntouched(page);

  // LinkedIn changes the URL first, then renders the new profile.
  await page.evaluate(
    ([slug, main]) => {
      history.pushState({}, '', `/in/${slug}/`);
      document.getElementById('main')!.innerHTML = main;
    },
    [grace!.slug, profileMain(grace!, 'umbrella-test-logistics', [])] as const,
  );
  const second = await waitForFindings(serviceWorker, `${ORIGIN}/in/${grace!.slug}`, () => true);
  expect(second.tabId).toBe(first.tabId);
  await expect
    .poll(
      async () => (await findingsFor(serviceWorker, `${ORIGIN}/in/${grace!.slug}`))?.entry.findings,
    )
    .toMatchObject({
      subject: { kind: 'profile', url: `${ORIGIN}/in/${grace!.slug}` },
      profiles: [`${ORIGIN}/in/${grace!.slug}`],
      companies: [`${ORIGIN}/company/umbrella-test-logistics`],
    });
  expect(await findingsFor(serviceWorker, `${ORIGIN}/in/${ada!.slug}`)).toBeNull();
  await expect.poll(() => badgeOf(serviceWorker, first.tabId)).toBe('1');
});

test('search results, then 20 more cards from infinite scroll, then the tab closes', async ({
  context,
  serviceWorker,
}) => {
  const firstResults = members(10, 100);
  const more = members(20, 200);
  const path = '/search/results/people/';
  await serveLinkedIn(context, { [path]: searchPage(firstResults) });
  const page = await context.newPage();
  await page.goto(`${ORIGIN}${path}?keywords=logistics&origin=GLOBAL_SEARCH_HEADER`);

  const first = await waitForFindings(serviceWorker, `${ORIGIN}${path}`, (p) => p.length === 10);
  expect(first.entry.findings.subject).toBeNull();
  await expect.poll(() => badgeOf(serviceWorker, first.tabId)).toBe('10');
  const firstUpdate = first.entry.updatedAt;

  // Infinite scroll: cards arrive in a few bursts, as LinkedIn lazily renders them.
  for (let burst = 0; burst < 4; burst++) {
    await page.evaluate(
      (cards) => {
        document.querySelector('ul[role=list]')!.insertAdjacentHTML('beforeend', cards);
      },
      more
        .slice(burst * 5, burst * 5 + 5)
        .map(resultCard)
        .join(''),
    );
  }
  const grown = await waitForFindings(serviceWorker, `${ORIGIN}${path}`, (p) => p.length === 30);
  expect(grown.entry.updatedAt).toBeGreaterThan(firstUpdate);
  expect(grown.entry.findings.profiles).toEqual(
    [...firstResults, ...more].map((m) => `${ORIGIN}/in/${m.slug}`),
  );
  expect(grown.entry.findings.companies).toEqual([`${ORIGIN}/company/northwind-test-traders`]);
  await expect.poll(() => badgeOf(serviceWorker, first.tabId)).toBe('30');

  await page.close();
  await expect.poll(() => findingsFor(serviceWorker, `${ORIGIN}${path}`)).toBeNull();
});

test("a full navigation away from LinkedIn drops the tab's findings", async ({
  context,
  serviceWorker,
}) => {
  await serveLinkedIn(context, {
    [`/in/${ada!.slug}/`]: profilePage(ada!, 'northwind-test-traders', []),
  });
  await context.route('https://example.test/**', (route) =>
    route.fulfill({ contentType: 'text/html', body: '<h1>Elsewhere</h1>' }),
  );
  const page = await context.newPage();
  await page.goto(`${ORIGIN}/in/${ada!.slug}/`);
  const first = await waitForFindings(serviceWorker, `${ORIGIN}/in/${ada!.slug}`, () => true);
  await page.goto('https://example.test/');
  await expect.poll(() => findingsFor(serviceWorker, ORIGIN)).toBeNull();
  expect(await badgeOf(serviceWorker, first.tabId)).toBe('');
});

test('the LinkedIn script cannot read the findings the background keeps', async ({
  context,
  serviceWorker,
}) => {
  await serveLinkedIn(context, {
    [`/in/${ada!.slug}/`]: profilePage(ada!, 'northwind-test-traders', []),
  });
  const page = await context.newPage();
  await page.goto(`${ORIGIN}/in/${ada!.slug}/`);
  await waitForFindings(serviceWorker, `${ORIGIN}/in/${ada!.slug}`, () => true);

  // Evaluate inside the content script's isolated world, found through the DevTools protocol.
  const cdp = await context.newCDPSession(page);
  const worlds: { id: number; name: string; auxData?: { type?: string } }[] = [];
  cdp.on('Runtime.executionContextCreated', ({ context: c }) => worlds.push(c));
  await cdp.send('Runtime.enable');
  await expect.poll(() => worlds.some((w) => w.auxData?.type === 'isolated')).toBe(true);
  const world = worlds.find((w) => w.auxData?.type === 'isolated')!;
  const { result } = await cdp.send('Runtime.evaluate', {
    contextId: world.id,
    awaitPromise: true,
    expression: `(async () => {
      if (!chrome.runtime?.id) return 'not our world';
      try { return 'read ' + JSON.stringify(await chrome.storage.session.get(null)); }
      catch (error) { return 'refused: ' + error.message; }
    })()`,
  });
  expect(result.value).toMatch(/^refused: /);
});

test('the LinkedIn script stays small and carries no zod or React', async () => {
  const code = await readFile(`${extensionPath}/content-scripts/linkedin.js`);
  expect(gzipSync(code, { level: 9 }).length).toBeLessThan(15 * 1024);
  const text = code.toString('utf8');
  expect(text).not.toMatch(/ZodError|\$ZodType|react\.element|__SECRET_INTERNALS/);
});
