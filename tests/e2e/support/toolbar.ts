/**
 * A real click on the extension's toolbar button, through the DevTools protocol's
 * `Extensions.triggerAction` on the tab's target (Playwright's launch pipe allows it). It runs
 * the same path as a user's click: `action.onClicked` with activeTab granted.
 */
import type { BrowserContext, Page } from '@playwright/test';

interface TargetInfo {
  targetId: string;
  type: string;
  url: string;
}

async function browserSession(context: BrowserContext) {
  const browser = context.browser();
  if (!browser) throw new Error('no browser behind this context');
  return browser.newBrowserCDPSession();
}

/** All DevTools targets of the browser (tabs, pages, workers, side panels). */
export async function targets(context: BrowserContext): Promise<TargetInfo[]> {
  const session = await browserSession(context);
  try {
    const { targetInfos } = await session.send('Target.getTargets');
    return targetInfos;
  } finally {
    await session.detach();
  }
}

/** Clicks the toolbar button of `extensionId` for the tab showing `page` (unique URL). */
export async function clickToolbarButton(
  context: BrowserContext,
  page: Page,
  extensionId: string,
): Promise<void> {
  const session = await browserSession(context);
  try {
    const { targetInfos } = await session.send('Target.getTargets', {
      filter: [{ type: 'tab' }],
    } as never);
    const tabs = (targetInfos as TargetInfo[]).filter(
      (t) => t.type === 'tab' && t.url === page.url(),
    );
    if (tabs.length !== 1)
      throw new Error(`expected one tab at ${page.url()}, found ${tabs.length}`);
    await session.send(
      'Extensions.triggerAction' as never,
      {
        id: extensionId,
        targetId: tabs[0]!.targetId,
      } as never,
    );
  } finally {
    await session.detach();
  }
}
