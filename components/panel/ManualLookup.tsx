import { useId, useState } from 'react';
import { parseManualLookup, type ManualLookup as Lookup } from '@/lib/lookup/targets';
import { usePanel } from '@/lib/panel';
import { SearchAndReveal } from './SearchAndReveal';

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

/** The form's values as `parseManualLookup` takes them. */
function toLookup(mode: Mode, values: Record<string, string>): Lookup {
  const v = (k: string) => values[k] ?? '';
  if (mode === 'linkedin') return { mode, url: v('url') };
  if (mode === 'email') return { mode, email: v('email') };
  if (mode === 'domain') return { mode, domain: v('domain') };
  return { mode, firstName: v('firstName'), lastName: v('lastName'), company: v('company') };
}

interface FieldProps {
  id: string;
  label: string;
  value: string;
  error: string | null;
  onChange: (value: string) => void;
}

/** One text field with its inline error, tied by `aria-invalid` and `aria-describedby`. */
function Field({ id, label, value, error, onChange }: FieldProps) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        value={value}
        aria-invalid={!!error}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(e) => onChange(e.currentTarget.value)}
      />
      {error ? (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      ) : null}
    </div>
  );
}

function ModePicker({ mode, onChange }: { mode: Mode; onChange: (mode: Mode) => void }) {
  const id = useId();
  return (
    <fieldset className="modes">
      <legend>Look up by</legend>
      {MODES.map((m) => (
        <label key={m.mode} className="choice">
          <input
            type="radio"
            name={`${id}-mode`}
            checked={mode === m.mode}
            onChange={() => onChange(m.mode)}
          />
          {m.label}
        </label>
      ))}
    </fieldset>
  );
}

/** A form to look up a LinkedIn URL, an email, a name plus company, or a domain. */
export function ManualLookup() {
  const [mode, setMode] = useState<Mode>('linkedin');
  const [values, setValues] = useState<Record<string, string>>({});
  const [error, setError] = useState<{ field: string; message: string } | null>(null);
  const add = usePanel((s) => s.addManualTarget);
  const load = usePanel((s) => s.loadPreviews);
  const setView = usePanel((s) => s.setView);
  const id = useId();

  const [oneStep, setOneStep] = useState(false);
  const parse = () => {
    const result = parseManualLookup(toLookup(mode, values));
    if (!result.ok) return (setError({ field: result.field, message: result.message }), null);
    setError(null);
    return result.target;
  };
  const submit = () => {
    if (oneStep) return;
    const target = parse();
    if (!target) return;
    add(target);
    setView('page');
    void load([target], true);
  };

  return (
    <form
      className="stack"
      aria-label="Look up"
      noValidate
      onSubmit={(e) => (e.preventDefault(), submit())}
    >
      <ModePicker mode={mode} onChange={(m) => (setMode(m), setError(null))} />
      {FIELDS[mode].map((f) => (
        <Field
          key={f.name}
          id={`${id}-${f.name}`}
          label={f.label}
          value={values[f.name] ?? ''}
          error={error?.field === f.name ? error.message : null}
          onChange={(value) => setValues({ ...values, [f.name]: value })}
        />
      ))}
      {oneStep ? null : (
        <button type="submit" className="primary">
          Preview
        </button>
      )}
      {mode !== 'domain' ? (
        <SearchAndReveal on={oneStep} onToggle={setOneStep} parse={parse} />
      ) : null}
    </form>
  );
}
