/**
 * The panel on the pages reps live on (issue 8's "Done when"), against the sandbox over HTTP:
 * a LinkedIn people search with 25 people, a Sales Navigator lead page and a company team page.
 */
import type { BrowserContext, Page } from '@playwright/test';
import { createSandbox, SHOWCASE } from '@/lib/sandbox';
import { leadPage, type Lead } from '../support/sales-navigator-pages';
import { searchPage, type Member } from './support/linkedin-pages';
import { PanelPage } from './support/panel';
import { test, expect, valueFromPage } from './support/sandbox';
import { findingsFor } from './support/findings';
import type { Worker } from '@playwright/test';

/** 25 people of the sandbox's dataset with emails and phones, as LinkedIn members. */
const dataset = createSandbox().dataset;
const companyName = (id: string) => dataset.companies.find((c) => c.id === id)?.name ?? '';
const people = dataset.contacts
  .filter((c) => c.linkedinUrl && c.emails.length && c.phones.length && !c.complianceRestricted)
  .slice(10, 35);
const asMember = (c: (typeof people)[number]): Member => ({
  slug: c.linkedinUrl!.split('/in/')[1]!,
  name: `${c.firstName} ${c.lastName}`,
  headline: c.jobTitle?.title ?? 'Member',
});

async function serve(context: BrowserContext, url: string, html: string): Promise<Page> {
  await context.route(url, (route) =>
    route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }),
  );
  const page = await context.newPage();
  await page.goto(url);
  return page;
}

async function tabOf(worker: Worker, url: string): Promise<number> {
  await expect
    .poll(async () => (await findingsFor(worker, url))?.tabId, { timeout: 10_000 })
    .toBeDefined();
  return (await findingsFor(worker, url))!.tabId;
}

const operations = async (sandbox: { server: { url: string } }) =>
  (
    (await (await fetch(`${sandbox.server.url}/__sandbox/calls?key=sandbox-key`)).json()) as {
      operations: Record<string, { calls: number; creditsCharged: number }>;
    }
  ).operations;

test('a people search with 25: names as shown, one search, 7+ a screen, every email in one action, then a phone', async ({
  context,
  extensionId,
  serviceWorker,
  sandbox,
  extensionPage,
}) => {
  test.setTimeout(120_000);
  const url = 'https://www.linkedin.com/search/results/people/?keywords=buyers';
  await serve(context, url, searchPage(people.map(asMember)));
  const panel = await PanelPage.open(context, extensionId, await tabOf(serviceWorker, url));
  await panel.page.setViewportSize({ width: 360, height: 800 });

  // Names as the page shows them, before any preview (no slugs, no id suffixes).
  const first = people[0]!;
  await expect(panel.card(`${first.firstName} ${first.lastName}`)).toBeVisible();
  await expect(panel.page.getByRole('article')).toHaveCount(26); // 25 people and the company
  await panel.screenshot('search-25-before');

  // Everyone previewed with one search per kind, the quote equal to the charge.
  const quote = Number((await panel.previewAll.innerText()).match(/up to (\d+) credit/)![1]);
  const before = (await sandbox.state()).credits.remaining;
  await panel.previewAll.click();
  await expect(panel.page.getByText('Looking up…')).toHaveCount(0, { timeout: 20_000 });
  expect((await operations(sandbox)).searchContacts?.calls).toBe(1);
  expect(before - (await sandbox.state()).credits.remaining).toBeLessThanOrEqual(quote);

  // At least 7 people a screen: the pitch of person cards at 360 x 800.
  const tops = await panel.page
    .getByRole('region', { name: 'Found on this page' })
    .getByRole('article')
    .evaluateAll((cards) => cards.map((c) => c.getBoundingClientRect().top));
  const pitch = (tops[8]! - tops[1]!) / 7;
  expect(pitch, `card pitch ${pitch.toFixed(0)} px`).toBeLessThanOrEqual(800 / 7);
  await panel.screenshot('search-25-previewed');
  await panel.page.emulateMedia({ colorScheme: 'dark' });
  await panel.screenshot('search-25-previewed-dark');
  await panel.page.emulateMedia({ colorScheme: 'light' });

  // Every email in one action; the quote is what Lusha charges.
  await panel.page.getByRole('button', { name: /^Emails for all \d+/ }).click();
  const total = Number(
    (await panel.confirmBar.locator('strong').first().innerText()).replace(/\D/g, ''),
  );
  expect(total).toBeGreaterThanOrEqual(20);
  await panel.screenshot('search-25-emails-selected');
  const beforeReveal = (await sandbox.state()).credits.remaining;
  await panel.confirmBar.getByRole('button', { name: /^Reveal for/ }).click();
  await expect(panel.result).toContainText(`${total} credits charged`, { timeout: 30_000 });
  expect(beforeReveal - (await sandbox.state()).credits.remaining).toBe(total);

  // After the email-only reveal, a phone is still offered at its cost, and reveals.
  const card = panel.card(`${first.firstName} ${first.lastName}`);
  await expect(card).toContainText(first.emails[0]!.email);
  const phone = card.getByRole('checkbox', { name: /^Phones/ });
  await expect(phone).toBeVisible();
  await phone.check();
  const phoneCost = Number(
    (await panel.confirmBar.locator('strong').first().innerText()).replace(/\D/g, ''),
  );
  const beforePhone = (await sandbox.state()).credits.remaining;
  await panel.confirmBar.getByRole('button', { name: /^Reveal for/ }).click();
  await expect(panel.result).toContainText(`${phoneCost} credits charged`);
  expect(beforePhone - (await sandbox.state()).credits.remaining).toBe(phoneCost);
  await expect(card.getByRole('link', { name: /^\+/ }).first()).toHaveAttribute('href', /^tel:\+/);
  await panel.screenshot('search-25-phone-revealed');
  void extensionPage;
});

test('a Sales Navigator lead is looked up by name and company, as the page shows them', async ({
  context,
  extensionId,
  serviceWorker,
  extensionPage,
}) => {
  const person = people[3]!;
  const lead: Lead = {
    id: 'ACwAAAZ9LeadPage1',
    name: `${person.firstName} ${person.lastName}`,
    title: person.jobTitle?.title ?? 'Buyer',
    company: { id: '7001', name: companyName(person.companyId) },
  };
  const url = `https://www.linkedin.com/sales/lead/${lead.id},NAME_SEARCH,x9Zq`;
  await serve(context, url, leadPage(lead));
  const panel = await PanelPage.open(
    context,
    extensionId,
    await tabOf(serviceWorker, 'https://www.linkedin.com/sales/lead/'),
  );
  const card = panel.card(lead.name);
  await expect(card).toBeVisible();
  await card.getByRole('button', { name: /^Preview/ }).click();
  await expect(card).toContainText(lead.title, { timeout: 15_000 });
  const preview = await valueFromPage(extensionPage, 'previewTargets', {
    targets: [
      {
        kind: 'person',
        by: 'name',
        firstName: person.firstName,
        lastName: person.lastName,
        companyName: companyName(person.companyId),
      },
    ],
    search: false,
  });
  expect(Object.values(preview.outcomes)[0]).toMatchObject({
    status: 'found',
    data: { id: person.id },
  });
  await panel.screenshot('sales-navigator-lead');
  await panel.page.emulateMedia({ colorScheme: 'dark' });
  await panel.screenshot('sales-navigator-lead-dark');
});

test('a company team page: one card per person found twice, role mailboxes apart', async ({
  context,
  extensionId,
  serviceWorker,
  sandbox,
}) => {
  const maya = SHOWCASE.contacts[0]!;
  const theo = SHOWCASE.contacts[1]!;
  const url = 'http://127.0.0.1:9/team';
  const html = `<!doctype html><html><head><title>Team | Quillfeather Labs</title></head><body>
    <h1>Our team</h1>
    <article><h2>${maya.firstName} ${maya.lastName}</h2><p>VP Sales</p>
      <a href="${maya.linkedinUrl}">LinkedIn</a> · <a href="mailto:${maya.email}">${maya.email}</a></article>
    <article><h2>${theo.firstName} ${theo.lastName}</h2><a href="${theo.linkedinUrl}">LinkedIn</a></article>
    <footer>Write to <a href="mailto:info@quillfeather.io">info@quillfeather.io</a> or
      <b>sales</b>@<b>quillfeather.io</b>, careers: jobs [at] quillfeather [dot] io</footer></body></html>`;
  await context.route(url, (route) =>
    route.fulfill({ status: 200, contentType: 'text/html', body: html }),
  );
  const page = await context.newPage();
  await page.goto(url);
  const { clickToolbarButton } = await import('./support/toolbar');
  await clickToolbarButton(context, page, extensionId);
  const panel = await PanelPage.open(context, extensionId, await tabOf(serviceWorker, url));
  await expect(panel.page.getByRole('region', { name: 'Company addresses' })).toContainText(
    'info@quillfeather.io',
  );
  await expect(panel.page.getByRole('region', { name: 'Company addresses' })).toContainText(
    'sales@quillfeather.io',
  );
  await expect(panel.page.getByRole('region', { name: 'Company addresses' })).toContainText(
    'jobs@quillfeather.io',
  );
  await panel.previewAll.click();
  await expect(panel.page.getByText('Looking up…')).toHaveCount(0, { timeout: 20_000 });
  // Maya was found by her LinkedIn link and by her email: one card once Lusha says so.
  await expect(
    panel.page.getByRole('article', { name: `${maya.firstName} ${maya.lastName}` }),
  ).toHaveCount(1);
  await panel.page.getByRole('button', { name: /^Emails for all/ }).click();
  await expect(panel.confirmBar).toContainText(/for 2 cards/);
  await panel.screenshot('company-team-page');
  await panel.page.emulateMedia({ colorScheme: 'dark' });
  await panel.screenshot('company-team-page-dark');
  void sandbox;
});
