/**
 * The results table at scale: a kept run of 2,000 people (seeded through the real run store, as
 * the bench does) opened in the workspace. Rows keep their elements as they scroll (slots.ts):
 * every row must still show its own person, its own selection, and the focused checkbox must
 * stay with the person it was focused on.
 */
import type { Page } from '@playwright/test';
import { harness } from '../bench/in-extension';
import { test, expect } from './support/extension';
import { WorkspacePage } from './support/workspace';

const N = 2000;
const TABLE = 'Prospecting results';

/** Each row on screen: its place in the table, its name, its checkbox's label and state. */
const shown = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('.ws-table tbody tr:not([aria-hidden])')].map((tr) => {
      const box = tr.querySelector('input')!;
      return {
        index: Number(tr.getAttribute('aria-rowindex')) - 2,
        name: tr.querySelector('[data-col="name"]')!.textContent,
        label: box.getAttribute('aria-label'),
        checked: box.checked,
        selected: tr.getAttribute('aria-selected') === 'true',
      };
    }),
  );

const scrollTo = async (page: Page, top: number) => {
  await page.locator('.ws-scroll').evaluate((box, y) => {
    box.scrollTop = y;
  }, top);
  // The rows are drawn in the scroll event; a frame later they are on screen.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r(null))));
};

/** The name row `i` of the seeded run has (tests/bench/workspace-harness.ts). */
const nameOf = async (page: Page, i: number) =>
  page.evaluate(
    (k) =>
      (
        globalThis as unknown as { WorkspaceBench: { row(i: number): { name: string } } }
      ).WorkspaceBench.row(k).name,
    i,
  );

test('a long table: every row shows its own person, selection and focus while it scrolls', async ({
  context,
  serviceWorker,
  extensionId,
}) => {
  test.setTimeout(90_000);
  await serviceWorker.evaluate(`chrome.storage.local.set({ settings: { demoMode: true } })`);
  const seeder = await context.newPage();
  await seeder.goto(`chrome-extension://${extensionId}/options.html`);
  await seeder.evaluate(await harness('workspace-harness.ts', 'WorkspaceBench'));
  await seeder.evaluate(`WorkspaceBench.seedRun(${N}, 'demo')`);
  const ws = await WorkspacePage.open(context, extensionId);
  const { page } = ws;
  await expect(page.getByText(`${N.toLocaleString('en-US')} rows`)).toBeVisible();

  // Rows show their own people, checkbox labels included, at the top, far down and at the end.
  for (const top of [0, 34 * 700 + 17, 34 * N]) {
    await scrollTo(page, top);
    const rows = await shown(page);
    expect(rows.length).toBeGreaterThan(10);
    for (const row of rows) {
      expect(row.name).toBe(await nameOf(seeder, row.index));
      expect(row.label).toBe(`Select ${row.name}`);
    }
  }
  expect((await shown(page)).at(-1)!.index).toBe(N - 1);

  // A selected row: its mark goes with it, and no other row inherits it.
  await scrollTo(page, 0);
  await ws.rows(TABLE).nth(1).getByRole('checkbox').click();
  await expect(ws.selection).toContainText('1 selected');
  const chosen = (await shown(page))[1]!;
  expect(chosen).toMatchObject({ checked: true, selected: true });
  for (const top of [34 * 3, 34 * 40]) {
    await scrollTo(page, top);
    for (const row of await shown(page)) {
      expect(row.checked).toBe(row.index === chosen.index);
      expect(row.selected).toBe(row.index === chosen.index);
    }
  }

  // Focus stays with a person: scrolled a few rows, the focused checkbox still selects them.
  await scrollTo(page, 0);
  const target = (await shown(page))[4]!;
  await ws.rows(TABLE).nth(4).getByRole('checkbox').focus();
  for (const top of [34 * 2, 34 * 3 + 10, 34]) {
    await scrollTo(page, top);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(
      target.label,
    );
  }
  await page.keyboard.press('Space');
  await expect(ws.selection).toContainText('2 selected');
  const after = await shown(page);
  expect(after.find((r) => r.index === target.index)).toMatchObject({ checked: true });
  // Scrolled far away: the focused row has left, and no one else's checkbox holds the focus.
  await scrollTo(page, 34 * 900);
  const focused = await page.evaluate(() => document.activeElement?.getAttribute('aria-label'));
  expect(focused === null || focused === undefined || focused === target.label).toBe(true);
  await page.keyboard.press('Space');
  await expect(ws.selection).toContainText('2 selected');
  // And back: the two chosen rows are still the two checked ones.
  await scrollTo(page, 0);
  const marked = (await shown(page)).filter((r) => r.checked).map((r) => r.index);
  expect(marked).toEqual([chosen.index, target.index].sort((a, b) => a - b));
});
