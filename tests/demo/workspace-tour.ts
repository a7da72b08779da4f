/**
 * The tour's workspace steps: prospecting with filters from Lusha's filter endpoints, a page
 * of results, ten selected and their emails revealed, lookalikes of them (and more), a list
 * exported for HubSpot. Screenshots at 1280 x 800, light and dark. Tolerant like the rest of
 * the tour: a step that cannot be done is logged and the next one still runs.
 */
import type { Locator, Page } from '@playwright/test';
import path from 'node:path';
import { WorkspacePage } from '../e2e/support/workspace';
import type { TourDeps } from './tour';

async function step(what: string, work: () => Promise<unknown>): Promise<void> {
  try {
    await work();
    console.info(`  - ${what}: done`);
  } catch (error) {
    console.info(`  - ${what}: skipped (${String(error).split('\n')[0]})`);
  }
}

async function shoot(page: Page, outDir: string, name: string): Promise<string[]> {
  const files: string[] = [];
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await page.waitForTimeout(200);
    const file = path.join(outDir, `${name}-${colorScheme}.png`);
    await page.screenshot({ path: file });
    files.push(file);
  }
  await page.emulateMedia({ colorScheme: 'light' });
  return files;
}

const visible = (locator: Locator) => locator.first().waitFor({ timeout: 10_000 });

/** Runs the workspace steps; returns the screenshot files. */
export async function workspaceSteps(deps: TourDeps): Promise<string[]> {
  console.info('Tour: the workspace');
  const ws = await WorkspacePage.open(deps.context, deps.extensionId);
  const { page } = ws;
  const shots: string[] = [];
  await step('filters', async () => {
    await ws.pick('Seniority', 'dir', 'Director');
    await ws.pick('Country', 'united', 'United States');
  });
  await step('search', async () => {
    await ws.button(/^Search people · /).click();
    await visible(page.getByText(/people match/));
    const next = ws.button(/^Load next \d+ · /);
    await next.click();
    await visible(page.getByText(/100 loaded/));
  });
  await step('select ten', () => ws.selectRange('Prospecting results', 0, 9));
  shots.push(...(await shoot(page, deps.outDir, '8-workspace-selected')));
  await step('reveal emails', async () => {
    await ws.revealBar.getByRole('button', { name: /^Reveal \d+ for/ }).click();
    await visible(ws.revealBar.getByText(/charged/));
  });
  shots.push(...(await shoot(page, deps.outDir, '9-workspace-revealed')));
  // The same table in a narrow window (360 x 800): tabs scroll sideways, the table too.
  const wide = page.viewportSize();
  await page.setViewportSize({ width: 360, height: 800 });
  shots.push(...(await shoot(page, deps.outDir, '9-workspace-revealed-narrow')));
  if (wide) await page.setViewportSize(wide);
  await step('find similar', async () => {
    await ws.selectRange('Prospecting results', 0, 9);
    await ws.selection.getByRole('button', { name: 'Find similar' }).click();
    await ws.button(/^Find \d+ similar/).click();
    await visible(page.getByText(/^25 found/));
    await ws.button(/^More like these/).click();
    await visible(page.getByText(/^50 found/));
  });
  shots.push(...(await shoot(page, deps.outDir, '10-workspace-lookalikes')));
  await step('a list, exported for HubSpot', async () => {
    await ws.section('Prospecting').click();
    await ws.selection.getByText('Add to list').click();
    await ws.selection.getByRole('textbox', { name: 'New list name' }).fill('Q3 sales directors');
    await ws.selection.getByRole('button', { name: 'Create and add' }).click();
    await ws.section('Lists').click();
    await page.getByRole('button', { name: /^Q3 sales directors/ }).click();
    await page.getByText('Export list').click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'HubSpot import' }).click(),
    ]);
    await download.saveAs(path.join(deps.outDir, download.suggestedFilename()));
  });
  shots.push(...(await shoot(page, deps.outDir, '11-workspace-list')));
  return shots;
}
