import { readFile } from 'node:fs/promises';
import { HUBSPOT_HEADER } from '@/lib/workspace/export';
import { test, expect, SANDBOX_KEY } from './support/sandbox';
import { WorkspacePage } from './support/workspace';

/** Our CSV's cells (every cell quoted, CRLF lines, a BOM). */
const parseCsv = (text: string) =>
  text
    .replace(/^\uFEFF/, '')
    .trim()
    .split('\r\n')
    .map((line) => [...line.matchAll(/"((?:[^"]|"")*)"/g)].map((m) => m[1]!.replace(/""/g, '"')));

test('a rep prospects with listed filters, pays what each step said, finds lookalikes and exports for HubSpot', async ({
  context,
  extensionId,
  sandbox,
}) => {
  test.setTimeout(120_000);
  const bodies: Record<string, unknown[]> = {};
  await context.route('https://api.lusha.com/v3/contacts/**', async (route) => {
    const path = new URL(route.request().url()).pathname;
    (bodies[path] ??= []).push(route.request().postDataJSON());
    await route.fallback();
  });
  const used = async () => (await sandbox.state()).credits.used;
  const ws = await WorkspacePage.open(context, extensionId);
  const { page } = ws;

  // Filters by seniority and country, from the values the filter endpoints listed.
  await ws.pick('Seniority', 'dir', 'Director');
  await ws.pick('Country', 'united', 'United States');
  await expect(ws.chosen).toContainText('Director');
  expect(sandbox.calls).toContain('GET /v3/contacts/prospecting/filters/seniority');
  expect(sandbox.calls).toContain('GET /v3/contacts/prospecting/filters/countries');

  // The first page: its most on the button; then the total and the next page's cost.
  const start = await used();
  await ws.button('Search people · up to 2 credits').click();
  const total = page.getByText(/people match/);
  await expect(total).toBeVisible();
  const matched = WorkspacePage.number(await total.textContent());
  const [request] = bodies['/v3/contacts/prospecting'] as { filters: unknown }[];
  expect(request!.filters).toEqual({
    contacts: { include: { seniorityIds: [5], countries: ['US'] } },
  });
  // The count is Lusha's own: the sandbox answers the same filters with the same total.
  const direct = await fetch(`${sandbox.server.url}/v3/contacts/prospecting`, {
    method: 'POST',
    headers: { api_key: SANDBOX_KEY, 'content-type': 'application/json' },
    body: JSON.stringify({ pagination: { page: 0, size: 10 }, filters: request!.filters }),
  }).then((r) => r.json() as Promise<{ pagination: { total: number } }>);
  expect(matched).toBe(direct.pagination.total);
  expect(matched).toBeGreaterThan(100);
  const afterFirst = await used();
  expect(afterFirst - start).toBe(3); // 2 for the workspace's page, 1 for the direct check above

  const next = ws.button(/^Load next 50 · \d+ credits?$/);
  const nextCost = WorkspacePage.number((await next.textContent())!.split('·')[1]!);
  await next.click();
  await expect(page.getByText(/100 loaded/)).toBeVisible();
  expect((await used()) - afterFirst).toBe(nextCost);
  const calls = (await (
    await fetch(`${sandbox.server.url}/__sandbox/calls?key=${SANDBOX_KEY}`)
  ).json()) as {
    operations: Record<string, { calls: number; creditsCharged: number }>;
  };
  // The workspace's two pages, and the check above.
  expect(calls.operations.prospectingContacts).toMatchObject({
    calls: 3,
    creditsCharged: 2 + nextCost + 1,
  });
  await expect(page.getByText(`${2 + nextCost} credits spent on this search`)).toBeVisible();

  // Ten people selected (a click and a shift-click), their emails revealed at the quote.
  await ws.selectRange('Prospecting results', 0, 9);
  await expect(ws.selection).toContainText('10 selected');
  const reveal = ws.revealBar.getByRole('button', { name: /^Reveal \d+ for \d+ credits?$/ });
  const label = (await reveal.textContent())!;
  const quote = WorkspacePage.number(label.split(' for ')[1]!);
  expect(quote).toBeGreaterThan(0);
  const beforeReveal = await used();
  await reveal.click();
  await expect(ws.revealBar).toContainText(
    `${quote} ${quote === 1 ? 'credit' : 'credits'} charged`,
  );
  expect((await used()) - beforeReveal).toBe(quote);
  const emails = await ws.rows('Prospecting results').locator('td .value').allTextContents();
  expect(emails.filter((e) => e.includes('@')).length).toBe(quote);

  // Lookalikes of those ten; more without a repeat.
  await ws.selectRange('Prospecting results', 0, 9);
  await ws.selection.getByRole('button', { name: 'Find similar' }).click();
  await expect(ws.section('Lookalikes')).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByText('10 people as seeds')).toBeVisible();
  const beforeLook = await used();
  await ws.button('Find 25 similar · up to 25 credits').click();
  await expect(page.getByText(/^25 found/)).toBeVisible();
  await ws.button('More like these · up to 25 credits').click();
  await expect(page.getByText(/^50 found/)).toBeVisible();
  expect((await used()) - beforeLook).toBe(50);
  const sent = bodies['/v3/contacts/lookalike'] as {
    seeds: { ids: string[] };
    dedupeSessionId?: string;
  }[];
  expect(sent).toHaveLength(2);
  expect(sent[0]!.seeds.ids).toHaveLength(10);
  expect(sent[0]!.dedupeSessionId).toBeUndefined();
  expect(sent[1]!.dedupeSessionId).toMatch(/^[0-9a-f-]{36}$/);

  // Three lookalikes and the ten revealed people on a list, exported for HubSpot.
  await ws.selectRange('Lookalike results', 0, 2);
  await ws.selection.getByText('Add to list').click();
  await ws.selection.getByRole('textbox', { name: 'New list name' }).fill('Q3 directors');
  await ws.selection.getByRole('button', { name: 'Create and add' }).click();
  await expect(page.getByText('Added 3 to Q3 directors.')).toBeVisible();
  // Back in Prospecting, the ten are still selected.
  await ws.section('Prospecting').click();
  await expect(ws.selection).toContainText('10 selected');
  await ws.selection.getByText('Add to list').click();
  await ws.selection.getByRole('button', { name: /Q3 directors/ }).click();
  await expect(page.getByText('Added 10 to Q3 directors.')).toBeVisible();

  await ws.section('Lists').click();
  await page.getByRole('button', { name: /^Q3 directors \(13\)$/ }).click();
  await expect(ws.rows('List members')).toHaveCount(13);
  await page.getByText('Export list').click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'HubSpot import' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(
    /^prospect-lens-q3-directors-hubspot-\d{4}-\d{2}-\d{2}\.csv$/,
  );
  const [header, ...rows] = parseCsv(await readFile((await download.path())!, 'utf8'));
  expect(header).toEqual(HUBSPOT_HEADER);
  expect(rows).toHaveLength(13);
  const fileEmails = rows.map((r) => r[2]).filter(Boolean);
  expect(fileEmails.sort()).toEqual(emails.filter((e) => e.includes('@')).sort());
  expect(rows.every((r) => r[0] && r[1] && r[6])).toBe(true);

  // From the list, the revealed people are watched (the lookalikes, not revealed, are not).
  await ws.selection.getByRole('button', { name: 'All' }).click();
  await ws.selection.getByRole('button', { name: `Watch ${quote}` }).click();
  await expect(page.getByText(`Watching ${quote} in Signals.`)).toBeVisible();
  await ws.section('Signals').click();
  await expect(page.getByRole('heading', { name: `Watchlist ${quote} people` })).toBeVisible();
});
