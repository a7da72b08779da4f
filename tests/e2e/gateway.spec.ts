/**
 * The extension through a team gateway (lib/gateway, the Worker in workerd via Miniflare) in
 * front of the sandbox, all over real HTTP on 127.0.0.1: two reps' browsers look up the same
 * person and Lusha is searched once; a rep over budget is refused before Lusha is called.
 */
import { chromium, type BrowserContext, type Page, type Worker } from '@playwright/test';
import { mkdtemp, rm } from 'node:fs/promises';
import path from 'node:path';
import { startGateway, type GatewayServer } from '@/lib/gateway/node';
import { SHOWCASE } from '@/lib/sandbox';
import { startSandboxServer, type SandboxServer } from '@/lib/sandbox/node';
import { chromiumPath, extensionArgs } from '../support/chromium';
import { grantedBuild } from './support/all-sites-variant';
import { test, expect } from './support/extension';
import { PanelPage } from './support/panel';
import { valueFromPage } from './support/sandbox';
import { openShowcaseProfile, waitForSubject } from './support/showcase-pages';

// The rep's "Allow" for the gateway's address (headless cannot click the browser's prompt).
const build = grantedBuild('gateway', ['http://127.0.0.1/*']);
test.use({ extensionDir: build });

const maya = SHOWCASE.contacts[0]!;
let sandbox: SandboxServer;
let gateway: GatewayServer;
let stateDir: string;

test.beforeAll(async () => {
  sandbox = await startSandboxServer({ port: 0 });
  stateDir = await mkdtemp(path.resolve('tmp', 'gateway-e2e-'));
  gateway = await startGateway({
    upstream: sandbox.url,
    lushaKey: 'sandbox-key',
    adminToken: 'admin-token-for-the-e2e-test',
    persistDir: stateDir,
  });
});
test.afterAll(async () => {
  await gateway?.close();
  await sandbox?.close();
  await rm(stateDir, { recursive: true, force: true });
});

const searches = async () => {
  const report = (await (await fetch(`${sandbox.url}/__sandbox/calls?key=sandbox-key`)).json()) as {
    operations: Record<string, { calls: number }>;
  };
  return report.operations;
};

/** Connects this browser to the gateway as a rep, through the options page. */
async function connect(context: BrowserContext, extensionId: string, token: string): Promise<Page> {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await options.getByLabel('Gateway URL').fill(gateway.url);
  await options.getByLabel('Your rep token').fill(token);
  await options.getByRole('button', { name: 'Connect' }).click();
  return options;
}

async function previewMaya(context: BrowserContext, extensionId: string, worker: Worker) {
  await openShowcaseProfile(context, maya);
  const panel = await PanelPage.open(
    context,
    extensionId,
    await waitForSubject(worker, maya.linkedinUrl),
  );
  await panel.page.getByRole('button', { name: /^Preview Maya Lindqvist$/ }).click();
  await expect(panel.card('Maya Lindqvist')).toContainText('Vice President of Sales');
  return panel;
}

test('two reps through the team gateway: one Lusha search for both, budgets shown and enforced', async ({
  context,
  extensionId,
  serviceWorker,
}) => {
  test.setTimeout(180_000);
  const ada = await gateway.createRep('Ada', { dailyCredits: 10 });
  const bo = await gateway.createRep('Bo', { dailyCredits: 3 });

  const options = await connect(context, extensionId, ada.token);
  await expect(options.getByText('Connected as Ada · 10 of 10 credits left today')).toBeVisible();
  await options.screenshot({
    path: 'tmp/screenshots/options-gateway-connected.png',
    fullPage: true,
  });
  const adaPanel = await previewMaya(context, extensionId, serviceWorker);
  await expect(adaPanel.credits).toContainText('Team gateway · Ada · budget 9 of 10 left today');
  await adaPanel.screenshot('panel-gateway');
  expect((await searches()).searchContacts?.calls).toBe(1);

  // Bo, in a browser of his own, looks up the same person: the team cache answers, free.
  const dir = await mkdtemp(path.resolve('tmp', 'profile-bo-'));
  const boContext = await chromium.launchPersistentContext(dir, {
    executablePath: chromiumPath,
    headless: true,
    args: extensionArgs(build),
  });
  try {
    const boWorker =
      boContext.serviceWorkers()[0] ?? (await boContext.waitForEvent('serviceworker'));
    const boId = new URL(boWorker.url()).host;
    await expect(
      (await connect(boContext, boId, bo.token)).getByText(/Connected as Bo/),
    ).toBeVisible();
    const boPanel = await previewMaya(boContext, boId, boWorker);
    expect((await searches()).searchContacts?.calls).toBe(1);
    await expect(boPanel.credits).toContainText('budget 3 of 3 left today');

    // Revealing both (6 credits) passes Bo's budget of 3: the confirm bar says so before the
    // click, and the gateway refuses it, naming the budget, before Lusha is called.
    await boPanel.tick('Maya Lindqvist', 'Emails');
    await boPanel.tick('Maya Lindqvist', 'Phones');
    await expect(boPanel.confirmBar).toContainText('Your team budget has 3 credits left');
    await expect(boPanel.confirmBar.getByRole('button', { name: /^Reveal for/ })).toBeDisabled();
    await boPanel.screenshot('panel-gateway-over-budget');
    const refused = await valueFromPage(boPanel.page, 'enrich', {
      requestId: 'over-budget-0001',
      kind: 'person',
      ids: [maya.id],
      reveal: ['emails', 'phones'],
      expectedCredits: 6,
    });
    expect(refused).toMatchObject({
      ok: false,
      error: { status: 402, message: expect.any(String) },
    });
    expect(JSON.stringify(refused)).toMatch(/daily budget/i);
    expect((await searches()).enrichContacts?.calls ?? 0).toBe(0);
  } finally {
    await boContext.close();
    await rm(dir, { recursive: true, force: true });
  }
});
