import { SHOWCASE } from '@/lib/sandbox';
import { test, expect } from './support/extension';
import {
  OptionsPageObject,
  PanelPage,
  seedLegacyHistory,
  seriousViolations,
  setDemoMode,
} from './support/panel';
import { openShowcaseProfile, waitForSubject } from './support/showcase-pages';

const maya = SHOWCASE.contacts[0]!;
const HOSTILE = '<img src=x onerror=alert(1)>';
/** A right-to-left override: shown raw, "Ann exe.gnp" would read as something else. */
const SPOOF = 'Ann \u202Egnp.exe';

for (const colorScheme of ['light', 'dark'] as const) {
  test(`no serious accessibility violation, ${colorScheme}`, async ({
    context,
    serviceWorker,
    extensionId,
  }) => {
    const options = await OptionsPageObject.open(context, extensionId);
    await options.page.emulateMedia({ colorScheme });
    await expect(options.demoSwitch).toBeVisible();
    expect(await seriousViolations(options.page)).toEqual([]);
    await options.page.setViewportSize({ width: 360, height: 800 });
    await options.page.screenshot({
      path: `tmp/screenshots/options-${colorScheme}.png`,
      fullPage: true,
    });

    const firstRun = await PanelPage.open(context, extensionId);
    await firstRun.page.emulateMedia({ colorScheme });
    await expect(firstRun.page.getByText('No key? Try demo mode')).toBeVisible();
    expect(await seriousViolations(firstRun.page)).toEqual([]);
    await firstRun.screenshot(`a11y-first-run-${colorScheme}`);

    await setDemoMode(serviceWorker, true);
    await openShowcaseProfile(context, maya);
    const tabId = await waitForSubject(serviceWorker, maya.linkedinUrl);
    const panel = await PanelPage.open(context, extensionId, tabId);
    await panel.page.emulateMedia({ colorScheme });
    await panel.previewAll.click();
    await panel.tick('Maya Lindqvist', 'Phones');
    await expect(panel.confirmBar).toBeVisible();
    expect(await seriousViolations(panel.page)).toEqual([]);
    await panel.screenshot(`a11y-confirm-${colorScheme}`);

    await panel.view('Look up').click();
    await panel.page.getByRole('button', { name: 'Preview' }).click();
    await expect(panel.page.getByLabel('LinkedIn profile or company URL')).toHaveAttribute(
      'aria-invalid',
      'true',
    );
    expect(await seriousViolations(panel.page)).toEqual([]);
  });
}

test('API data is text, never HTML; controls work from the keyboard', async ({
  context,
  serviceWorker,
  extensionId,
}) => {
  await setDemoMode(serviceWorker, true);
  await seedLegacyHistory(context, extensionId, serviceWorker, [
    { name: HOSTILE, email: 'hostile@example.com' },
    { name: SPOOF, email: 'spoof@example.com' },
  ]);
  const panel = await PanelPage.open(context, extensionId);
  let dialogs = 0;
  panel.page.on('dialog', (dialog) => {
    dialogs += 1;
    void dialog.dismiss();
  });
  // Keyboard only: Tab to the History view and open it with Enter.
  const history = panel.view('History');
  await expect(history).toBeVisible();
  for (let i = 0; i < 12 && !(await history.evaluate((el) => el === document.activeElement)); i++) {
    await panel.page.keyboard.press('Tab');
  }
  await expect(history).toBeFocused();
  await panel.page.keyboard.press('Enter');
  const row = panel.history.getByRole('article', { name: HOSTILE });
  await expect(row.getByRole('heading', { name: HOSTILE })).toHaveText(HOSTILE);
  await expect(row.getByText('Do not call')).toBeVisible();
  await expect(row.getByText('Demo data')).toBeVisible();
  await expect(panel.page.locator('img')).toHaveCount(0);
  expect(dialogs).toBe(0);
  // A right-to-left override in a name stays inside the name: isolated, never reordering the rest.
  const spoofed = panel.history.getByRole('article', { name: SPOOF }).getByRole('heading');
  expect(await spoofed.locator('bdi').evaluate((el) => getComputedStyle(el).unicodeBidi)).toBe(
    'isolate',
  );
  await panel.screenshot('panel-history-hostile-name');
});
