import { updateSettings, usePanel } from '@/lib/panel';
import { KeyForm } from '../common/KeyForm';

/** What the panel needs before it can look anyone up: a key, or demo mode. */
export function FirstRun() {
  const loadKey = usePanel((s) => s.loadKeyStatus);
  const loadAccount = usePanel((s) => s.loadAccount);
  return (
    <section className="stack first-run" aria-labelledby="first-run-title">
      <h2 id="first-run-title">Connect Lusha</h2>
      <p>
        Prospect Lens looks people and companies up in Lusha. Paste your Lusha API key: it is
        checked with Lusha (free) before it is saved, and it never leaves the extension.
      </p>
      <KeyForm
        onSaved={() => {
          void loadKey();
          void loadAccount(true);
        }}
      />
      <div className="notice">
        <strong>No key? Try demo mode</strong>
        <p>
          Sample people and companies, no key and no network. Every flow works; nothing is billed.
        </p>
        <button
          type="button"
          className="primary"
          onClick={() => void updateSettings({ demoMode: true })}
        >
          Try demo mode
        </button>
      </div>
    </section>
  );
}
