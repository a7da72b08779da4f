import { defineConfig } from 'wxt';

/**
 * Manifest permissions are kept minimal: each one is added by the feature that uses it.
 * The Lusha API is the only host the extension talks to by default.
 */
export default defineConfig({
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  outDir: process.env.WXT_OUT_DIR ?? '.output',
  manifest: {
    name: 'Prospect Lens',
    description: 'Look people and companies up in Lusha without leaving the page you are on.',
    permissions: ['storage'],
    host_permissions: ['https://api.lusha.com/*'],
    action: { default_title: 'Prospect Lens' },
  },
});
