import { useId } from 'react';
import { useSettings } from '@/lib/panel/settings';
import type { Settings } from '@/lib/settings';

interface CapProps {
  which: 'daily' | 'monthly';
  label: string;
  settings: Settings;
  change: (patch: Partial<Settings>) => void;
}

function CapInput({ which, label, settings, change }: CapProps) {
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
          if (n === null || Number.isFinite(n)) change({ caps: { ...settings.caps, [which]: n } });
        }}
      />
    </div>
  );
}

/** Optional daily and monthly credit caps: a reveal or search that would pass one is refused. */
export function CapsSetting() {
  const [settings, change] = useSettings();
  if (!settings) return null;
  return (
    <section aria-labelledby="caps-title">
      <h2 id="caps-title">Credit caps</h2>
      <div className="row">
        <CapInput which="daily" label="Daily cap (credits)" settings={settings} change={change} />
        <CapInput
          which="monthly"
          label="Monthly cap (credits)"
          settings={settings}
          change={change}
        />
      </div>
      <p className="hint">Leave empty for no cap. Demo mode never counts against caps.</p>
    </section>
  );
}
