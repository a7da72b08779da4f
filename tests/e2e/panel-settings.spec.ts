import type { Worker } from '@playwright/test';
import { SHOWCASE } from '@/lib/sandbox';
import { test, expect } from './support/extension';
import { OptionsPageObject, PanelPage } from './support/panel';
import { openShowcaseProfile, waitForSubject } from './support/showcase-pages';

declare const chrome: {
  storage: { local: { get(key: string): Promise<Record<string, unknown>> } };
};

const storedSettings = (worker: Worker) =>
  worker.evaluate(async () => (await chrome.storage.local.get('settings')).settings);

test('settings are stored as chosen; auto-preview of the subject needs no click', async ({
  context,
  serviceWorker,
  extensionId,
}) => {
  const options = await OptionsPageObject.open(context, extensionId);
  const page = options.page;
  await options.turnDemoOn();
  await page.getByRole('radio', { name: 'Only the page’s own person or company' }).check();
  await page.getByLabel('Daily cap (credits)').fill('50');
  await page.getByText('Advanced').click();
  const base = page.getByLabel('API base URL');
  await base.fill('not a url');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(base).toHaveAttribute('aria-invalid', 'true');
  await expect
    .poll(() => storedSettings(serviceWorker))
    .toMatchObject({
      demoMode: true,
      autoPreview: 'subject',
      caps: { daily: 50, monthly: null },
      apiBaseUrl: null,
    });
  // (A base URL that is allowed and used: api-base-url.spec.ts.)
  const maya = SHOWCASE.contacts[0]!;
  await openShowcaseProfile(context, maya);
  const panel = await PanelPage.open(
    context,
    extensionId,
    await waitForSubject(serviceWorker, maya.linkedinUrl),
  );
  await expect(panel.card('Maya Lindqvist')).toContainText('Vice President of Sales');
  // Only the subject: the others wait for a click (named as the page shows them, not by slug).
  await expect(
    panel.card('Theo Marchetti').getByRole('button', { name: /^Preview/ }),
  ).toBeVisible();
});
