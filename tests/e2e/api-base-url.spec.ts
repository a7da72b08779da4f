/**
 * The API base URL is a deliberate, visible choice: https only (http only on this computer),
 * the host shown, the browser's permission asked for that address, and the key tied to the
 * address it was checked with. End to end against `npm run sandbox` over real HTTP (no routing).
 */
import type { Page } from '@playwright/test';
import { SHOWCASE } from '@/lib/sandbox';
import { grantedBuild } from './support/all-sites-variant';
import { test, expect } from './support/extension';
import { PanelPage } from './support/panel';
import { startSandboxProcess, type SandboxProcess } from './support/sandbox-process';
import { valueFromPage } from './support/sandbox';
import { openShowcaseProfile, waitForSubject } from './support/showcase-pages';

// The rep's "Allow" for http://127.0.0.1 in the browser's prompt (headless cannot click it).
test.use({ extensionDir: grantedBuild('loopback', ['http://127.0.0.1/*']) });

let sandbox: SandboxProcess;
test.beforeAll(async () => {
  sandbox = await startSandboxProcess();
});
test.afterAll(async () => {
  await sandbox.close();
});

const maya = SHOWCASE.contacts[0]!;
const host = () => sandbox.url.replace('http://', '');

async function setBase(page: Page, value: string) {
  const field = page.getByLabel('API base URL');
  await field.fill(value);
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  return field;
}

test('the sandbox over HTTP as the API base URL: allowed, shown, the key checked there, previews billed there', async ({
  context,
  serviceWorker,
  extensionId,
}) => {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await options.getByText('Advanced').click();
  // Plain http elsewhere than this computer is refused before anything is asked.
  const field = await setBase(options, 'http://api.example.com');
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await expect(options.getByText(/Use https:\/\//)).toBeVisible();

  await setBase(options, `${sandbox.url}/`);
  await expect(options.getByText(`Calls and your key go to ${host()}`)).toBeVisible();
  await expect(options.getByText(`Checked with and sent only to ${host()}.`)).toBeVisible();
  await options.getByRole('textbox', { name: 'Lusha API key' }).fill('sandbox-key');
  await options.getByRole('button', { name: 'Check and save' }).click();
  await expect(options.getByText(`sent only to ${host()}`)).toBeVisible();
  await options.screenshot({ path: 'tmp/screenshots/options-base-url.png', fullPage: true });

  const state = async () =>
    (await (await fetch(`${sandbox.url}/__sandbox/state?key=sandbox-key`)).json()) as {
      credits: { used: number };
    };
  const used = (await state()).credits.used;
  await openShowcaseProfile(context, maya);
  const panel = await PanelPage.open(
    context,
    extensionId,
    await waitForSubject(serviceWorker, maya.linkedinUrl),
  );
  await panel.page.getByRole('button', { name: /^Preview Maya Lindqvist$/ }).click();
  await expect(panel.card('Maya Lindqvist')).toContainText('Vice President of Sales');
  expect((await state()).credits.used).toBe(used + 1);

  // Another address: the key is not sent there until it is entered again.
  const seen: string[] = [];
  await context.route('https://gateway.example.com/**', (route) => {
    seen.push(route.request().url());
    return route.abort();
  });
  await serviceWorker.evaluate(() =>
    chrome.storage.local.get('settings').then(({ settings }) =>
      chrome.storage.local.set({
        settings: { ...(settings as object), apiBaseUrl: 'https://gateway.example.com' },
      }),
    ),
  );
  await expect(
    options.getByText(
      /checked with 127\.0\.0\.1:\d+, and the API address is now gateway\.example\.com/,
    ),
  ).toBeVisible();
  const account = await valueFromPage(options, 'getAccount', { refresh: true });
  expect(account).toMatchObject({
    ok: false,
    error: { kind: 'noKey', message: expect.stringMatching(/again/) },
  });
  expect(seen).toEqual([]);
});

declare const chrome: {
  storage: {
    local: {
      get(key: string): Promise<Record<string, unknown>>;
      set(items: object): Promise<void>;
    };
  };
};
