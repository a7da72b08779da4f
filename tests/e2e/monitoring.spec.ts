/**
 * Monitoring end to end in Chromium against the sandbox over HTTP: a rep watches three revealed
 * people and a company from the side panel, refreshes their signals (the most it can cost shown
 * first, then what Lusha billed), opts in to the daily refresh and notifications, gets a
 * notification of a job change when the daily alarm fires, and previews the person at the new
 * company; then lists last month's hot visitors of a tracked domain and reveals two of them at
 * the quoted price; and reads the account section.
 */
import { PanelPage } from './support/panel';
import {
  callsReport,
  companyWith,
  DAY_MS,
  expect,
  fireDailyAlarm,
  MonitoringPageObject,
  moveClock,
  movers,
  recordedNotifications,
  recordNotifications,
  test,
} from './support/monitoring';
import { valueFromPage } from './support/sandbox';

const DEFAULT_COMPANY_TYPES = [
  'headcountIncrease3m',
  'headcountDecrease3m',
  'surgeInHiring',
  'financialEventsNews',
];

test('watch, refresh at the quoted price, a job change notified by the daily alarm, preview at the new company', async ({
  context,
  extensionId,
  serviceWorker,
  sandbox,
  extensionPage,
}) => {
  test.setTimeout(150_000);
  const dataset = sandbox.server.sandbox.dataset;
  const people = movers(dataset, 5, 20).slice(0, 3);
  const company = companyWith(dataset, DEFAULT_COMPANY_TYPES, 40, 150);
  expect(people).toHaveLength(3);
  const [first] = people;
  const move = first!.signals.find((s) => s.type === 'companyChange')!;
  const firstName = `${first!.firstName} ${first!.lastName}`;

  // A month ago, for Lusha too: these job changes have not happened yet.
  await moveClock(sandbox, -30 * DAY_MS);
  await valueFromPage(extensionPage, 'enrich', {
    requestId: 'reveal-people-0001',
    kind: 'person',
    ids: people.map((p) => p.id),
    reveal: ['emails'],
    expectedCredits: 3,
  });
  await valueFromPage(extensionPage, 'enrich', {
    requestId: 'reveal-company-0001',
    kind: 'company',
    ids: [company.id],
    reveal: [],
    expectedCredits: 1,
  });

  // Watched from the side panel's history cards.
  const panel = await PanelPage.open(context, extensionId);
  await panel.view('History').click();
  for (const name of [...people.map((p) => `${p.firstName} ${p.lastName}`), company.name]) {
    const card = panel.history.getByRole('article', { name });
    await card.getByRole('button', { name: `Watch ${name}` }).click();
    await expect(card.getByRole('button', { name: `Watching ${name}` })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
  }
  await panel.screenshot('monitoring-panel-watching');

  const mon = await MonitoringPageObject.open(context, extensionId);
  for (const p of people) await expect(mon.watched(`${p.firstName} ${p.lastName}`)).toBeVisible();
  await expect(mon.watched(company.name)).toBeVisible();
  // 3 people x 2 types x 1 result + 1 company x 4 types x 1 result, at 1 credit a signal.
  await expect(mon.quote).toHaveText('10 credits');
  await mon.screenshots('signals-quote');

  const before = await sandbox.state();
  await mon.refreshButton.click();
  await expect(mon.outcome).toContainText('Refreshed 3 people and 1 company');
  const charged = Number(/Lusha charged (\d+) credit/.exec((await mon.outcome.textContent())!)![1]);
  const calls = await callsReport(sandbox);
  expect(calls.getContactSignals!.creditsCharged + calls.getCompanySignals!.creditsCharged).toBe(
    charged,
  );
  expect((await sandbox.state()).credits.used - before.credits.used).toBe(charged);
  await expect(mon.outcome).toContainText('(at most 10 credits quoted)');
  await expect(mon.watched(company.name).getByRole('listitem').first()).toBeVisible();
  await mon.screenshots('signals-refreshed');

  // Opt in: a daily refresh within 50 credits, and notifications.
  await mon.page.getByRole('checkbox', { name: /Refresh the watchlist once a day/ }).check();
  await mon.page.getByRole('checkbox', { name: /Notify me when a watched person/ }).check();
  await expect(mon.page.getByTestId('daily-next')).toBeVisible();

  // A month later the job changes are news; the daily alarm fires.
  await moveClock(sandbox, 30 * DAY_MS);
  await recordNotifications(serviceWorker);
  await fireDailyAlarm(serviceWorker, 'signals-daily-refresh');
  await expect
    .poll(async () => (await recordedNotifications(serviceWorker)).length, { timeout: 20_000 })
    .toBe(3);
  const notes = await recordedNotifications(serviceWorker);
  const note = notes.find(([id]) => id === `pl-signal|person:${first!.id}`);
  expect(note?.[1]).toMatchObject({
    type: 'basic',
    title: `${firstName} changed company`,
    message: expect.stringContaining(
      `Now at ${String(move.data.newCompany)}, before at ${String(move.data.previousCompany)}`,
    ),
  });
  await mon.page.reload();
  await expect(mon.page.getByTestId('daily-last')).toContainText('Refreshed 4 of 4 watched');
  await mon.screenshots('signals-daily');

  // The notification opens the person: new company, and a one-click preview there.
  const focus = await MonitoringPageObject.open(
    context,
    extensionId,
    `signals/${encodeURIComponent(`person:${first!.id}`)}`,
  );
  const card = focus.page.getByTestId('person-focus');
  await expect(card).toContainText(
    `${String(move.data.previousCompany)} → ${String(move.data.newCompany)}`,
  );
  const searchesBefore = (await callsReport(sandbox)).searchContacts?.calls ?? 0;
  await card
    .getByRole('button', { name: `Preview at ${String(move.data.newCompany)} · 1 credit` })
    .click();
  const preview = card.getByTestId('focus-preview');
  await expect(preview).toContainText(`at ${String(move.data.newCompany)}`);
  await expect(preview).toContainText(first!.jobTitle!.title);
  await expect(preview.getByRole('button', { name: 'Tick what to reveal' })).toBeDisabled();
  expect((await callsReport(sandbox)).searchContacts?.calls).toBe(searchesBefore + 1);
  expect((await callsReport(sandbox)).enrichContacts?.calls).toBe(1);
  await focus.screenshots('person-focus');

  // Side panel cards say it in one line.
  await panel.page.reload();
  await panel.view('History').click();
  await expect(panel.history.getByRole('article', { name: firstName })).toContainText(
    /Changed company \d+ days ago/,
  );
  await panel.screenshot('monitoring-panel-signal-note');
  await panel.history
    .getByRole('article', { name: firstName })
    .screenshot({ path: 'tmp/screenshots/monitoring-panel-signal-note-card.png' });
});

test('last month’s hot visitors of a tracked domain, two revealed at the quoted price; the account in words', async ({
  context,
  extensionId,
  sandbox,
  extensionPage,
}) => {
  test.setTimeout(120_000);
  void extensionPage;
  const mon = await MonitoringPageObject.open(context, extensionId, 'visits');
  await mon.page.getByLabel(/Your site domains/).fill('https://www.acme-analytics.com/pricing');
  await mon.page.getByRole('button', { name: 'Save domains' }).click();
  await expect(mon.page.getByRole('region', { name: 'Tracked domains' })).toContainText(
    'acme-analytics.com',
  );

  // More than 3 months is refused before Lusha is asked.
  await mon.page.getByLabel('From', { exact: true }).fill('2026-01-01');
  await mon.page.getByLabel('To', { exact: true }).fill('2026-06-01');
  await expect(mon.page.getByRole('alert')).toContainText('at most 3 months');
  await mon.page.getByLabel('Window', { exact: true }).selectOption({ label: 'Last month' });
  await expect(mon.page.getByRole('alert')).toHaveCount(0);

  await mon.page.getByRole('checkbox', { name: 'hot' }).check();
  await mon.page.getByRole('button', { name: 'Show visiting companies' }).click();
  const table = mon.page.getByRole('region', { name: 'Visiting companies' });
  const rows = table.getByRole('row');
  await expect(rows.nth(1)).toBeVisible();
  const bands = await table.locator('tbody .band').allTextContents();
  expect(bands.length).toBeGreaterThan(1);
  expect(new Set(bands)).toEqual(new Set(['hot']));
  await expect(table).toContainText(/\d+ compan(y|ies) visited acme-analytics\.com/);
  await mon.screenshots('visits-hot');

  const picks = table.locator('tbody').getByRole('checkbox');
  await picks.nth(0).check();
  await picks.nth(1).check();
  await expect(mon.page.getByText('2 selected')).toBeVisible();
  const bar = mon.page.getByRole('region', { name: 'Reveal selected companies' });
  const quoted = Number(
    /(\d+) credit/.exec((await bar.getByTestId('visits-quote').textContent())!)![1],
  );
  expect(quoted).toBeGreaterThan(0);
  await mon.screenshots('visits-selected');
  const before = await sandbox.state();
  await bar
    .getByRole('button', {
      name: `Reveal 2 companies for ${quoted} ${quoted === 1 ? 'credit' : 'credits'}`,
    })
    .click();
  const result = mon.page.getByTestId('visits-reveal-result');
  await expect(result).toContainText(
    `Revealed 2 companies: Lusha charged ${quoted} ${quoted === 1 ? 'credit' : 'credits'} (quoted ${quoted}`,
  );
  expect((await sandbox.state()).credits.used - before.credits.used).toBe(quoted);
  expect((await callsReport(sandbox)).enrichCompanies).toMatchObject({
    calls: 1,
    creditsCharged: quoted,
  });
  await expect(table.getByText('Revealed')).toHaveCount(2);
  await mon.screenshots('visits-revealed');

  await mon.tab('Account').click();
  const state = await sandbox.state();
  await expect(mon.page.getByTestId('credits-left')).toHaveText(
    state.credits.remaining.toLocaleString('en-US'),
  );
  await expect(
    mon.page.getByRole('row', { name: /Email\s+1 credit per email revealed/ }),
  ).toBeVisible();
  await expect(
    mon.page.getByRole('row', { name: /Search .*1 credit per 25 results/ }),
  ).toBeVisible();
  await expect(mon.page.getByRole('row', { name: /Requests a minute/ })).toBeVisible();
  await mon.screenshots('account');
  // The header's credits are the same as the section's (one account on the page).
  await expect(mon.page.getByRole('region', { name: 'Account' }).first()).toContainText(
    `${state.credits.remaining.toLocaleString('en-US')} credits left`,
  );

  // A visiting company's people: a prospecting search prefilled with it.
  await mon.tab('Website visits').click();
  const visitor = table.getByRole('row').nth(1);
  const company = (await visitor
    .getByRole('button', { name: /^People at this company/ })
    .textContent())!.match(/\((.+)\)/)![1]!;
  await visitor.getByRole('button', { name: /^People at this company/ }).click();
  await expect(mon.tab('Prospecting')).toHaveAttribute('aria-selected', 'true');
  await expect(mon.page.getByRole('group', { name: 'Chosen filters' })).toContainText(company);
});
