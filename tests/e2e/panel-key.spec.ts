import { test, expect } from './support/extension';
import { OptionsPageObject, PanelPage } from './support/panel';
import { routeLushaToSandbox, SANDBOX_KEY } from './support/sandbox';

test('the API key: a wrong one is refused with the reason, a good one saved masked, then removed', async ({
  context,
  extensionId,
}) => {
  const sandbox = await routeLushaToSandbox(context);
  try {
    const options = await OptionsPageObject.open(context, extensionId);
    const save = options.page.getByRole('button', { name: 'Check and save' });
    await expect(save).toBeDisabled();

    await options.keyInput.fill('wrong-key-123');
    await save.click();
    await expect(options.page.getByRole('alert')).toContainText('Your API key was not accepted');
    await expect(options.page.getByText('Saved key:')).toBeHidden();
    // The way out is the field on this page, not "Open settings" (the page the rep is on).
    await expect(options.page.getByRole('button', { name: 'Open settings' })).toHaveCount(0);
    await options.page.getByRole('button', { name: 'Paste the key again' }).click();
    await expect(options.keyInput).toBeFocused();

    // An account switched off says so, in Lusha's words.
    await options.keyInput.fill('sandbox-inactive');
    await save.click();
    await expect(options.page.getByRole('alert')).toContainText('Your Lusha account is not active');
    await expect(options.page.getByRole('alert')).not.toContainText('Not on your plan');
    await options.page.screenshot({ path: 'tmp/screenshots/options-key-inactive.png' });

    await options.keyInput.fill(SANDBOX_KEY);
    await options.keyInput.press('Enter');
    await expect(options.page.getByText('Key saved. It was checked with Lusha.')).toBeVisible();
    const masked = options.page.locator('code');
    await expect(masked).not.toHaveText(SANDBOX_KEY);
    await expect(options.page.getByText(SANDBOX_KEY)).toHaveCount(0);

    // The panel is ready: no first-run screen, the account's credits show.
    const panel = await PanelPage.open(context, extensionId);
    await expect(panel.credits).toContainText('credits left');
    await expect(panel.page.getByRole('heading', { name: 'Connect Lusha' })).toHaveCount(0);

    await options.page.getByRole('button', { name: 'Remove key' }).click();
    await expect(options.page.getByText('Saved key:')).toBeHidden();
    await panel.page.reload();
    await expect(panel.page.getByRole('heading', { name: 'Connect Lusha' })).toBeVisible();
  } finally {
    await sandbox.close();
  }
});
