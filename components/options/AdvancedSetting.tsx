import { useId, useState } from 'react';
import { browser } from 'wxt/browser';
import { useSettings } from '@/lib/panel/settings';
import { apiBase, apiBaseUrlProblem } from '@/lib/settings';

const hostOf = (url: string) => url.replace(/^https?:\/\//, '');

/**
 * Advanced: another API address (a team gateway, the sandbox over HTTP). A deliberate, visible
 * choice: only https (http only on this computer), the browser asks the rep to allow that
 * address, and the key is asked for again there.
 */
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
    const problem = value ? apiBaseUrlProblem(value) : null;
    if (problem) return setError(problem);
    setError('');
    if (!value) return change({ apiBaseUrl: null });
    // Asked inside the click (a user gesture), before anything else awaits.
    void browser.permissions.request({ origins: [`${value}/*`] }).then(
      (granted) =>
        granted
          ? change({ apiBaseUrl: value })
          : setError(`The browser did not allow ${hostOf(value)}, so nothing was changed.`),
      () => setError(`The browser cannot allow ${hostOf(value)}.`),
    );
  };
  return (
    <section aria-labelledby="advanced-title">
      <details open={!!settings.apiBaseUrl}>
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
              Calls and your key go to <strong>{hostOf(apiBase(settings))}</strong>. Empty: Lusha
              itself. Another address must be https:// (http:// only for this computer, e.g. the
              sandbox at http://127.0.0.1:4010); the key is asked for again there.
            </p>
          )}
        </div>
      </details>
    </section>
  );
}
