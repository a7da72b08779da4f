import { chromium, type BrowserContext, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { SHOWCASE } from '@/lib/sandbox';
import { test, expect } from './support/sandbox';
import {
  openShowcaseProfile,
  previewPerson,
  revealCost,
  waitForSubject,
} from './support/showcase-pages';
import { clickToolbarButton } from './support/toolbar';

const maya = SHOWCASE.contacts[0]!;
const mayaName = `${maya.firstName} ${maya.lastName}`;

/** The side panel page pinned to a tab, at the real panel's width. */
async function panelFor(context: BrowserContext, extensionId: string, tabId: number) {
  const panel = await context.newPage();
  await panel.setViewportSize({ width: 360, height: 800 });
  await panel.goto(`chrome-extension://${extensionId}/sidepanel.html?tabId=${tabId}`);
  return panel;
}

/** Previews the page's subject and ticks all its reveal choices; returns its card. */
async function previewAndTick(panel: Page) {
  await panel.getByRole('button', { name: new RegExp(`^Preview ${mayaName}$`, 'i') }).click();
  const card = panel.getByRole('article', { name: mayaName });
  await card.getByRole('checkbox', { name: /^Emails/ }).check();
  await card.getByRole('checkbox', { name: /^Phones/ }).check();
  return card;
}

test('in the side panel: preview, tick, confirm the shown total, revealed and in history', async ({
  context,
  extensionId,
  serviceWorker,
  sandbox,
  extensionPage,
}) => {
  void extensionPage; // saves the sandbox key
  await openShowcaseProfile(context, maya);
  const tabId = await waitForSubject(serviceWorker, maya.linkedinUrl);
  const start = (await sandbox.state()).credits.remaining;
  const panel = await panelFor(context, extensionId, tabId);
  await previewAndTick(panel);

  const cost = revealCost(await previewPerson(panel, maya.linkedinUrl, false));
  const confirm = panel.getByRole('region', { name: 'Confirm reveal' });
  await expect(confirm).toContainText(`${cost} credits`);
  expect((await sandbox.state()).credits.remaining).toBe(start - 1);
  await confirm.getByRole('button', { name: `Reveal for ${cost} credits` }).click();

  const result = panel.getByRole('region', { name: 'Reveal result' });
  await expect(result).toContainText(`${cost} credits charged`);
  await expect(panel.getByRole('article', { name: mayaName })).toContainText(maya.email!);
  expect((await sandbox.state()).credits.remaining).toBe(start - 1 - cost);

  await panel
    .getByRole('navigation', { name: 'Views' })
    .getByRole('button', { name: 'History' })
    .click();
  const history = panel.getByRole('region', { name: 'History' });
  await expect(history.getByRole('article', { name: mayaName })).toContainText(maya.email!);
  expect((await sandbox.state()).credits.remaining).toBe(start - 1 - cost);
});

test('the toolbar button opens the real side panel on the page it was clicked on', async ({
  context,
  extensionId,
  serviceWorker,
  userDataDir,
  extensionPage,
}) => {
  void extensionPage; // saves the sandbox key
  const page = await openShowcaseProfile(context, maya);
  await waitForSubject(serviceWorker, maya.linkedinUrl);
  await clickToolbarButton(context, page, extensionId);

  // The real panel is not one of the context's pages: reach it over the DevTools port.
  const port = (await readFile(path.join(userDataDir, 'DevToolsActivePort'), 'utf8')).split(
    '\n',
  )[0];
  const browser = await chromium.connectOverCDP(`http://127.0.0.1:${port}`);
  try {
    const panelUrl = `chrome-extension://${extensionId}/sidepanel.html`;
    let panel: Page | undefined;
    await expect
      .poll(() => {
        panel = browser
          .contexts()
          .flatMap((c) => c.pages())
          .find((p) => p.url() === panelUrl);
        return panel !== undefined;
      })
      .toBe(true);
    await expect(
      panel!.getByRole('button', { name: new RegExp(`^Preview ${mayaName}$`, 'i') }),
    ).toBeVisible();
  } finally {
    await browser.close();
  }
});
