/**
 * The monitoring sections (Signals, Website visits, Account) as a page object, a sandbox with a
 * manual clock (job changes "happen" when the test moves it), and the worker's notifications
 * seen from inside the service worker.
 */
import type { BrowserContext, Locator, Page, Worker } from '@playwright/test';
import { createSandbox, ManualClock, type Contact, type Dataset } from '@/lib/sandbox';
import { test as extensionTest } from './extension';
import { routeLushaToSandbox, saveSandboxKey, SANDBOX_KEY, type RoutedSandbox } from './sandbox';

export const DAY_MS = 86_400_000;

/** The monitoring page, on one section. */
export class MonitoringPageObject {
  /** Errors the page threw or logged (a test expects none). */
  readonly errors: string[] = [];

  constructor(readonly page: Page) {
    page.on('pageerror', (error) => this.errors.push(error.message));
    page.on('console', (msg) => msg.type() === 'error' && this.errors.push(msg.text()));
  }

  static async open(context: BrowserContext, extensionId: string, hash = 'signals') {
    const page = await context.newPage();
    const object = new MonitoringPageObject(page);
    await page.goto(`chrome-extension://${extensionId}/workspace.html#${hash}`);
    return object;
  }

  tab(name: string): Locator {
    return this.page.getByRole('tab', { name });
  }

  get quote(): Locator {
    return this.page.getByTestId('signals-quote');
  }

  get refreshButton(): Locator {
    return this.page.getByRole('button', { name: /^Refresh for at most/ });
  }

  get outcome(): Locator {
    return this.page.getByTestId('signals-outcome');
  }

  watched(name: string): Locator {
    return this.page.getByRole('region', { name: 'Watchlist' }).getByRole('listitem', { name });
  }

  /** A screenshot in light and in dark (tmp/screenshots/monitoring-<name>-<scheme>.png). */
  async screenshots(name: string) {
    for (const colorScheme of ['light', 'dark'] as const) {
      await this.page.emulateMedia({ colorScheme });
      await this.page.screenshot({
        path: `tmp/screenshots/monitoring-${name}-${colorScheme}.png`,
        fullPage: true,
      });
    }
    await this.page.emulateMedia({ colorScheme: 'light' });
  }
}

/** What `GET /__sandbox/calls` reports for one operation. */
export interface OperationReport {
  calls: number;
  creditsCharged: number;
}

/** The sandbox's calls report for `sandbox-key`, by operationId. */
export async function callsReport(
  sandbox: RoutedSandbox,
): Promise<Record<string, OperationReport>> {
  const response = await fetch(`${sandbox.server.url}/__sandbox/calls?key=${SANDBOX_KEY}`);
  return ((await response.json()) as { operations: Record<string, OperationReport> }).operations;
}

/** Moves the sandbox's manual clock. */
export async function moveClock(sandbox: RoutedSandbox, ms: number): Promise<void> {
  const response = await fetch(`${sandbox.server.url}/__sandbox/clock`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ advanceMs: ms }),
  });
  if (!response.ok) throw new Error(`clock: ${response.status}`);
}

const daysBefore = (dataset: Dataset, date: string) =>
  (dataset.referenceDate - Date.parse(date)) / DAY_MS;

/** Revealable people with a job change `min`-`max` days before the sandbox's today. */
export function movers(dataset: Dataset, min: number, max: number): Contact[] {
  return dataset.contacts.filter(
    (c) =>
      !c.partial &&
      !c.complianceRestricted &&
      c.emails.length > 0 &&
      c.signals.some((s) => {
        const days = daysBefore(dataset, s.date);
        return s.type === 'companyChange' && days >= min && days <= max;
      }),
  );
}

/** A company with a signal of one of `types` `min`-`max` days before the sandbox's today. */
export function companyWith(dataset: Dataset, types: string[], min: number, max: number) {
  return dataset.companies.find(
    (c) =>
      !c.partial &&
      c.signals.some((s) => {
        const days = daysBefore(dataset, s.date);
        return types.includes(s.type) && days >= min && days <= max;
      }),
  )!;
}

/** Starts recording `chrome.notifications.create` calls in the worker (they still go through). */
export async function recordNotifications(worker: Worker): Promise<void> {
  await worker.evaluate(() => {
    const g = globalThis as unknown as {
      __notes: unknown[][];
      chrome: { notifications: { create: (...a: unknown[]) => unknown } };
    };
    g.__notes = [];
    const create = g.chrome.notifications.create.bind(g.chrome.notifications);
    g.chrome.notifications.create = (...args: unknown[]) => {
      g.__notes.push(args.filter((a) => typeof a !== 'function'));
      return create(...args);
    };
  });
}

/** The recorded `[id, options]` of each notification created. */
export function recordedNotifications(worker: Worker) {
  return worker.evaluate(
    () => (globalThis as unknown as { __notes: [string, Record<string, string>][] }).__notes ?? [],
  );
}

/** Fires the daily refresh's alarm now, as Chrome would once a day. */
export async function fireDailyAlarm(worker: Worker, name: string): Promise<void> {
  await worker.evaluate(
    (alarm) =>
      (
        globalThis as unknown as {
          chrome: { alarms: { create(n: string, i: { when: number }): Promise<void> } };
        }
      ).chrome.alarms.create(alarm, { when: Date.now() + 50 }),
    name,
  );
}

export interface MonitoringFixtures {
  /** A sandbox whose clock only moves when the test says, routed as api.lusha.com. */
  sandbox: RoutedSandbox;
  /** The options page the key was saved from (send protocol messages from it). */
  extensionPage: Page;
}

/** The extension with a manual-clock sandbox and `sandbox-key` saved. */
export const test = extensionTest.extend<MonitoringFixtures>({
  sandbox: async ({ context }, use) => {
    const sandbox = createSandbox({ clock: new ManualClock(Date.now()) });
    const routed = await routeLushaToSandbox(context, 0, sandbox);
    await use(routed);
    await routed.close();
  },
  extensionPage: async ({ context, extensionId, sandbox }, use) => {
    void sandbox;
    await use(await saveSandboxKey(context, extensionId));
  },
});

export const expect = test.expect;
