/** The public suffix list for the service worker, loaded when first needed (lib/chunks). */
import { registrableDomain } from '@/lib/detect/domain';
import { provideChunk } from '@/lib/chunks/load';

export default defineUnlistedScript({
  // Firefox's background page bundles it (lib/chunks/load: inServiceWorker).
  exclude: ['firefox'],
  main() {
    provideChunk('psl', { registrableDomain });
  },
});
