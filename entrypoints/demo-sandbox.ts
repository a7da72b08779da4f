/** The demo sandbox for the service worker, loaded when demo mode is first used (lib/chunks). */
import { createSandbox } from '@/lib/sandbox';
import { provideChunk } from '@/lib/chunks/load';

export default defineUnlistedScript({
  // Firefox's background page has no importScripts and bundles it (see lib/chunks/load).
  exclude: ['firefox'],
  main() {
    provideChunk('demo-sandbox', { createSandbox });
  },
});
