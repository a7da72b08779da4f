import { browser } from 'wxt/browser';
import { installChunks } from '@/lib/chunks/load';
import { createMessageListener, type Handlers } from '@/lib/messaging';
import { registerAutoScan } from './auto-scan';
import { lookupHandlers, registerAddressWatch } from './lookup';
import { registerMonitoring, signalHandlers } from './monitoring';
import { recoverAndPrune } from './pipelines';
import { registerSiteScan } from './site-scan';
import { onFindingsChanged, onGetTabFindings, registerTabFindings } from './tab-findings';
import { recoverWorkspace, registerWorkspace, workspaceHandlers } from './workspace';
import { visitHandlers } from './visits';

/** Every protocol message's handler (a test checks none is missing). */
export const handlers: Handlers = {
  findingsChanged: onFindingsChanged,
  getTabFindings: onGetTabFindings,
  ...lookupHandlers,
  ...workspaceHandlers,
  ...signalHandlers,
  ...visitHandlers,
};

type AccessLevelArea = { setAccessLevel?: (o: { accessLevel: string }) => Promise<void> };

/**
 * Local and session storage stay out of content scripts' reach: a page's content-script world
 * could otherwise read the history's settings, switch on automatic (billed) previews, or point
 * the API base URL at its own server. Content scripts only send messages.
 */
export async function restrictStorage(): Promise<void> {
  for (const area of [browser.storage.local, browser.storage.session]) {
    await (area as AccessLevelArea)
      .setAccessLevel?.({ accessLevel: 'TRUSTED_CONTEXTS' })
      .catch((error: unknown) => console.warn('Prospect Lens: storage access level', error));
  }
}

export default defineBackground(() => {
  // Every listener is added synchronously, before anything awaits (the worker may have been
  // woken by the very event it must handle).
  browser.runtime.onMessage.addListener(createMessageListener(handlers));
  if (import.meta.env.MANIFEST_VERSION === 3 && !import.meta.env.FIREFOX) installChunks();
  registerTabFindings();
  registerSiteScan();
  registerAutoScan();
  registerAddressWatch();
  registerWorkspace();
  registerMonitoring();
  void restrictStorage();
  // Reveals a stopped worker left open are finished at every start.
  void recoverAndPrune();
  void recoverWorkspace();
});
