/**
 * Money safety, end to end in real Chromium against the sandbox over HTTP: a worker stopped
 * after Lusha billed a reveal, two panels racing a cap, answers cut off after billing.
 */
import type { Route } from '@playwright/test';
import { SHOWCASE } from '@/lib/sandbox';
import { PanelPage } from './support/panel';
import { test, expect, sendFromPage, valueFromPage } from './support/sandbox';
import { openShowcaseProfile, previewPerson, revealCost, waitForSubject } from './support/showcase-pages';
import { restartedWorker, startedAt, stopServiceWorker } from './support/worker';

const maya = SHOWCASE.contacts[0]!;
const theo = SHOWCASE.contacts[1]!;
const mayaName = `${maya.firstName} ${maya.lastName}`;

declare const chrome: { storage: { local: { set(items: object): Promise<void> } } };

test('the worker stopped after Lusha billed a reveal: the panel shows the finished result, billed once', async ({
  context,
  extensionId,
  serviceWorker,
  sandbox,
  extensionPage,
}) => {
  void extensionPage;
  await openShowcaseProfile(context, maya);
  const tabId = await waitForSubject(serviceWorker, maya.linkedinUrl);
  const panel = await PanelPage.open(context, extensionId, tabId);
  await panel.page.getByRole('button', { name: new RegExp(`^Preview ${mayaName}$`) }).click();
  await panel.tick(mayaName, 'Emails');
  await panel.tick(mayaName, 'Phones');
  const cost = revealCost(await previewPerson(panel.page, maya.linkedinUrl, false));
  const balance = (await sandbox.state()).credits.remaining;

  // Lusha answers the first enrich (and bills it), but the answer is held until the worker is gone.
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  let billed = 0;
  await context.route('https://api.lusha.com/v3/contacts/enrich', async (route: Route) => {
    const response = await route.fetch({ url: `${sandbox.server.url}/v3/contacts/enrich` });
    if (billed++ === 0) {
      await held;
      await route.abort('connectionreset').catch(() => undefined);
    } else await route.fulfill({ response });
  });
  const before = await startedAt(serviceWorker);
  await panel.confirmBar.getByRole('button', { name: /^Reveal for/ }).click();
  await expect.poll(() => billed).toBe(1);
  await expect.poll(async () => (await sandbox.state()).credits.remaining).toBe(balance - cost);
  await stopServiceWorker(context, extensionId);
  release();

  // The panel asks again with the same request id; the new worker finishes the journaled reveal.
  await expect(panel.result).toContainText(`Revealed 1 · ${cost} credits charged`, { timeout: 20_000 });
  await expect(panel.page.getByText(/nothing was charged/i)).toHaveCount(0);
  await expect(panel.card(mayaName)).toContainText(maya.email!);
  expect(await startedAt(await restartedWorker(context, before))).not.toBe(before);
  expect((await sandbox.state()).credits.remaining).toBe(balance - cost);
  const history = await valueFromPage(panel.page, 'getHistory', {});
  expect(history.entries.map((e) => e.id)).toEqual([maya.id]);
  const spend = await valueFromPage(panel.page, 'getSpend', {});
  expect(spend.today - 1).toBe(cost); // one search, then the reveal, counted once
});

test('two panels revealing at once cannot both pass a daily cap that fits one', async ({
  context,
  extensionId,
  serviceWorker,
  sandbox,
  extensionPage,
}) => {
  await previewPerson(extensionPage, maya.linkedinUrl);
  await previewPerson(extensionPage, theo.linkedinUrl);
  const spent = (await valueFromPage(extensionPage, 'getSpend', {})).today;
  await serviceWorker.evaluate(
    (daily) => chrome.storage.local.set({ settings: { caps: { daily, monthly: null } } }),
    spent + 1,
  );
  const second = await context.newPage();
  await second.goto(`chrome-extension://${extensionId}/sidepanel.html`);
  const balance = (await sandbox.state()).credits.remaining;
  const reveal = (id: string, requestId: string) => ({
    requestId,
    kind: 'person' as const,
    ids: [id],
    reveal: ['emails' as const],
    expectedCredits: 1,
  });
  const [a, b] = await Promise.all([
    sendFromPage(extensionPage, 'enrich', reveal(maya.id, 'race-0000-a')),
    sendFromPage(second, 'enrich', reveal(theo.id, 'race-0000-b')),
  ]);
  const outcomes = [a, b].map((r) => (r.ok ? (r.value.ok ? 'revealed' : r.value.error.kind) : r.error));
  expect(outcomes.sort()).toEqual(['capExceeded', 'revealed']);
  expect(balance - (await sandbox.state()).credits.remaining).toBe(1);

  // The confirm bar says so before the click, and cannot be clicked.
  const tabPage = await openShowcaseProfile(context, theo);
  void tabPage;
  const tabId = await waitForSubject(serviceWorker, theo.linkedinUrl);
  const panel = await PanelPage.open(context, extensionId, tabId);
  await expect(panel.card(`${theo.firstName} ${theo.lastName}`)).toContainText(/Emails/);
  await panel.tick(`${theo.firstName} ${theo.lastName}`, 'Phones');
  await expect(panel.confirmBar).toContainText(/daily cap is \d+ credits and 0 are left/);
  await expect(panel.confirmBar.getByRole('button', { name: /^Reveal for/ })).toBeDisabled();
  await panel.screenshot('confirm-cap-reached');
});

test('answers cut off after billing: a search is not sent again, a reveal is charged once', async ({
  context,
  extensionId,
  serviceWorker,
  sandbox,
  extensionPage,
}) => {
  await valueFromPage(extensionPage, 'getAccount', { refresh: true });
  await sandbox.fault({ kind: 'truncate', path: '/v3/contacts/search' });
  const balance = (await sandbox.state()).credits.remaining;
  const lost = await previewPerson(extensionPage, maya.linkedinUrl);
  expect(lost).toMatchObject({ status: 'failed', error: { kind: 'chargedNoAnswer', charged: 1 } });
  expect(sandbox.calls.filter((c) => c.endsWith('/contacts/search'))).toHaveLength(1);
  expect(balance - (await sandbox.state()).credits.remaining).toBe(1);
  expect((await valueFromPage(extensionPage, 'getSpend', {})).today).toBe(1);

  const preview = await previewPerson(extensionPage, maya.linkedinUrl);
  const cost = revealCost(preview);
  await sandbox.fault({ kind: 'truncate', path: '/v3/contacts/enrich' });
  const before = (await sandbox.state()).credits.remaining;
  const reply = await valueFromPage(extensionPage, 'enrich', {
    requestId: 'cut-off-0001',
    kind: 'person',
    ids: [maya.id],
    reveal: ['emails', 'phones'],
    expectedCredits: cost,
  });
  expect(reply).toMatchObject({ ok: true, value: { creditsCharged: cost, recovered: true } });
  expect(before - (await sandbox.state()).credits.remaining).toBe(cost);
  expect((await valueFromPage(extensionPage, 'getSpend', {})).today).toBe(2 + cost);
  void context;
  void extensionId;
  void serviceWorker;
});
