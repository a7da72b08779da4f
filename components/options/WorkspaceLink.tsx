import { browser } from 'wxt/browser';

/** Where the workspace is: prospecting, lookalikes and lists in a tab of their own. */
export function WorkspaceLink() {
  return (
    <section aria-labelledby="workspace-title">
      <h2 id="workspace-title">Workspace</h2>
      <p className="hint">
        Find new people and companies with Lusha’s filters, lookalikes of the ones you pick, and
        lists you export for HubSpot or Salesforce. Every billed step shows its cost first.
      </p>
      <button
        type="button"
        onClick={() => void browser.tabs.create({ url: browser.runtime.getURL('/workspace.html') })}
      >
        Open the workspace
      </button>
    </section>
  );
}
