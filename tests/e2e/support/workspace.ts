/**
 * The workspace page, opened as a tab at 1280 x 800, by roles and labels: its sections, the
 * filter pickers, the run bar, the results table with its selection, the reveal bar, lists.
 */
import type { BrowserContext, Locator, Page } from '@playwright/test';

export class WorkspacePage {
  constructor(readonly page: Page) {}

  static async open(context: BrowserContext, extensionId: string, hash = '') {
    const page = await context.newPage();
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(`chrome-extension://${extensionId}/workspace.html${hash}`);
    return new WorkspacePage(page);
  }

  section(
    name: 'Prospecting' | 'Lookalikes' | 'Lists' | 'Signals' | 'Website visits' | 'Account',
  ): Locator {
    return this.page.getByRole('tab', { name });
  }

  /** Types into a filter's type-ahead and picks the option called `option`. */
  async pick(filter: string, typed: string, option: string) {
    const input = this.page.getByRole('combobox', { name: filter, exact: true });
    await input.fill(typed);
    await this.page
      .getByRole('listbox', { name: `${filter} values` })
      .getByRole('option', { name: option, exact: true })
      .click();
  }

  get chosen(): Locator {
    return this.page.getByRole('group', { name: 'Chosen filters' });
  }

  button(name: string | RegExp): Locator {
    return this.page.getByRole('button', { name });
  }

  /** A results table by its label. */
  table(name: string): Locator {
    return this.page.getByRole('table', { name });
  }

  /** The data rows shown (a screenful: the table is virtual). */
  rows(table: string): Locator {
    return this.table(table).locator('tbody tr:not([aria-hidden])');
  }

  /** Clicks row `from`'s checkbox, then shift-clicks row `to`'s: a range. */
  async selectRange(table: string, from: number, to: number) {
    await this.rows(table).nth(from).getByRole('checkbox').click();
    await this.rows(table)
      .nth(to)
      .getByRole('checkbox')
      .click({ modifiers: ['Shift'] });
  }

  get selection(): Locator {
    return this.page.getByRole('toolbar', { name: 'Selection' });
  }

  get revealBar(): Locator {
    return this.page.getByRole('region', { name: 'Reveal selected' });
  }

  /** The first number in a text (`1,234 people match` → 1234). */
  static number(text: string | null): number {
    const match = /(\d[\d,]*)/.exec(text ?? '');
    if (!match) throw new Error(`no number in "${text}"`);
    return Number(match[1]!.replace(/,/g, ''));
  }
}
