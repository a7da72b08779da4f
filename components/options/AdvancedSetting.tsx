import { useId, useState } from 'react';
import { useSettings } from '@/lib/panel/settings';

const URL_SHAPE = /^https?:\/\/[^\s/?#]+$/;

/** Advanced: another API base URL, e.g. the sandbox over HTTP (`http://127.0.0.1:4010`). */
export function AdvancedSetting() {
  const [settings, change] = useSettings();
  // Null until the rep types: the field shows the stored value.
  const [typed, setDraft] = useState<string | null>(null);
  const [error, setError] = useState('');
  const id = useId();
  if (!settings) return null;
  const draft = typed ?? settings.apiBaseUrl ?? '';
  const save = () => {
    const value = draft.trim().replace(/\/+$/, '');
    if (value && !URL_SHAPE.test(value)) {
      setError('Enter an address like http://127.0.0.1:4010 (no path), or leave it empty.');
      return;
    }
    setError('');
    change({ apiBaseUrl: value || null });
  };
  return (
    <section aria-labelledby="advanced-title">
      <details>
        <summary>
          <h2 id="advanced-title" style={{ display: 'inline' }}>
            Advanced
          </h2>
        </summary>
        <div className="field">
          <label htmlFor={id}>API base URL</label>
          <div className="row">
            <input
              id={id}
              type="url"
              placeholder="https://api.lusha.com"
              value={draft}
              aria-invalid={!!error}
              aria-describedby={error ? `${id}-error` : `${id}-hint`}
              onChange={(e) => setDraft(e.currentTarget.value)}
            />
            <button type="button" onClick={save}>
              Save
            </button>
          </div>
          {error ? (
            <p id={`${id}-error`} className="field-error">
              {error}
            </p>
          ) : (
            <p id={`${id}-hint`} className="hint">
              Empty: Lusha itself. For the sandbox over HTTP, e.g. http://127.0.0.1:4010.
            </p>
          )}
        </div>
      </details>
    </section>
  );
}
