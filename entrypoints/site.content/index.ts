import { scanPageDocument } from '@/lib/detect/lite';
import { reportFindings, scanOnce } from '@/lib/scan';

/**
 * Any other website, on demand: injected into the active tab by the toolbar button, the keyboard
 * shortcut or the context menu (activeTab), or registered for every site when the user opts in.
 * One full scan per run; it writes nothing to the page and tells it nothing (see
 * linkedin.content). The public suffix list stays out of this bundle: the background reduces the
 * host name to the registrable domain.
 */
export default defineContentScript({
  registration: 'runtime',
  noScriptStartedPostMessage: true,
  main() {
    void scanOnce({ scanDocument: scanPageDocument }, reportFindings);
  },
});
