import { defineConfig } from 'wxt';

/**
 * Manifest permissions are kept minimal: each one is added by the feature that uses it.
 * The Lusha API is the only host the extension talks to by default; LinkedIn is reached through
 * its content script's `matches`; every other site only on demand (activeTab) or after the user
 * opts in to the optional `<all_urls>` host permission.
 */
export default defineConfig({
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  outDir: process.env.WXT_OUT_DIR ?? '.output',
  // The Firefox sources zip is for reviewers: source and config, no test output or screenshots.
  zip: { excludeSources: ['tmp/**', 'docs/**', 'test-results/**', '.ci/**'] },
  vite: () => ({
    plugins: [
      {
        // tldts exports its public suffix data as `export const labelText = "<38 KB>"`, read in
        // three places: the minifier inlines a const string at every use, so the list was in
        // background.js three times (about 80 KB gzip more). A property read is not inlined.
        name: 'prospect-lens:tldts-label-text-once',
        transform(code: string, id: string) {
          if (!/[\\/]tldts[\\/].*[\\/]data[\\/]trie\.js$/.test(id)) return null;
          return code
            .replace('export const labelText =', 'const data = { labelText:')
            .replace(
              /(\{ labelText:\s*"[^"]*")/,
              '$1 };\nexport const labelText = data.labelText;',
            );
        },
      },
    ],
    build: {
      // SOURCEMAP=1 npm run build: maps to see what a bundle is made of (never shipped).
      sourcemap: process.env.SOURCEMAP === '1',
      rolldownOptions: {
        // tldts declares no `sideEffects`: without this its public suffix list (45 KB gzip) rides
        // along into the LinkedIn content script, which never calls it. The sandbox builds its
        // route tables at load (spreads the bundler must keep): it is free of side effects too,
        // so the service worker, which loads it as a chunk (lib/chunks), carries none of it.
        treeshake: {
          moduleSideEffects: (id: string) =>
            !/[\\/]tldts(-core)?[\\/]|[\\/]lib[\\/]sandbox[\\/]/.test(id),
        },
      },
    },
  }),
  manifest: ({ manifestVersion }) => ({
    name: 'Prospect Lens',
    description: 'Look people and companies up in Lusha without leaving the page you are on.',
    // activeTab + scripting: scan the tab the user points at; contextMenus: "Find people on this page";
    // unlimitedStorage: the history is the rep's paid data, kept however large it grows;
    // alarms: the opt-in daily signals refresh (wakes a stopped worker, a timer would not);
    // notifications: the opt-in job-change alerts of watched people.
    permissions: [
      'storage',
      'unlimitedStorage',
      'activeTab',
      'scripting',
      'contextMenus',
      'alarms',
      'notifications',
    ],
    host_permissions: ['https://api.lusha.com/*'],
    // "Scan every website automatically" asks for this at runtime (MV2 has no host-only key).
    ...(manifestVersion === 2
      ? { optional_permissions: ['<all_urls>'] }
      : { optional_host_permissions: ['<all_urls>'] }),
    icons: { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png', 128: 'icon/128.png' },
    action: {
      default_title: 'Prospect Lens: find people on this page',
      default_icon: { 16: 'icon/16.png', 32: 'icon/32.png' },
    },
    commands: {
      'scan-page': {
        suggested_key: { default: 'Alt+Shift+L' },
        description: 'Find people on this page',
      },
    },
  }),
});
