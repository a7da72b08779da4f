import { SHOWCASE } from '@/lib/sandbox';
import { test, expect } from './support/sandbox';
import { PanelPage, setApiWait } from './support/panel';
import { openShowcaseProfile, waitForSubject } from './support/showcase-pages';

const maya = SHOWCASE.contacts[0]!;

test('Lusha refusals show in words with the way out; nothing is billed', async ({
  context,
  serviceWorker,
  extensionId,
  sandbox,
  extensionPage,
}) => {
  void extensionPage;
  await openShowcaseProfile(context, maya);
  const tabId = await waitForSubject(serviceWorker, maya.linkedinUrl);
  const panel = await PanelPage.open(context, extensionId, tabId);
  const card = panel.card(/maya lindqvist/i);

  // 401 on the search: fix the key, with a button to settings.
  await sandbox.fault({ kind: 'status', status: 401, count: 1, path: '/v3/contacts/search' });
  await card.getByRole('button', { name: /^Preview/ }).click();
  await expect(card.getByRole('alert')).toContainText('Your API key was not accepted');
  await expect(card.getByRole('button', { name: 'Open settings' })).toBeVisible();
  await panel.screenshot('panel-error-401');

  // The card's "Try again" is not offered for a key problem; a new preview works once Lusha does.
  await panel.page.reload();
  await panel
    .card(/maya lindqvist/i)
    .getByRole('button', { name: /^Preview/ })
    .click();
  await expect(panel.card('Maya Lindqvist')).toContainText('Vice President of Sales');

  // 402 on the reveal: out of credits, with the balance; nothing was charged.
  const before = (await sandbox.state()).credits.remaining;
  await panel.tick('Maya Lindqvist', 'Emails');
  await sandbox.fault({ kind: 'status', status: 402, count: 1, path: '/v3/contacts/enrich' });
  await panel.confirmBar.getByRole('button', { name: /^Reveal for/ }).click();
  const alert = panel.result.getByRole('alert');
  await expect(alert).toContainText('Out of credits');
  await expect(alert).toContainText('Your balance:');
  await expect(alert.getByRole('button', { name: 'See what you already revealed' })).toBeVisible();
  expect((await sandbox.state()).credits.remaining).toBe(before);
});

test('while the background backs off, a countdown says when it carries on', async ({
  context,
  serviceWorker,
  extensionId,
  extensionPage,
}) => {
  void extensionPage;
  const panel = await PanelPage.open(context, extensionId);
  await setApiWait(serviceWorker, 30);
  const banner = panel.page.getByRole('status').filter({ hasText: 'Next try in' });
  await expect(banner).toContainText('rate limit');
  const first = await banner.locator('.countdown').innerText();
  await expect(banner.locator('.countdown')).not.toHaveText(first, { timeout: 3000 });
  await panel.screenshot('panel-wait-countdown');
  await setApiWait(serviceWorker, 0);
  await expect(banner).toBeHidden();
});
