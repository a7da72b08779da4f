import { SHOWCASE } from '@/lib/sandbox';
import { PanelPage } from './support/panel';
import { test, expect } from './support/sandbox';
import { WorkspacePage } from './support/workspace';

const maya = SHOWCASE.contacts[0]!;
const theo = SHOWCASE.contacts[1]!;

test('side panel: one-step search and reveal at its quote, Add to list, and the Workspace button', async ({
  context,
  extensionId,
  sandbox,
}) => {
  const panel = await PanelPage.open(context, extensionId);
  const { page } = panel;
  await panel.view('Look up').click();
  await page.getByRole('radio', { name: 'Email' }).check();
  await page.getByLabel('Email address').fill(maya.email!);
  await page.getByRole('checkbox', { name: 'Search and reveal in one step' }).check();
  await expect(page.getByRole('button', { name: 'Preview', exact: true })).toHaveCount(0);
  const go = page.getByRole('button', { name: /^Search and reveal · up to \d+ credits$/ });
  const quote = Number(/up to (\d+)/.exec((await go.textContent())!)![1]);
  expect(quote).toBe(2); // the search (1) and an email (1), from the account's price list
  const before = (await sandbox.state()).credits.used;
  await go.click();
  const result = page.getByRole('region', { name: 'One-step result' });
  await expect(result).toContainText(maya.email!);
  const charged = (await sandbox.state()).credits.used - before;
  expect(charged).toBeLessThanOrEqual(quote);
  await expect(result).toContainText(`${charged} credits charged`);
  expect(sandbox.calls.filter((c) => c.endsWith('/v3/contacts/search-and-enrich'))).toHaveLength(1);

  await panel.view('History').click();
  const entry = panel.history.getByRole('article', { name: /Maya Lindqvist/ });
  await entry.getByText('Add to list').click();
  await entry.getByRole('textbox', { name: 'New list name' }).fill('From the panel');
  await entry.getByRole('button', { name: 'Create and add' }).click();
  await expect(entry.getByRole('status')).toHaveText('Added to From the panel.');
  await entry.getByText('Add to list').click();
  await entry.getByRole('button', { name: /From the panel \(1\)/ }).click();
  await expect(entry.getByRole('status')).toHaveText('Already on From the panel.');

  const [workspace] = await Promise.all([
    context.waitForEvent('page'),
    panel.page
      .getByRole('navigation', { name: 'Views' })
      .getByRole('button', { name: 'Workspace' })
      .click(),
  ]);
  await workspace.setViewportSize({ width: 1280, height: 800 });
  await expect(workspace).toHaveURL(/\/workspace\.html$/);
  await workspace.getByRole('tab', { name: 'Lists' }).click();
  await workspace.getByRole('button', { name: /^From the panel \(1\)$/ }).click();
  await expect(workspace.getByRole('table', { name: 'List members' })).toContainText(
    'Maya Lindqvist',
  );
  await expect(workspace.getByRole('table', { name: 'List members' })).toContainText(maya.email!);
});

test('workspace: people at a company, a saved search run again, and lookalikes need five seeds', async ({
  context,
  extensionId,
  sandbox,
}) => {
  void sandbox;
  const ws = await WorkspacePage.open(context, extensionId);
  const { page } = ws;
  await page.getByRole('radio', { name: 'Companies' }).check();
  await ws.pick('Company name', 'quill', 'Quillfeather Labs');
  await ws.button('Search companies · up to 2 credits').click();
  await expect(ws.rows('Prospecting results')).toHaveCount(1);
  await ws.button(/People here at Quillfeather Labs/).click();
  await expect(page.getByRole('radio', { name: 'People' })).toBeChecked();
  await expect(ws.chosen).toContainText('Quillfeather Labs');
  await ws.button('Search people · up to 2 credits').click();
  await expect(ws.table('Prospecting results')).toContainText(`${maya.firstName} ${maya.lastName}`);
  await expect(ws.table('Prospecting results')).toContainText(`${theo.firstName} ${theo.lastName}`);
  const people = await ws.rows('Prospecting results').count();
  expect(people).toBeGreaterThan(1);
  await expect(ws.table('Prospecting results')).not.toContainText('Brightmoor Logistics');

  // Saved, then run again from the list with its cost on the button.
  await page.getByRole('textbox', { name: 'Name these filters' }).fill('Quillfeather people');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByText('Saved as “Quillfeather people”.')).toBeVisible();
  await ws.chosen.getByRole('button', { name: 'Clear all' }).click();
  await page.getByRole('button', { name: /^Run Quillfeather people · up to 2 credits$/ }).click();
  await expect(ws.chosen).toContainText('Quillfeather Labs');
  await expect(ws.rows('Prospecting results')).toHaveCount(people);

  // Four seeds: the button says why it cannot run; nothing is sent.
  await ws.selectRange('Prospecting results', 0, 3);
  await ws.selection.getByRole('button', { name: 'Find similar' }).click();
  const find = ws.button(/^Find 25 similar/);
  await expect(find).toBeDisabled();
  await expect(find).toHaveAccessibleDescription(
    /at least 5 people to find lookalikes; 4 are picked/,
  );
  expect(sandbox.calls.some((c) => c.includes('/lookalike'))).toBe(false);
});
