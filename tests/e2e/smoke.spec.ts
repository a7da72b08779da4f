import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { test, expect, extensionPath } from './support/extension';

test('the Chrome build loads: its service worker starts and its pages render', async ({
  context,
  serviceWorker,
  extensionId,
}) => {
  expect(serviceWorker.url()).toBe(`chrome-extension://${extensionId}/background.js`);
  const errors: string[] = [];
  for (const pageName of ['sidepanel.html', 'options.html']) {
    const page = await context.newPage();
    page.on('pageerror', (error) => errors.push(`${pageName}: ${error.message}`));
    page.on('console', (msg) => {
      if (msg.type() === 'error') errors.push(`${pageName}: ${msg.text()}`);
    });
    await page.goto(`chrome-extension://${extensionId}/${pageName}`);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await page.close();
  }
  expect(errors).toEqual([]);
});

test('the manifest asks only for what is used: Lusha API host, no <all_urls>', async () => {
  const manifest = JSON.parse(await readFile(path.join(extensionPath, 'manifest.json'), 'utf8'));
  expect(manifest.manifest_version).toBe(3);
  expect(manifest.host_permissions).toEqual(['https://api.lusha.com/*']);
  const everything = JSON.stringify(manifest);
  expect(everything).not.toContain('<all_urls>');
  expect(everything).not.toContain('*://*/*');
});
