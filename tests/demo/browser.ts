/**
 * The demo's plumbing: a fresh build when the sources changed, the sandbox on port 4010 (or any
 * free one) standing in for api.lusha.com, and Chromium with the real build loaded.
 */
import { chromium, type BrowserContext, type Worker } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { extensionPath } from '../e2e/support/extension';
import { chromiumPath, extensionArgs } from '../support/chromium';
import { routeLushaToSandbox, type RoutedSandbox } from '../e2e/support/sandbox';

const SOURCES = ['entrypoints', 'components', 'lib', 'public', 'wxt.config.ts', 'package.json'];

function newestMtime(entry: string): number {
  if (!existsSync(entry)) return 0;
  const stat = statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(entry).reduce(
    (newest, name) => Math.max(newest, newestMtime(path.join(entry, name))),
    stat.mtimeMs,
  );
}

/** Builds the extension unless the build is newer than every source file. */
export function ensureBuild(): void {
  const manifest = path.join(extensionPath, 'manifest.json');
  const built = existsSync(manifest) ? statSync(manifest).mtimeMs : 0;
  if (built > Math.max(...SOURCES.map(newestMtime))) {
    console.info(`Using the build in ${extensionPath} (newer than the sources).`);
    return;
  }
  console.info('Building the extension (npm run build)...');
  const result = spawnSync('npm', ['run', 'build'], { stdio: 'inherit' });
  if (result.status !== 0) throw new Error('npm run build failed');
}

/** Starts the sandbox on port 4010, or on a free port when 4010 is taken. */
export async function startRoutedSandbox(context: BrowserContext): Promise<RoutedSandbox> {
  try {
    return await routeLushaToSandbox(context, 4010);
  } catch (error) {
    if ((error as { code?: string }).code !== 'EADDRINUSE') throw error;
    return routeLushaToSandbox(context, 0);
  }
}

/** Chromium with the built extension, in a fresh profile under `dir`. */
export async function launchWithExtension(
  dir: string,
  headless: boolean,
): Promise<{ context: BrowserContext; worker: Worker; extensionId: string }> {
  const profile = path.join(dir, 'profile');
  rmSync(profile, { recursive: true, force: true });
  mkdirSync(profile, { recursive: true });
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath,
    headless,
    viewport: headless ? { width: 1280, height: 800 } : null,
    args: extensionArgs(extensionPath),
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  return { context, worker, extensionId: new URL(worker.url()).host };
}
