/**
 * The headless tour: the steps a rep takes (profile, preview, tick, confirm, reveal, history,
 * company site, then the workspace), driven by roles and labels, with screenshots in light and
 * dark after each step (the panel at 360x800, the workspace at 1280x800). UI steps are tolerant: a control that
 * is not there yet is logged and skipped, and the reveal falls back to the real messages so
 * the later screenshots still show revealed data.
 */
import type { BrowserContext, Locator, Page, Worker } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { findingsFor, storedFindings } from '../e2e/support/findings';
import { valueFromPage } from '../e2e/support/sandbox';
import { previewPerson, revealCost, waitForSubject } from '../e2e/support/showcase-pages';
import { clickToolbarButton, targets } from '../e2e/support/toolbar';
import { DEMO_URLS, FEATURED } from './site';
import { workspaceSteps } from './workspace-tour';

export interface TourDeps {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  /** Folder for the screenshots. */
  outDir: string;
}

const PANEL_SIZE = { width: 360, height: 800 };

/** Clicks the first match if it shows up within `ms`; says what happened. */
async function tryClick(what: string, locator: Locator, ms = 5_000): Promise<boolean> {
  try {
    await locator.first().click({ timeout: ms });
    console.info(`  - ${what}: done`);
    return true;
  } catch (error) {
    const reason = String(error).split('\n')[0];
    console.info(`  - ${what}: not in the UI yet, skipped (${reason})`);
    return false;
  }
}

/** Ticks every box `boxes` finds (the reveal choices of one card). */
async function tickAll(boxes: Locator): Promise<void> {
  const count = await boxes.count();
  for (let i = 0; i < count; i += 1) await boxes.nth(i).check({ timeout: 2_000 });
  console.info(`  - tick: ${count} reveal choices ticked`);
}

/** Light and dark screenshots of the panel page; returns their paths. */
async function shoot(panel: Page, outDir: string, name: string): Promise<string[]> {
  const files: string[] = [];
  for (const colorScheme of ['light', 'dark'] as const) {
    await panel.emulateMedia({ colorScheme });
    await panel.waitForTimeout(200);
    const file = path.join(outDir, `${name}-${colorScheme}.png`);
    await panel.screenshot({ path: file });
    files.push(file);
  }
  await panel.emulateMedia({ colorScheme: 'light' });
  return files;
}

/** Polls the worker for findings of the tab at `url` for up to `ms`. */
async function tabWithFindings(worker: Worker, url: string, ms: number): Promise<number | null> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    const found = await findingsFor(worker, url);
    if (found) return found.tabId;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return null;
}

/** Opens `url` in a tab and clicks the toolbar button there (once more if nothing came). */
async function visit(deps: TourDeps, url: string, subject?: string): Promise<number> {
  const page = await deps.context.newPage();
  await page.goto(url);
  if (subject) await waitForSubject(deps.worker, subject);
  for (let attempt = 0; attempt < 2; attempt += 1) {
    await clickToolbarButton(deps.context, page, deps.extensionId);
    const tabId = await tabWithFindings(deps.worker, url, 5_000);
    if (tabId !== null) return tabId;
  }
  const all = Object.values(await storedFindings(deps.worker)).map((e) => e.url);
  throw new Error(`no findings for ${url} (findings for: ${all.join(', ') || 'no page'})`);
}

async function panelFor(deps: TourDeps, tabId: number): Promise<Page> {
  const panel = await deps.context.newPage();
  await panel.setViewportSize(PANEL_SIZE);
  await panel.goto(`chrome-extension://${deps.extensionId}/sidepanel.html?tabId=${tabId}`);
  await panel.getByRole('heading').first().waitFor({ timeout: 5_000 });
  return panel;
}

/** When the UI did not reveal anyone, reveal the featured person through the real messages. */
async function ensureRevealed(panel: Page): Promise<void> {
  const history = await valueFromPage(panel, 'getHistory', {});
  if (history.total > 0) return;
  console.info('  - the UI revealed no one: revealing through the look-up messages instead');
  const cost = revealCost(await previewPerson(panel, FEATURED.linkedinUrl));
  const reply = await valueFromPage(panel, 'enrich', {
    requestId: crypto.randomUUID(),
    kind: 'person',
    ids: [FEATURED.id],
    reveal: ['emails', 'phones'],
    expectedCredits: cost,
  });
  if (!reply.ok) throw new Error(`enrich failed: ${reply.error.message}`);
  await panel.reload();
}

/** Waits until no card says "Looking up…" (or for `ms` at most). */
async function settled(panel: Page, ms = 5_000): Promise<void> {
  await panel.waitForTimeout(500);
  await panel
    .getByText('Looking up…')
    .first()
    .waitFor({ state: 'hidden', timeout: ms })
    .catch(() => undefined);
}

/** The profile: findings, the subject's preview, ticks, the confirmed reveal, history. */
async function profileSteps(deps: TourDeps, shots: string[]): Promise<void> {
  console.info(`Tour: ${DEMO_URLS.profile}`);
  const profileTab = await visit(deps, DEMO_URLS.profile, FEATURED.linkedinUrl);
  const realPanel = (await targets(deps.context)).some((t) => t.url.includes('/sidepanel.html'));
  console.info(`  - toolbar click: side panel ${realPanel ? 'opened' : 'not seen'}`);
  const panel = await panelFor(deps, profileTab);
  shots.push(...(await shoot(panel, deps.outDir, '1-findings')));

  // The page's subject comes first; its card has its own "Preview <name>" button.
  await tryClick('preview', panel.getByRole('button', { name: /^Preview (?!\d)/ }));
  await settled(panel);
  shots.push(...(await shoot(panel, deps.outDir, '2-preview')));

  await tickAll(panel.getByRole('article').first().getByRole('checkbox'));
  shots.push(...(await shoot(panel, deps.outDir, '3-ticked')));
  await tryClick(
    'confirm and reveal',
    panel.getByRole('region', { name: 'Confirm reveal' }).getByRole('button', { name: /reveal/i }),
  );
  await panel
    .getByRole('region', { name: 'Reveal result' })
    .waitFor({ timeout: 5_000 })
    .catch(() => undefined);
  await ensureRevealed(panel);
  await settled(panel);
  shots.push(...(await shoot(panel, deps.outDir, '4-revealed')));

  await tryClick(
    'history',
    panel.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'History' }),
  );
  await settled(panel);
  shots.push(...(await shoot(panel, deps.outDir, '5-history')));
}

/** Another page: toolbar click, "Preview all" in its panel, a screenshot named `name`. */
async function previewAllSteps(deps: TourDeps, url: string, name: string): Promise<string[]> {
  console.info(`Tour: ${url}`);
  const panel = await panelFor(deps, await visit(deps, url));
  await tryClick('preview all', panel.getByRole('button', { name: /^Preview \d/ }));
  await settled(panel);
  return shoot(panel, deps.outDir, name);
}

/** Runs the tour; returns the screenshot files. */
export async function runTour(deps: TourDeps): Promise<string[]> {
  mkdirSync(deps.outDir, { recursive: true });
  const shots: string[] = [];
  await profileSteps(deps, shots);
  shots.push(...(await previewAllSteps(deps, DEMO_URLS.companySite, '6-company-site')));
  shots.push(...(await previewAllSteps(deps, DEMO_URLS.list, '7-list')));
  shots.push(...(await workspaceSteps(deps)));
  return shots;
}
