import { test, expect } from './support/extension';
import { startCompanySite, TEAM } from './support/company-site';
import { badgeOf, findingsFor } from './support/findings';
import { clickToolbarButton, targets } from './support/toolbar';

let site: Awaited<ReturnType<typeof startCompanySite>>;
test.beforeAll(async () => {
  site = await startCompanySite();
});
test.afterAll(async () => {
  await site.close();
});

test('a company website is read only after a toolbar click, which also opens the side panel', async ({
  context,
  serviceWorker,
  extensionId,
}) => {
  const page = await context.newPage();
  await page.goto(site.url);
  // No host permission and nothing registered: the page stays unread until the user asks.
  await page.waitForTimeout(500);
  expect(await findingsFor(serviceWorker, site.url)).toBeNull();
  const panelUrl = `chrome-extension://${extensionId}/sidepanel.html`;
  expect((await targets(context)).map((t) => t.url)).not.toContain(panelUrl);

  await clickToolbarButton(context, page, extensionId);

  await expect.poll(() => findingsFor(serviceWorker, site.url)).not.toBeNull();
  const { tabId, entry } = (await findingsFor(serviceWorker, site.url))!;
  expect(entry.findings).toMatchObject({
    subject: null,
    profiles: TEAM.map((slug) => `https://www.linkedin.com/in/${slug}`),
    companies: ['https://www.linkedin.com/company/umbrella-test-logistics'],
    domain: null,
  });
  expect(entry.findings.emails).toEqual(
    expect.arrayContaining([
      'hello@umbrella-test-logistics.example',
      'sales@umbrella-test-logistics.example',
    ]),
  );
  await expect.poll(() => badgeOf(serviceWorker, tabId)).toBe(String(TEAM.length));
  await expect
    .poll(async () =>
      (await targets(context)).some(
        (t) => t.url === `chrome-extension://${extensionId}/sidepanel.html`,
      ),
    )
    .toBe(true);

  // Leaving the page (the activeTab grant ends with it) forgets what was found there.
  await page.goto(`${site.url}about`);
  await expect.poll(() => findingsFor(serviceWorker, site.url)).toBeNull();
  expect(await badgeOf(serviceWorker, tabId)).toBe('');
  await page.waitForTimeout(500);
  expect(await findingsFor(serviceWorker, `${site.url}about`)).toBeNull();
});
