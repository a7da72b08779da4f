import type { Page, Worker } from '@playwright/test';
import { test, expect } from './support/extension';
import { allSitesGrantedBuild } from './support/all-sites-variant';
import { startCompanySite, TEAM } from './support/company-site';
import { badgeOf, findingsFor, type ChromeInWorker } from './support/findings';

declare const chrome: ChromeInWorker & {
  storage: { local: { set(items: object): Promise<void> } };
};

let site: Awaited<ReturnType<typeof startCompanySite>>;
test.beforeAll(async () => {
  site = await startCompanySite();
});
test.afterAll(async () => {
  await site.close();
});

function registered(worker: Worker) {
  return worker.evaluate(() => chrome.scripting.getRegisteredContentScripts());
}

function hasAllSites(worker: Worker) {
  return worker.evaluate(() => chrome.permissions.contains({ origins: ['<all_urls>'] }));
}

async function openOptions(page: Page, extensionId: string) {
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  return page.getByRole('switch', { name: 'Scan every website automatically' });
}

test('by default: no access to websites; the switch asks the browser for it', async ({
  context,
  serviceWorker,
  extensionId,
}) => {
  const page = await context.newPage();
  const toggle = await openOptions(page, extensionId);
  await expect(toggle).not.toBeChecked();
  await page.screenshot({ path: 'tmp/screenshots/options-auto-scan.png', fullPage: true });
  expect(await hasAllSites(serviceWorker)).toBe(false);

  // Wanting it is not enough: without the permission nothing is registered.
  await serviceWorker.evaluate(() => chrome.storage.local.set({ autoScan: true }));
  await page.waitForTimeout(500);
  expect(await registered(serviceWorker)).toEqual([]);
  await expect(toggle).not.toBeChecked();

  // The click reaches permissions.request inside the user gesture: the browser's prompt is up
  // (without a gesture Chromium would refuse at once and the page would show an error).
  await toggle.click();
  await expect(page.getByRole('status')).toHaveText(/Answer the browser’s prompt/);
  await page.waitForTimeout(500);
  await expect(page.getByRole('status')).toHaveText(/Answer the browser’s prompt/);
  expect(await hasAllSites(serviceWorker)).toBe(false);
  expect(await registered(serviceWorker)).toEqual([]);
});

test.describe('with access to all websites granted', () => {
  test.use({ extensionDir: allSitesGrantedBuild() });

  test('on registers the site script for every website, off unregisters it', async ({
    context,
    serviceWorker,
    extensionId,
  }) => {
    const options = await context.newPage();
    const toggle = await openOptions(options, extensionId);
    await expect(toggle).not.toBeChecked();
    expect(await registered(serviceWorker)).toEqual([]);

    await toggle.click();
    await expect(toggle).toBeChecked();
    await options.screenshot({ path: 'tmp/screenshots/options-auto-scan-on.png' });
    await expect
      .poll(() => registered(serviceWorker))
      .toEqual([
        expect.objectContaining({
          id: 'site-auto-scan',
          matches: ['http://*/*', 'https://*/*'],
          excludeMatches: ['https://*.linkedin.com/*'],
          persistAcrossSessions: true,
        }),
      ]);

    const visit = await context.newPage();
    await visit.goto(site.url);
    await expect.poll(() => findingsFor(serviceWorker, site.url)).not.toBeNull();
    const { tabId } = (await findingsFor(serviceWorker, site.url))!;
    await expect.poll(() => badgeOf(serviceWorker, tabId)).toBe(String(TEAM.length));
    await visit.close();

    await toggle.click();
    await expect(toggle).not.toBeChecked();
    await expect.poll(() => registered(serviceWorker)).toEqual([]);
    const again = await context.newPage();
    await again.goto(site.url);
    await again.waitForTimeout(700);
    expect(await findingsFor(serviceWorker, site.url)).toBeNull();
  });

  test('taking the access away in chrome://extensions switches auto-scan off', async ({
    context,
    serviceWorker,
    extensionId,
  }) => {
    const options = await context.newPage();
    const toggle = await openOptions(options, extensionId);
    await toggle.click();
    await expect.poll(async () => (await registered(serviceWorker)).length).toBe(1);

    // What "Site access: On click" does in chrome://extensions, through the same private API.
    const settings = await context.newPage();
    await settings.goto('chrome://extensions/');
    await settings.evaluate(
      (id) =>
        (
          globalThis as unknown as {
            chrome: {
              developerPrivate: { updateExtensionConfiguration(u: object): Promise<void> };
            };
          }
        ).chrome.developerPrivate.updateExtensionConfiguration({
          extensionId: id,
          hostAccess: 'ON_CLICK',
        }),
      extensionId,
    );
    expect(await hasAllSites(serviceWorker)).toBe(false);
    await expect.poll(() => registered(serviceWorker)).toEqual([]);
    await expect(toggle).not.toBeChecked();
    const stored = await serviceWorker.evaluate(() =>
      (chrome.storage as unknown as { local: { get(k: string): Promise<object> } }).local.get(
        'autoScan',
      ),
    );
    expect(stored).toEqual({ autoScan: false });
  });
});
