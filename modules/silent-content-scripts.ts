import path from 'node:path';
import { defineWxtModule } from 'wxt/modules';

const WXT_CONTEXT = 'wxt/utils/content-script-context';

/**
 * Content scripts get `lib/scan/silent-context.ts` in place of WXT's ContentScriptContext.
 * WXT's context announces every start to the page (a `postMessage` and a CustomEvent on
 * `document`, both named after the extension id: LinkedIn probes for extension ids), names its
 * `wxt:locationchange` events after the id too, and lets any page that dispatches that
 * CustomEvent invalidate it. The silent one dispatches nothing and ends only with the extension.
 */
export default defineWxtModule({
  name: 'silent-content-scripts',
  setup(wxt) {
    const replacement = path.resolve(wxt.config.root, 'lib/scan/silent-context.ts');
    wxt.hook('vite:build:extendConfig', (entrypoints, config) => {
      if (!entrypoints.some((entry) => entry.type === 'content-script')) return;
      config.plugins = [
        ...(config.plugins ?? []),
        {
          name: 'silent-content-script-context',
          enforce: 'pre',
          resolveId: (id: string) => (id === WXT_CONTEXT ? replacement : null),
        },
      ];
    });
  },
});
