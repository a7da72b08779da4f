import { useShallow } from 'zustand/react/shallow';
import { useWs } from '@/lib/workspace-ui';
import type { FilterField } from '@/lib/workspace/filter-fields';
import { ErrorNotice } from '../../common/ErrorNotice';
import { FilterPicker } from './FilterPicker';
import { SavedSearches } from './SavedSearches';

function KindSwitch() {
  const kind = useWs((s) => s.prospect.kind);
  const setKind = useWs((s) => s.setKind);
  return (
    <fieldset className="ws-kind">
      <legend className="visually-hidden">Search for</legend>
      {(['contacts', 'companies'] as const).map((k) => (
        <label key={k} className={`chip${kind === k ? ' on' : ''}`}>
          <input type="radio" name="ws-kind" checked={kind === k} onChange={() => setKind(k)} />
          {k === 'contacts' ? 'People' : 'Companies'}
        </label>
      ))}
    </fieldset>
  );
}

/** The picked values as chips: click the label to include or exclude, × to remove. */
function Chosen() {
  const choices = useWs((s) => s.prospect.choices);
  const kind = useWs((s) => s.prospect.kind);
  const remove = useWs((s) => s.removeChoice);
  const flip = useWs((s) => s.toggleExclude);
  const clear = useWs((s) => s.clearChoices);
  if (!choices.length) return <p className="meta">No filters: everyone matches.</p>;
  return (
    <div className="ws-chosen" aria-label="Chosen filters" role="group">
      {choices.map((c, i) =>
        kind === 'companies' && c.group === 'contacts' ? null : (
          <span key={i} className={`chip${c.exclude ? ' is-excluded' : ' on'}`}>
            <button
              type="button"
              className="link"
              title={c.exclude ? 'Excluded: click to include' : 'Included: click to exclude'}
              onClick={() => flip(i)}
            >
              {c.exclude ? 'not ' : ''}
              <bdi>{c.label}</bdi>
            </button>
            <button
              type="button"
              className="link"
              aria-label={`Remove ${c.label}`}
              onClick={() => remove(i)}
            >
              ×
            </button>
          </span>
        ),
      )}
      <button type="button" className="link" onClick={clear}>
        Clear all
      </button>
    </div>
  );
}

function Group({ title, fields }: { title: string; fields: FilterField[] }) {
  const add = useWs((s) => s.addChoice);
  if (!fields.length) return null;
  return (
    <section className="ws-filter-group" aria-label={`${title} filters`}>
      <h3>{title}</h3>
      {fields.map((f) => (
        <FilterPicker key={`${f.group}.${f.filterType}`} field={f} onPick={add} />
      ))}
    </section>
  );
}

/** Filters from Lusha's filter discovery, grouped by person and company, and saved searches. */
export function FilterSidebar() {
  const kind = useWs((s) => s.prospect.kind);
  const fields = useWs(useShallow((s) => s.catalog?.fields ?? []));
  const error = useWs((s) => s.catalogError);
  const reload = useWs((s) => s.loadCatalog);
  const people = fields.filter((f) => f.group === 'contacts');
  const companies = fields.filter((f) => f.group === 'companies');
  return (
    <aside className="ws-sidebar" aria-label="Filters">
      <KindSwitch />
      <Chosen />
      {error ? <ErrorNotice error={error} onRetry={() => void reload()} /> : null}
      {!fields.length && !error ? <p className="meta">Loading Lusha’s filters…</p> : null}
      {kind === 'contacts' ? <Group title="Person" fields={people} /> : null}
      <Group title="Company" fields={companies} />
      <SavedSearches />
    </aside>
  );
}
