/** The public suffix list for the service worker, loaded when first needed (lib/chunks). */
import { registrableDomain } from '@/lib/detect/domain';
import { provideChunk } from '@/lib/chunks/load';

export default defineUnlistedScript({
  // Firefox's background page has no importScripts and bundles it (see lib/chunks/load).
  exclude: ['firefox'],
  main() {
    provideChunk('psl', { registrableDomain });
  },
});
