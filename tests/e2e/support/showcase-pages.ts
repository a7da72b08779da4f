/**
 * LinkedIn pages of the sandbox's showcase people (SHOWCASE from lib/sandbox), served at their
 * real-looking URLs through `context.route`, and the look-up steps the tests repeat: wait for
 * the tab's findings, preview a person, add up what revealing costs.
 */
import type { BrowserContext, Page, Worker } from '@playwright/test';
import type { PreviewOutcome } from '@/lib/lookup';
import type { TargetInput } from '@/lib/messaging/lookup';
import { SHOWCASE, type ShowcaseContact } from '@/lib/sandbox';
import { findingsFor } from './findings';
import { profilePage, type Member } from './linkedin-pages';
import { valueFromPage } from './sandbox';

/** A showcase person as a LinkedIn member (slug, name, headline). */
export function asMember(person: ShowcaseContact): Member {
  return {
    slug: person.linkedinUrl.split('/in/')[1]!,
    name: `${person.firstName} ${person.lastName}`,
    headline: `${person.title ?? 'Member'} at ${person.companyName}`,
  };
}

/** The name of `person`'s company, as its LinkedIn link shows it. */
export function companyNameOf(person: ShowcaseContact): string {
  return SHOWCASE.companies.find((c) => c.id === person.companyId)!.name;
}

/** The LinkedIn company slug of a showcase person's company. */
export function companySlugOf(person: ShowcaseContact): string {
  const company = SHOWCASE.companies.find((c) => c.id === person.companyId)!;
  return company.linkedinUrl.split('/company/')[1]!;
}

/** Serves `person`'s profile (other showcase people "also viewed") and opens it in a new tab. */
export async function openShowcaseProfile(
  context: BrowserContext,
  person: ShowcaseContact,
): Promise<Page> {
  const others = SHOWCASE.contacts.filter(
    (c) => c.id !== person.id && c.companyId === person.companyId,
  );
  const html = profilePage(
    asMember(person),
    companySlugOf(person),
    others.map(asMember),
    companyNameOf(person),
  );
  await context.route(`${person.linkedinUrl}/**`, (route) =>
    route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }),
  );
  const page = await context.newPage();
  await page.goto(`${person.linkedinUrl}/`);
  return page;
}

/** Polls the worker until the tab at `url` has findings whose subject is that profile. */
export async function waitForSubject(worker: Worker, url: string): Promise<number> {
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    const found = await findingsFor(worker, url);
    const subject = found?.entry.findings.subject;
    if (found && subject && 'url' in subject && subject.url === url) return found.tabId;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`no findings with subject ${url}`);
}

/** The preview target of a LinkedIn profile URL. */
export const personTarget = (linkedinUrl: string): TargetInput => ({
  kind: 'person',
  by: 'linkedin',
  linkedinUrl,
});

/** Previews one person from an extension page; returns its outcome. */
export async function previewPerson(
  page: Page,
  linkedinUrl: string,
  search = true,
): Promise<PreviewOutcome | undefined> {
  const { keys, outcomes } = await valueFromPage(page, 'previewTargets', {
    targets: [personTarget(linkedinUrl)],
    search,
  });
  return outcomes[keys[0]!];
}

/** What revealing everything in a found preview costs, as the confirm bar adds it up. */
export function revealCost(outcome: PreviewOutcome | undefined): number {
  if (outcome?.status !== 'found' || outcome.kind !== 'person') {
    throw new Error(`no person preview: ${JSON.stringify(outcome)}`);
  }
  return (outcome.data.canReveal ?? []).reduce((sum, item) => sum + item.credits, 0);
}
