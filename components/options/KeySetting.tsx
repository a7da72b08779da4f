import { KeyForm } from '../common/KeyForm';

/** The Lusha API key: checked before it is saved, shown masked, replaceable and removable. */
export function KeySetting() {
  return (
    <section aria-labelledby="key-title">
      <h2 id="key-title">Lusha API key</h2>
      <p className="hint">
        Find it in Lusha under Settings → API. It is checked with Lusha’s free usage call before it
        is saved, and stays inside the extension.
      </p>
      <KeyForm />
    </section>
  );
}
