/**
 * What the LinkedIn script reports, end to end: names as pages show them, Sales Navigator
 * leads with their company, the rep's own profile left out, and pages too large for the limits.
 */
import { test, expect } from './support/extension';
import { badgeOf } from './support/findings';
import { members, resultCard, searchPage } from './support/linkedin-pages';
import { ORIGIN, serveLinkedIn, waitForFindings } from './support/linkedin-site';
import { LEADS, leadPage } from '../support/sales-navigator-pages';

const SEARCH = '/search/results/people/';

test('search results: every person named as the page shows them, the rep’s own profile left out', async ({
  context,
  serviceWorker,
}) => {
  const people = members(10, 300);
  const rep = { slug: 'rhea-seller-7f2', name: 'Rhea Seller', headline: 'Account Executive' };
  await serveLinkedIn(context, {
    [SEARCH]: searchPage(people, rep.slug).replace('</ul>', `${resultCard(rep)}</ul>`),
  });
  const page = await context.newPage();
  await page.goto(`${ORIGIN}${SEARCH}?keywords=procurement`);

  const found = await waitForFindings(serviceWorker, `${ORIGIN}${SEARCH}`, (p) => p.length === 10);
  const { findings } = found.entry;
  expect(findings.profiles).toEqual(people.map((m) => `${ORIGIN}/in/${m.slug}`));
  expect(findings.profiles).not.toContain(`${ORIGIN}/in/${rep.slug}`);
  for (const m of people) expect(findings.hints[`${ORIGIN}/in/${m.slug}`]?.name).toBe(m.name);
  await expect.poll(() => badgeOf(serviceWorker, found.tabId)).toBe('10');
});

test('a Sales Navigator lead page: the lead’s name, current company and public profile', async ({
  context,
  serviceWorker,
}) => {
  const [amelie, tariq, ana] = LEADS as [(typeof LEADS)[0], (typeof LEADS)[0], (typeof LEADS)[0]];
  const path = `/sales/lead/${amelie.id},NAME_SEARCH,x9Zq`;
  await serveLinkedIn(context, { [path]: leadPage(amelie, [tariq, ana], 'amelie-rousseau-81d') });
  const page = await context.newPage();
  await page.goto(`${ORIGIN}${path}?_ntb=abc`);

  const lead = `${ORIGIN}/sales/lead/${amelie.id}`;
  const found = await waitForFindings(
    serviceWorker,
    `${ORIGIN}/sales/lead/`,
    (_p, f) => f.entry.findings.hints[lead]?.companyName !== undefined,
  );
  const { findings } = found.entry;
  expect(findings.subject).toEqual({ kind: 'salesLead', url: lead });
  expect(findings.hints[lead]).toEqual({
    name: 'Amélie Rousseau',
    companyName: 'Maison Verte SAS',
    companyUrl: `${ORIGIN}/sales/company/3005`,
    profileUrl: `${ORIGIN}/in/amelie-rousseau-81d`,
  });
  expect(findings.salesLeads).toEqual([tariq, ana].map((l) => `${ORIGIN}/sales/lead/${l.id}`));
  expect(findings.hints[`${ORIGIN}/sales/lead/${ana.id}`]).toMatchObject({
    name: 'Ana de la Cruz',
    companyName: 'Umbrella Test Logistics',
  });
  // The lead, the two in "People also viewed", and the lead's public profile (the same person).
  await expect.poll(() => badgeOf(serviceWorker, found.tabId)).toBe('4');
});

test('a page with 2,001 people still reports: the first 2,000, marked cut, and the badge shows', async ({
  context,
  serviceWorker,
}) => {
  const people = members(2_001, 5_000);
  await serveLinkedIn(context, { [SEARCH]: searchPage(people) });
  const page = await context.newPage();
  await page.goto(`${ORIGIN}${SEARCH}?keywords=everyone`);

  const found = await waitForFindings(serviceWorker, `${ORIGIN}${SEARCH}`, (p) => p.length > 0);
  expect(found.entry.findings.profiles).toHaveLength(2_000);
  expect(found.entry.findings.profiles[0]).toBe(`${ORIGIN}/in/${people[0]!.slug}`);
  expect(found.entry.findings.truncated).toBe(true);
  await expect.poll(() => badgeOf(serviceWorker, found.tabId)).toBe('999+');
});
