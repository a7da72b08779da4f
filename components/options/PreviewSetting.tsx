import type { AutoPreview } from '@/lib/settings';
import { useSettings } from '@/lib/panel/settings';

const CHOICES: { value: AutoPreview; label: string }[] = [
  { value: 'off', label: 'Off: preview only when I click' },
  { value: 'subject', label: 'Only the page’s own person or company' },
  { value: 'all', label: 'Every person found, up to a number' },
];

/** Auto-preview: search is billed, so it is off unless the rep chooses otherwise. */
export function PreviewSetting() {
  const [settings, change] = useSettings();
  if (!settings) return null;
  return (
    <section aria-labelledby="preview-title">
      <h2 id="preview-title">Automatic previews</h2>
      <fieldset className="modes">
        <legend>Preview people found on a page</legend>
        {CHOICES.map((c) => (
          <label key={c.value} className="choice">
            <input
              type="radio"
              name="autoPreview"
              checked={settings.autoPreview === c.value}
              onChange={() => change({ autoPreview: c.value })}
            />
            {c.label}
          </label>
        ))}
      </fieldset>
      <label className="row">
        Up to
        <input
          type="number"
          min={1}
          max={100}
          style={{ maxWidth: '6rem' }}
          value={settings.autoPreviewLimit}
          disabled={settings.autoPreview !== 'all'}
          onChange={(e) => {
            const n = Math.round(Number(e.currentTarget.value));
            if (n >= 1 && n <= 100) change({ autoPreviewLimit: n });
          }}
        />
        people per page
      </label>
      <p className="hint">Search is billed by Lusha (about 1 credit per 25 people).</p>
    </section>
  );
}
