import { browser } from 'wxt/browser';
import { createMessageListener, type Handlers } from '@/lib/messaging';
import { registerAutoScan } from './auto-scan';
import { lookupHandlers, pruneCaches } from './lookup';
import { registerSiteScan } from './site-scan';
import { onFindingsChanged, onGetTabFindings, registerTabFindings } from './tab-findings';

/** Every protocol message's handler (a test checks none is missing). */
export const handlers: Handlers = {
  findingsChanged: onFindingsChanged,
  getTabFindings: onGetTabFindings,
  ...lookupHandlers,
};

/** Session storage (each tab's findings) stays out of content scripts' reach. */
function restrictSessionStorage(): void {
  const session = browser.storage.session as { setAccessLevel?: (o: object) => Promise<void> };
  void session.setAccessLevel?.({ accessLevel: 'TRUSTED_CONTEXTS' }).catch(() => undefined);
}

export default defineBackground(() => {
  // Every listener is added synchronously, before anything awaits (the worker may have been
  // woken by the very event it must handle).
  browser.runtime.onMessage.addListener(createMessageListener(handlers));
  registerTabFindings();
  registerSiteScan();
  registerAutoScan();
  restrictSessionStorage();
  browser.runtime.onStartup.addListener(() => void pruneCaches());
});
