import { SHOWCASE } from '@/lib/sandbox';
import { test, expect } from './support/extension';
import { OptionsPageObject, PanelPage, setDemoMode } from './support/panel';
import { openShowcaseProfile, waitForSubject } from './support/showcase-pages';

const maya = SHOWCASE.contacts[0]!;

test('first run to a paid reveal in demo mode: previews with costs, confirm bar, result, history', async ({
  context,
  serviceWorker,
  extensionId,
}) => {
  // First run: the panel says what is needed.
  const firstRun = await PanelPage.open(context, extensionId);
  await expect(firstRun.page.getByRole('heading', { name: 'Connect Lusha' })).toBeVisible();
  await expect(firstRun.page.getByText('No key? Try demo mode')).toBeVisible();
  await firstRun.screenshot('panel-first-run');

  const options = await OptionsPageObject.open(context, extensionId);
  await options.turnDemoOn();
  await expect(options.demoSwitch).toBeChecked();
  await expect(firstRun.page.getByRole('heading', { name: 'Connect Lusha' })).toBeHidden();

  const profile = await openShowcaseProfile(context, maya);
  const tabId = await waitForSubject(serviceWorker, maya.linkedinUrl);
  const panel = await PanelPage.open(context, extensionId, tabId);
  void profile;

  // Search is billed: the button says how many people and companies and what that costs at
  // most (separate searches), before anything runs; the charge is what it said.
  await expect(panel.previewAll).toHaveText(/^Preview \d+ people and \d+ compan(y|ies) · up to 2 credits$/);
  const beforePreview = Number((await panel.credits.locator('strong').first().innerText()).replace(/,/g, ''));
  await panel.previewAll.click();
  await expect(panel.credits.locator('strong').first()).toHaveText(
    (beforePreview - 2).toLocaleString('en-US'),
  );
  const card = panel.card('Maya Lindqvist');
  await expect(card).toContainText('Vice President of Sales');
  await expect(card).toContainText('Quillfeather Labs');
  await expect(card.getByText('Demo data')).toBeVisible();
  await panel.screenshot('panel-demo-previews');

  // Ticking shows the total and the balance after; nothing is billed yet.
  const before = await panel.credits.locator('strong').first().innerText();
  await panel.tick('Maya Lindqvist', 'Emails');
  await panel.tick('Maya Lindqvist', 'Phones');
  await expect(panel.confirmBar).toContainText(/credits? for 1 card/);
  await expect(panel.confirmBar).toContainText('balance after');
  await expect(panel.credits.locator('strong').first()).toHaveText(before);
  await panel.screenshot('panel-confirm-bar');

  await panel.confirmBar.getByRole('button', { name: /^Reveal for/ }).click();
  await expect(panel.result).toContainText(/Revealed 1 · \d+ credits charged/);
  await expect(card).toContainText(maya.email!);
  await expect(card.getByRole('link', { name: maya.email! })).toHaveAttribute('href', `mailto:${maya.email!}`);
  await expect(card.getByRole('link', { name: /^\+/ }).first()).toHaveAttribute('href', /^tel:\+\d+$/);
  await expect(panel.confirmBar).toBeHidden();
  const copy = card.getByRole('button', { name: `Copy ${maya.email!}` });
  await copy.click();
  await expect(card.getByRole('button', { name: `Copied ${maya.email!}` })).toBeVisible();
  await panel.screenshot('panel-revealed');

  // Kept in history, searchable, exportable; the card shows it as revealed without an API call.
  await panel.view('History').click();
  await expect(panel.history.getByRole('article', { name: 'Maya Lindqvist' })).toContainText(
    maya.email!,
  );
  // What the copy button put on the clipboard, pasted into the search field.
  await panel.page.getByLabel('Search history').focus();
  await panel.page.keyboard.press('ControlOrMeta+V');
  await expect(panel.page.getByLabel('Search history')).toHaveValue(maya.email!);
  await expect(panel.history.getByRole('article')).toHaveCount(1);
  await panel.page.getByLabel('Search history').fill('nobody-matches-this');
  await expect(panel.page.getByText('Nothing in history matches.')).toBeVisible();
  await panel.page.getByLabel('Search history').fill('');
  const download = panel.page.waitForEvent('download');
  await panel.page.getByRole('button', { name: 'Export all as CSV' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^prospect-lens-history-.*\.csv$/);
  await panel.screenshot('panel-history');

  await panel.view('This page').click();
  const found = panel.page.getByRole('region', { name: 'Found on this page' });
  const pageCard = found.getByRole('article', { name: 'Maya Lindqvist' });
  await expect(pageCard.getByText('Revealed', { exact: true })).toBeVisible();
  await expect(pageCard).toContainText(maya.email!);
  await expect(pageCard.getByRole('checkbox')).toHaveCount(0);
});

test('manual lookup: inline validation next to the field, then a preview of the person', async ({
  context,
  serviceWorker,
  extensionId,
}) => {
  await setDemoMode(serviceWorker, true);
  const panel = await PanelPage.open(context, extensionId);
  await panel.view('Look up').click();
  await panel.page.getByRole('radio', { name: 'Email' }).check();
  const email = panel.page.getByLabel('Email address');
  await email.fill('not-an-email');
  await panel.page.getByRole('button', { name: 'Preview', exact: true }).click();
  await expect(email).toHaveAttribute('aria-invalid', 'true');
  await expect(email).toHaveAccessibleDescription('Enter an email address, like jane@company.com.');
  await panel.screenshot('panel-lookup-invalid');

  await email.fill(maya.email!);
  await email.press('Enter');
  await expect(panel.view('This page')).toHaveAttribute('aria-current', 'page');
  await expect(panel.card('Maya Lindqvist')).toContainText('Vice President of Sales');
});
