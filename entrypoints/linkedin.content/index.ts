import { scanLinkedInDocument, scanLinkedInNodes } from '@/lib/detect/lite';
import { reportFindings, watchPage } from '@/lib/scan';

/**
 * LinkedIn: reads the page, never writes to it (no injected UI, no web-accessible resources,
 * which LinkedIn probes to spot extensions) and tells it nothing: no start message, no DOM
 * event (WXT's context is replaced by a silent one, modules/silent-content-scripts.ts). Scans
 * at start, after single-page navigations and as lazy cards arrive, and tells the background
 * only what changed, for as long as the extension runs.
 */
export default defineContentScript({
  matches: ['https://*.linkedin.com/*'],
  runAt: 'document_idle',
  noScriptStartedPostMessage: true,
  main() {
    watchPage({ scanDocument: scanLinkedInDocument, scanNodes: scanLinkedInNodes }, reportFindings);
  },
});
