import { useId, useState } from 'react';
import { parseManualLookup, type ManualLookup as Lookup } from '@/lib/lookup';
import { usePanel } from '@/lib/panel';

type Mode = Lookup['mode'];

const MODES: { mode: Mode; label: string }[] = [
  { mode: 'linkedin', label: 'LinkedIn URL' },
  { mode: 'email', label: 'Email' },
  { mode: 'name', label: 'Name and company' },
  { mode: 'domain', label: 'Company website' },
];

const FIELDS: Record<Mode, { name: string; label: string }[]> = {
  linkedin: [{ name: 'url', label: 'LinkedIn profile or company URL' }],
  email: [{ name: 'email', label: 'Email address' }],
  name: [
    { name: 'firstName', label: 'First name' },
    { name: 'lastName', label: 'Last name' },
    { name: 'company', label: 'Company name or website' },
  ],
  domain: [{ name: 'domain', label: 'Company website' }],
};

/** A form to look up a LinkedIn URL, an email, a name plus company, or a domain. */
export function ManualLookup() {
  const [mode, setMode] = useState<Mode>('linkedin');
  const [values, setValues] = useState<Record<string, string>>({});
  const [error, setError] = useState<{ field: string; message: string } | null>(null);
  const add = usePanel((s) => s.addManualTarget);
  const load = usePanel((s) => s.loadPreviews);
  const setView = usePanel((s) => s.setView);
  const id = useId();

  const submit = () => {
    const v = (k: string) => values[k] ?? '';
    const input = {
      linkedin: { mode, url: v('url') },
      email: { mode, email: v('email') },
      name: { mode, firstName: v('firstName'), lastName: v('lastName'), company: v('company') },
      domain: { mode, domain: v('domain') },
    }[mode] as Lookup;
    const result = parseManualLookup(input);
    if (!result.ok) return setError({ field: result.field, message: result.message });
    setError(null);
    add(result.target);
    setView('page');
    void load([result.target], true);
  };

  return (
    <form
      className="stack"
      aria-label="Look up"
      noValidate
      onSubmit={(e) => (e.preventDefault(), submit())}
    >
      <fieldset className="modes">
        <legend>Look up by</legend>
        {MODES.map((m) => (
          <label key={m.mode} className="choice">
            <input
              type="radio"
              name={`${id}-mode`}
              checked={mode === m.mode}
              onChange={() => (setMode(m.mode), setError(null))}
            />
            {m.label}
          </label>
        ))}
      </fieldset>
      {FIELDS[mode].map((f) => {
        const invalid = error?.field === f.name;
        return (
          <div key={f.name} className="field">
            <label htmlFor={`${id}-${f.name}`}>{f.label}</label>
            <input
              id={`${id}-${f.name}`}
              value={values[f.name] ?? ''}
              aria-invalid={invalid}
              aria-describedby={invalid ? `${id}-${f.name}-error` : undefined}
              onChange={(e) => setValues({ ...values, [f.name]: e.currentTarget.value })}
            />
            {invalid ? (
              <p id={`${id}-${f.name}-error`} className="field-error">
                {error.message}
              </p>
            ) : null}
          </div>
        );
      })}
      <button type="submit" className="primary">
        Preview
      </button>
    </form>
  );
}
