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
  for (const pageName of ['sidepanel.html', 'options.html', 'workspace.html']) {
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

test('the manifest asks only for what is used: Lusha API host, LinkedIn script, <all_urls> optional', async () => {
  const manifest = JSON.parse(await readFile(path.join(extensionPath, 'manifest.json'), 'utf8'));
  expect(manifest.manifest_version).toBe(3);
  expect(manifest.host_permissions).toEqual(['https://api.lusha.com/*']);
  expect(manifest.optional_host_permissions).toEqual(['<all_urls>']);
  expect([...manifest.permissions].sort()).toEqual(
    [
      'activeTab',
      'alarms',
      'contextMenus',
      'notifications',
      'scripting',
      'sidePanel',
      'storage',
      'unlimitedStorage',
    ].sort(),
  );
  expect(manifest.content_scripts).toEqual([
    {
      matches: ['https://*.linkedin.com/*'],
      run_at: 'document_idle',
      js: ['content-scripts/linkedin.js'],
    },
  ]);
  expect(Object.keys(manifest.commands)).toEqual(['scan-page']);
  // An icon of its own in every size the browser and the store use, in the toolbar too.
  expect(manifest.icons).toEqual({
    16: 'icon/16.png',
    32: 'icon/32.png',
    48: 'icon/48.png',
    128: 'icon/128.png',
  });
  expect(manifest.action.default_icon).toEqual({ 16: 'icon/16.png', 32: 'icon/32.png' });
  // LinkedIn probes web-accessible resources to spot extensions: expose none to it.
  const exposed = JSON.stringify(manifest.web_accessible_resources ?? []);
  expect(exposed).not.toMatch(/linkedin|<all_urls>|\*:\/\/\*\//);
  const { optional_host_permissions: _optional, ...rest } = manifest;
  const everythingElse = JSON.stringify(rest);
  expect(everythingElse).not.toContain('<all_urls>');
  expect(everythingElse).not.toContain('*://*/*');
});
