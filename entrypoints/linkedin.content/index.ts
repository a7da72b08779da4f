import { scanLinkedInDocument, scanLinkedInNodes } from '@/lib/detect';
import { sendMessage } from '@/lib/messaging/client';
import { watchPage } from '@/lib/scan';

/**
 * LinkedIn: reads the page, never writes to it (no injected UI, no web-accessible resources,
 * which LinkedIn probes to spot extensions). Scans at start, after single-page navigations and
 * as lazy cards arrive, and tells the background only what changed.
 */
export default defineContentScript({
  matches: ['https://*.linkedin.com/*'],
  runAt: 'document_idle',
  main(ctx) {
    watchPage(ctx, { scanDocument: scanLinkedInDocument, scanNodes: scanLinkedInNodes }, (report) =>
      sendMessage('findingsChanged', report),
    );
  },
});
