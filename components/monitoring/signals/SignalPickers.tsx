import { useEffect, useState } from 'react';
import type { MonitorSettings } from '@/lib/monitoring/settings';
import { MAX_RESULT_CHOICES, WINDOW_CHOICES } from '@/lib/monitoring/settings-choices';
import {
  COMPANY_SIGNAL_GROUPS,
  PERSON_SIGNAL_TYPES,
  signalTypeLabel,
  type SignalSubFilter,
} from '@/lib/monitoring/signal-types';
import { useMon } from '@/lib/monitoring-ui/store';

const toggled = <T,>(list: T[], value: T) =>
  list.includes(value) ? list.filter((v) => v !== value) : [...list, value];

function TypeChecks({ settings }: { settings: MonitorSettings }) {
  const update = useMon((s) => s.updateSettings);
  return (
    <>
      <fieldset>
        <legend>People</legend>
        <div className="mon-checks">
          {PERSON_SIGNAL_TYPES.map((t) => (
            <label key={t}>
              <input
                type="checkbox"
                checked={settings.personTypes.includes(t)}
                onChange={() => void update({ personTypes: toggled(settings.personTypes, t) })}
              />
              {signalTypeLabel(t)}
            </label>
          ))}
        </div>
      </fieldset>
      {COMPANY_SIGNAL_GROUPS.map((g) => (
        <fieldset key={g.label}>
          <legend>Companies: {g.label}</legend>
          <div className="mon-checks">
            {g.types.map((t) => (
              <label key={t}>
                <input
                  type="checkbox"
                  checked={settings.companyTypes.includes(t)}
                  onChange={() => void update({ companyTypes: toggled(settings.companyTypes, t) })}
                />
                {g.label === 'Headcount'
                  ? signalTypeLabel(t).replace('Headcount ', '')
                  : signalTypeLabel(t)}
              </label>
            ))}
          </div>
        </fieldset>
      ))}
    </>
  );
}

/** Settings fields the sub-filters are kept in. */
const SUB_FIELD: Record<SignalSubFilter, keyof MonitorSettings> = {
  newsEventTypes: 'newsEventTypes',
  hiringByDepartments: 'hiringDepartments',
  hiringByLocations: 'hiringLocations',
  intentCategories: 'intentCategories',
};

/** One sub-filter: values from Lusha's discovery endpoint (a type-ahead for locations). */
function SubFilter({
  type,
  label,
  settings,
}: {
  type: SignalSubFilter;
  label: string;
  settings: MonitorSettings;
}) {
  const values = useMon((s) => s.filterValues[type]);
  const load = useMon((s) => s.loadFilterValues);
  const update = useMon((s) => s.updateSettings);
  const [query, setQuery] = useState('');
  const chosen = settings[SUB_FIELD[type]] as string[];
  const typed = type === 'hiringByLocations';
  useEffect(() => {
    if (!typed) return;
    if (query.trim().length < 2) return;
    const timer = setTimeout(() => void load(type, query.trim()), 300);
    return () => clearTimeout(timer);
  }, [query, typed, type, load]);
  const shown = [...new Set([...chosen, ...(values ?? [])])];
  return (
    <details onToggle={(e) => e.currentTarget.open && !typed && !values && void load(type)}>
      <summary>
        {label}
        {chosen.length ? <span className="meta"> · {chosen.length} picked</span> : null}
      </summary>
      {typed ? (
        <input
          type="search"
          placeholder="Type 2 letters of a place"
          value={query}
          onChange={(e) => setQuery(e.currentTarget.value)}
          aria-label={`Search ${label}`}
        />
      ) : null}
      <div className="mon-checks">
        {shown.map((v) => (
          <label key={v}>
            <input
              type="checkbox"
              checked={chosen.includes(v)}
              onChange={() => void update({ [SUB_FIELD[type]]: toggled(chosen, v) })}
            />
            <bdi>{v}</bdi>
          </label>
        ))}
      </div>
    </details>
  );
}

/** What a refresh asks for: types, results per signal, window; sub-filters. */
export function SignalPickers() {
  const settings = useMon((s) => s.monitor?.settings);
  const update = useMon((s) => s.updateSettings);
  if (!settings) return null;
  return (
    <section className="mon-box" aria-label="Signals to ask for">
      <h2>Signals to ask for</h2>
      <TypeChecks settings={settings} />
      <div className="row">
        <label>
          Results per signal{' '}
          <select
            value={settings.maxResultsPerSignal}
            onChange={(e) => void update({ maxResultsPerSignal: Number(e.currentTarget.value) })}
          >
            {MAX_RESULT_CHOICES.map((n) => (
              <option key={n} value={n}>
                {n === 1 ? 'latest only' : `up to ${n}`}
              </option>
            ))}
          </select>
        </label>
        <label>
          Since{' '}
          <select
            value={settings.months}
            onChange={(e) => void update({ months: Number(e.currentTarget.value) })}
          >
            {WINDOW_CHOICES.map((m) => (
              <option key={m} value={m}>
                {m === 1 ? 'last month' : `last ${m} months`}
              </option>
            ))}
          </select>
        </label>
      </div>
      <h3>Narrow what is shown</h3>
      <p className="meta">Lusha bills every signal type asked for; these only filter the list.</p>
      <SubFilter type="newsEventTypes" label="News events" settings={settings} />
      <SubFilter type="hiringByDepartments" label="Hiring departments" settings={settings} />
      <SubFilter type="hiringByLocations" label="Hiring locations" settings={settings} />
      {settings.companyTypes.includes('linkedinActivityIntent') ? (
        <>
          <h3>LinkedIn activity</h3>
          <SubFilter
            type="intentCategories"
            label="Intent categories (sent to Lusha)"
            settings={settings}
          />
        </>
      ) : null}
    </section>
  );
}
