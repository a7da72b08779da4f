/**
 * LinkedIn probes for extensions. A page must not learn that this one runs (nothing it can
 * observe names the extension's id), and must not be able to switch its scan off.
 */
import type { Page } from '@playwright/test';
import { test, expect } from './support/extension';
import { members, profileMain, profilePage } from './support/linkedin-pages';
import { ORIGIN, serveLinkedIn, waitForFindings } from './support/linkedin-site';

const [ada, grace, hal] = members(3, 700);

/**
 * The page's own first script: records every `message` event and, as a page that already knows
 * the id would, listens for every event name WXT derives from it, on the document and window.
 */
function recorder(extensionId: string): string {
  const names = ['linkedin', 'site'].flatMap((entry) =>
    ['wxt:content-script-started', 'wxt:locationchange'].map(
      (event) => `${extensionId}:${entry}:${event}`,
    ),
  );
  return `<script>
window.__seen = [];
addEventListener('message', (e) => {
  let data;
  try { data = JSON.stringify(e.data); } catch { data = String(e.data); }
  window.__seen.push('message ' + data);
}, true);
for (const name of ${JSON.stringify(names)}) {
  document.addEventListener(name, () => window.__seen.push('document event ' + name), true);
  window.addEventListener(name, () => window.__seen.push('window event ' + name), true);
}
</script>`;
}

/** What LinkedIn does on a click to another profile: the URL first, then the new profile. */
async function goToProfile(page: Page, slug: string, main: string): Promise<void> {
  await page.evaluate(
    ([to, html]) => {
      history.pushState({}, '', `/in/${to}/`);
      document.getElementById('main')!.innerHTML = html;
    },
    [slug, main] as const,
  );
}

test('a LinkedIn page sees no message or event naming the extension', async ({
  context,
  serviceWorker,
  extensionId,
}) => {
  await serveLinkedIn(
    context,
    { [`/in/${ada!.slug}/`]: profilePage(ada!, 'northwind-test-traders', []) },
    recorder(extensionId),
  );
  const page = await context.newPage();
  await page.goto(`${ORIGIN}/in/${ada!.slug}/`);
  await waitForFindings(serviceWorker, `${ORIGIN}/in/${ada!.slug}`, () => true);
  await goToProfile(page, grace!.slug, profileMain(grace!, 'umbrella-test-logistics', []));
  await waitForFindings(serviceWorker, `${ORIGIN}/in/${grace!.slug}`, () => true);

  const seen = await page.evaluate(() => (window as unknown as { __seen: string[] }).__seen);
  expect(seen.filter((entry) => entry.includes(extensionId))).toEqual([]);
});

test('a page that replays the content-script-started event cannot stop the scan', async ({
  context,
  serviceWorker,
  extensionId,
}) => {
  await serveLinkedIn(context, {
    [`/in/${ada!.slug}/`]: profilePage(ada!, 'northwind-test-traders', []),
  });
  const page = await context.newPage();
  await page.goto(`${ORIGIN}/in/${ada!.slug}/`);
  await waitForFindings(serviceWorker, `${ORIGIN}/in/${ada!.slug}`, () => true);

  // The page knows the id (LinkedIn keeps a list) and replays WXT's "a newer script started".
  await page.evaluate((id) => {
    const type = `${id}:linkedin:wxt:content-script-started`;
    const detail = { contentScriptName: 'linkedin', messageId: 'from-the-page' };
    document.dispatchEvent(new CustomEvent(type, { detail }));
    window.postMessage({ type, ...detail }, '*');
  }, extensionId);

  await goToProfile(page, grace!.slug, profileMain(grace!, 'umbrella-test-logistics', [hal!]));
  const next = await waitForFindings(
    serviceWorker,
    `${ORIGIN}/in/${grace!.slug}`,
    (people) => people.length === 2,
  );
  expect(next.entry.findings.subject).toEqual({
    kind: 'profile',
    url: `${ORIGIN}/in/${grace!.slug}`,
  });
  expect(next.entry.findings.profiles).toEqual([
    `${ORIGIN}/in/${grace!.slug}`,
    `${ORIGIN}/in/${hal!.slug}`,
  ]);
});
