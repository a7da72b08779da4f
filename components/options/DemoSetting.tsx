import { useSettings } from '@/lib/panel/settings';

/** Demo mode: every call goes to the sample data built into the extension (no key, no network). */
export function DemoSetting() {
  const [settings, change] = useSettings();
  return (
    <section aria-labelledby="demo-title">
      <h2 id="demo-title">Demo mode</h2>
      <label className="choice">
        <input
          type="checkbox"
          role="switch"
          checked={settings?.demoMode ?? false}
          disabled={!settings}
          aria-describedby="demo-hint"
          onChange={(e) => change({ demoMode: e.currentTarget.checked })}
        />
        <strong>Use demo data instead of Lusha</strong>
      </label>
      <p id="demo-hint" className="hint">
        No key? Try demo mode: sample people and companies, no network, nothing billed. Everything
        shown in demo mode is labelled “Demo data”.
      </p>
    </section>
  );
}
