/** Serving LinkedIn pages from a test (`context.route`) and waiting for what the background stored. */
import type { BrowserContext, Worker } from '@playwright/test';
import { expect } from './extension';
import { findingsFor } from './findings';

export const ORIGIN = 'https://www.linkedin.com';

/**
 * Serves LinkedIn pages by path; anything else on linkedin.com is an empty 404. `head` is put
 * at the start of every page's `<head>` (a page's own script, run before anything else).
 */
export async function serveLinkedIn(
  context: BrowserContext,
  pages: Record<string, string>,
  head = '',
): Promise<void> {
  await context.route(`${ORIGIN}/**`, (route) => {
    const { pathname } = new URL(route.request().url());
    const body = pages[pathname]?.replace('<head>', `<head>${head}`);
    return body
      ? route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body })
      : route.fulfill({ status: 404, body: '' });
  });
}

type Found = NonNullable<Awaited<ReturnType<typeof findingsFor>>>;

/** Waits until the background holds findings for `url` that pass `check`; returns them. */
export async function waitForFindings(
  worker: Worker,
  url: string,
  check: (people: string[], found: Found) => boolean,
): Promise<Found> {
  let found: Found | null = null;
  await expect
    .poll(
      async () => {
        found = await findingsFor(worker, url);
        return found !== null && check(found.entry.findings.profiles, found);
      },
      { message: `findings for ${url}` },
    )
    .toBe(true);
  return found!;
}
