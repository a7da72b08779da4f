/**
 * `npm run demo`: the real build in Chromium against the Lusha sandbox, on a demo site of
 * invented people. With a display, a window to use by hand (until it is closed); without one,
 * or with `--headless`, the screenshot tour. Everything runs on 127.0.0.1; no Lusha key needed.
 */
import type { BrowserContext } from '@playwright/test';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { clickToolbarButton } from '../e2e/support/toolbar';
import { saveSandboxKey, SANDBOX_KEY } from '../e2e/support/sandbox';
import { ensureBuild, launchWithExtension, startRoutedSandbox } from './browser';
import { DEMO_URLS, routeDemoSite, startDemoSite } from './site';
import { runTour } from './tour';

const outDir = path.resolve('tmp', 'demo');
const headless = process.argv.includes('--headless') || !process.env.DISPLAY;

/** Opens the demo pages, the profile last and in front, with the real side panel open on it. */
async function openForHand(context: BrowserContext, extensionId: string): Promise<void> {
  for (const url of [DEMO_URLS.companySite, DEMO_URLS.list]) {
    await (await context.newPage()).goto(url);
  }
  const profile = await context.newPage();
  await profile.goto(DEMO_URLS.profile);
  await profile.bringToFront();
  await clickToolbarButton(context, profile, extensionId).catch((error: unknown) =>
    console.warn(`Could not open the side panel (${String(error)}); click the toolbar button.`),
  );
}

async function main(): Promise<void> {
  ensureBuild();
  const site = await startDemoSite();
  const { context, worker, extensionId } = await launchWithExtension(outDir, headless);
  const sandbox = await startRoutedSandbox(context);
  try {
    await routeDemoSite(context, site);
    const options = await saveSandboxKey(context, extensionId);
    console.info(`Sandbox (as https://api.lusha.com): ${sandbox.server.url}, key ${SANDBOX_KEY}`);
    console.info(`Demo site: ${site.url}, shown as LinkedIn and ${DEMO_URLS.companySite}`);
    if (headless) {
      const shots = await runTour({ context, worker, extensionId, outDir });
      const { credits } = await sandbox.state();
      console.info(`Sandbox credits used: ${credits.used} of ${credits.total}`);
      console.info(`Screenshots (360x800, light and dark) in ${outDir}:`);
      for (const file of shots) console.info(`  ${path.relative(process.cwd(), file)}`);
    } else {
      await openForHand(context, extensionId);
      await options.close();
      console.info('Click the Prospect Lens toolbar button on a tab. Close the browser to stop.');
      const closed = new Promise<void>((resolve) => context.on('close', () => resolve()));
      const stop = () => void context.close();
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
      await closed;
    }
  } finally {
    await context.close().catch(() => undefined);
    await sandbox.close();
    await site.close();
    rmSync(path.join(outDir, 'profile'), { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
