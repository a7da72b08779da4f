import { useId } from 'react';
import { updateSettings, useSettings } from '@/lib/panel/settings';
import type { Settings } from '@/lib/settings';

function CapInput({
  which,
  label,
  settings,
}: {
  which: 'daily' | 'monthly';
  label: string;
  settings: Settings;
}) {
  const id = useId();
  const value = settings.caps[which];
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="number"
        min={0}
        placeholder="No cap"
        value={value ?? ''}
        onChange={(e) => {
          const raw = e.currentTarget.value.trim();
          const n = raw === '' ? null : Math.max(0, Math.round(Number(raw)));
          if (n === null || Number.isFinite(n))
            void updateSettings({ caps: { ...settings.caps, [which]: n } });
        }}
      />
    </div>
  );
}

/** Optional daily and monthly credit caps: a reveal or search that would pass one is refused. */
export function CapsSetting() {
  const settings = useSettings();
  if (!settings) return null;
  return (
    <section aria-labelledby="caps-title">
      <h2 id="caps-title">Credit caps</h2>
      <div className="row">
        <CapInput which="daily" label="Daily cap (credits)" settings={settings} />
        <CapInput which="monthly" label="Monthly cap (credits)" settings={settings} />
      </div>
      <p className="hint">Leave empty for no cap. Demo mode never counts against caps.</p>
    </section>
  );
}
