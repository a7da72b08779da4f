/**
 * Sender checks for runtime messages. Anything from another extension, or a web page through
 * `externally_connectable`, fails both guards.
 */
import { browser, type Browser } from 'wxt/browser';

/** The sender a `runtime.onMessage` listener receives. */
export type Sender = Browser.runtime.MessageSender;

function isOwnExtension(sender: Sender): boolean {
  return sender.id === browser.runtime.id;
}

function isExtensionUrl(url: string | undefined): boolean {
  if (!url) return false;
  return url.startsWith(browser.runtime.getURL('/'));
}

/** A content script of this extension, running in a web page of a tab. */
export function isContentScript(sender: Sender): boolean {
  return (
    isOwnExtension(sender) &&
    typeof sender.tab?.id === 'number' &&
    sender.tab.id >= 0 &&
    !isExtensionUrl(sender.url)
  );
}

/** A page of this extension (side panel, options, a tab of ours): trusted for billed operations. */
export function isExtensionPage(sender: Sender): boolean {
  return isOwnExtension(sender) && isExtensionUrl(sender.url);
}
