import { chromium, test as base, type BrowserContext, type Worker } from '@playwright/test';
import { mkdtemp, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { chromiumPath, extensionArgs } from '../../support/chromium';

/** Where the Chrome MV3 build is; `npm run test:e2e` builds it first. */
export const extensionPath = path.resolve(process.env.WXT_OUT_DIR ?? '.output', 'chrome-mv3');

export { chromiumPath } from '../../support/chromium';

export interface ExtensionFixtures {
  /** The unpacked extension to load; `test.use({ extensionDir })` to load a variant. */
  extensionDir: string;
  context: BrowserContext;
  serviceWorker: Worker;
  extensionId: string;
  userDataDir: string;
}

/** Launches Chromium with the built extension loaded, in a throwaway profile under tmp/. */
export const test = base.extend<ExtensionFixtures>({
  extensionDir: [extensionPath, { option: true }],
  // eslint-disable-next-line no-empty-pattern
  userDataDir: async ({}, use) => {
    const dir = await mkdtemp(path.resolve('tmp', 'profile-'));
    await use(dir);
    await rm(dir, { recursive: true, force: true });
  },
  context: async ({ userDataDir, extensionDir }, use) => {
    if (!existsSync(path.join(extensionDir, 'manifest.json'))) {
      throw new Error(`No build at ${extensionDir}: run "npm run build" first.`);
    }
    const context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: chromiumPath,
      headless: true,
      args: extensionArgs(extensionDir),
    });
    await use(context);
    await context.close();
  },
  serviceWorker: async ({ context }, use) => {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    await use(worker);
  },
  extensionId: async ({ serviceWorker }, use) => {
    await use(new URL(serviceWorker.url()).host);
  },
});

export const expect = test.expect;
