/**
 * Page objects for the side panel and the options page, opened as ordinary tabs. The panel is
 * pinned to a tab with `?tabId=N` (see lib/panel/connect): in a tab of its own, the active tab
 * would be the panel itself.
 */
import {
  expect,
  type BrowserContext,
  type Locator,
  type Page,
  type Worker,
} from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { stopServiceWorker } from './worker';

declare const chrome: {
  storage: {
    local: { set(items: object): Promise<void> };
    session: { set(items: object): Promise<void> };
  };
};

/** The options page. */
export class OptionsPageObject {
  constructor(readonly page: Page) {}

  static async open(context: BrowserContext, extensionId: string) {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/options.html`);
    return new OptionsPageObject(page);
  }

  get demoSwitch(): Locator {
    return this.page.getByRole('switch', { name: 'Use demo data instead of Lusha' });
  }

  get keyInput(): Locator {
    return this.page.getByRole('textbox', { name: /Lusha API key|Replace with a new key/ });
  }

  async turnDemoOn() {
    await this.demoSwitch.check();
  }
}

/** The side panel, pinned to `tabId` when given. */
export class PanelPage {
  constructor(readonly page: Page) {}

  static async open(context: BrowserContext, extensionId: string, tabId?: number) {
    const page = await context.newPage();
    const query = tabId === undefined ? '' : `?tabId=${tabId}`;
    await page.goto(`chrome-extension://${extensionId}/sidepanel.html${query}`);
    return new PanelPage(page);
  }

  card(name: string | RegExp): Locator {
    return this.page.getByRole('article', { name });
  }

  get previewAll(): Locator {
    return this.page.getByRole('button', { name: /^Preview \d+ (people|person)\b.* · up to/ });
  }

  get confirmBar(): Locator {
    return this.page.getByRole('region', { name: 'Confirm reveal' });
  }

  get result(): Locator {
    return this.page.getByRole('region', { name: 'Reveal result' });
  }

  get history(): Locator {
    return this.page.getByRole('region', { name: 'History' });
  }

  get credits(): Locator {
    return this.page.getByRole('region', { name: 'Account' });
  }

  view(name: 'This page' | 'Look up' | 'History'): Locator {
    return this.page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name });
  }

  /** Ticks a reveal field (e.g. "Emails") on a card. */
  async tick(cardName: string | RegExp, field: string) {
    await this.card(cardName)
      .getByRole('checkbox', { name: new RegExp(`^${field}`) })
      .check();
  }

  /** A 360 x 800 screenshot (Chrome's side panel width) under tmp/screenshots/. */
  async screenshot(name: string) {
    await this.page.setViewportSize({ width: 360, height: 800 });
    await this.page.screenshot({ path: `tmp/screenshots/${name}.png` });
  }
}

/** Sets demo mode straight in storage (the settings item's key), from the worker. */
export async function setDemoMode(worker: Worker, on: boolean) {
  await worker.evaluate((demoMode) => chrome.storage.local.set({ settings: { demoMode } }), on);
}

/** Makes the panel show the API back-off countdown, as the background does while it waits. */
export async function setApiWait(worker: Worker, seconds: number, reason = 'rateLimited') {
  await worker.evaluate(
    ({ seconds, reason }) =>
      chrome.storage.session.set({
        apiWait: { until: Date.now() + seconds * 1000, reason, attempt: 2 },
      }),
    { seconds, reason },
  );
}

/**
 * Seeds the history with revealed people the way a profile from before the indexed database
 * held them (the old `history` item of storage.local), then stops the worker: the next one
 * moves them into the database with data migration 1, as on a rep's real upgrade.
 */
export async function seedLegacyHistory(
  context: BrowserContext,
  extensionId: string,
  worker: Worker,
  people: { name: string; email: string }[],
) {
  // This worker's own start-up migration first: finishing after the seed, it would mark the
  // data as migrated without having read it (a loaded machine makes that race real).
  await expect
    .poll(() =>
      worker.evaluate<number | undefined>(
        `chrome.storage.local.get('dataVersion').then((items) => items.dataVersion)`,
      ),
    )
    .toBeGreaterThanOrEqual(1);
  await worker.evaluate((people) => {
    const entries = Object.fromEntries(
      people.map(({ name, email }, i) => [
        `person:seeded-${i}`,
        {
          kind: 'person',
          id: `seeded-${i}`,
          name,
          revealedAt: Date.now() - i,
          creditsCharged: 1,
          demo: true,
          emails: [{ email, type: 'work', confidence: 'A' }],
          phones: [{ number: '+1 555 0100', type: 'mobile', doNotCall: true }],
        },
      ]),
    );
    return chrome.storage.local.set({ history: { entries }, dataVersion: 0 });
  }, people);
  await stopServiceWorker(context, extensionId);
}

/** Serious and critical accessibility violations on the page as it is now. */
export async function seriousViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({ id: v.id, help: v.help, nodes: v.nodes.map((n) => n.target.join(' ')) }));
}
