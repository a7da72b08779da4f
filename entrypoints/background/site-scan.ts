/**
 * Scanning the active tab on demand: the toolbar button, the keyboard shortcut and the context
 * menu all grant `activeTab`, open the side panel and inject the site script into the tab.
 */
import { browser, type Browser } from 'wxt/browser';
import { SITE_SCRIPT } from '@/lib/findings/auto-scan';
import { actionApi } from './tab-findings';
import { createWorkspaceMenu } from './workspace';

/** The `commands` entry of the keyboard shortcut (see wxt.config.ts). */
export const SCAN_COMMAND = 'scan-page';
/** The context-menu item's id. */
export const SCAN_MENU_ID = 'prospect-lens-scan';

interface SidePanelApi {
  open(options: { tabId?: number; windowId?: number }): Promise<void>;
}
interface SidebarActionApi {
  open(): Promise<void>;
}

/**
 * Opens the side panel for a tab. Must run synchronously inside the user's gesture (before any
 * await), so it is the first thing each handler does.
 */
export function openPanel(tab: Browser.tabs.Tab | undefined): void {
  const api = browser as unknown as { sidePanel?: SidePanelApi; sidebarAction?: SidebarActionApi };
  const opening = api.sidePanel
    ? api.sidePanel.open(tab?.id !== undefined ? { tabId: tab.id } : { windowId: tab?.windowId })
    : api.sidebarAction?.open();
  void opening?.catch((error: unknown) => console.warn('Prospect Lens: no side panel', error));
}

/** Runs the site script once in a tab; resolves false where scripts may not run (chrome://). */
export async function scanTab(tabId: number): Promise<boolean> {
  try {
    await browser.scripting.executeScript({ target: { tabId }, files: [SITE_SCRIPT] });
    return true;
  } catch (error) {
    console.warn('Prospect Lens: cannot scan this tab', error);
    return false;
  }
}

/** The user asked to scan a tab (click, shortcut or menu): panel first, then the scan. */
export function scanOnRequest(tab: Browser.tabs.Tab | undefined): void {
  openPanel(tab);
  if (tab?.id !== undefined && tab.id >= 0) void scanTab(tab.id);
}

/** Creates the context-menu items (on install and update): the scan, and the workspace's. */
export async function createScanMenu(): Promise<void> {
  await browser.contextMenus.removeAll();
  browser.contextMenus.create({
    id: SCAN_MENU_ID,
    title: 'Find people on this page with Prospect Lens',
    contexts: ['page', 'selection', 'link'],
  });
  createWorkspaceMenu();
}

/** Registers the on-demand scan listeners (call synchronously in the background's main). */
export function registerSiteScan(): void {
  actionApi().onClicked.addListener((tab) => scanOnRequest(tab));
  browser.commands.onCommand.addListener((command, tab) => {
    if (command === SCAN_COMMAND) scanOnRequest(tab);
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === SCAN_MENU_ID) scanOnRequest(tab);
  });
  browser.runtime.onInstalled.addListener(() => void createScanMenu());
}
