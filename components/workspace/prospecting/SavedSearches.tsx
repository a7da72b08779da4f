import { useId, useState } from 'react';
import { formatCredits } from '@/lib/panel/format';
import { useWs } from '@/lib/workspace-ui';
import { PAGE_SIZE, pageCost } from '@/lib/workspace/costs';
import { signalTypesChosen, type FilterChoice } from '@/lib/workspace/filter-set';

/** Save the filters under a name; run a saved search again and see what is new since. */
export function SavedSearches() {
  const saved = useWs((s) => s.saved);
  const current = useWs((s) => s.prospect.savedSearchId);
  const save = useWs((s) => s.saveSearch);
  const run = useWs((s) => s.runSaved);
  const remove = useWs((s) => s.deleteSaved);
  const loading = useWs((s) => s.prospect.loading);
  const account = useWs((s) => s.account);
  const catalog = useWs((s) => s.catalog);
  const pricing = account?.pricing ?? {};
  const signals = catalog?.signalTypes ?? { contacts: [], companies: [] };
  const [name, setName] = useState('');
  const id = useId();
  /** The first page's most, as the search button says it. */
  const cost = (kind: 'contacts' | 'companies', filters: unknown) =>
    pageCost(pricing, kind, PAGE_SIZE, signalTypesChosen(kind, filters as FilterChoice[], signals))
      .total;
  return (
    <section className="ws-filter-group" aria-label="Saved searches">
      <h3>Saved searches</h3>
      <form
        className="row"
        onSubmit={(e) => {
          e.preventDefault();
          if (name.trim()) void save(name.trim()).then(() => setName(''));
        }}
      >
        <label htmlFor={`${id}-name`} className="visually-hidden">
          Name these filters
        </label>
        <input
          id={`${id}-name`}
          placeholder="Name these filters"
          maxLength={100}
          value={name}
          onChange={(e) => setName(e.currentTarget.value)}
        />
        <button type="submit" disabled={!name.trim()}>
          Save
        </button>
      </form>
      <ul className="ws-saved">
        {saved.map((s) => (
          <li key={s.id} className={s.id === current ? 'is-current' : undefined}>
            <span className="ws-saved-name">
              <bdi>{s.name}</bdi>
              <span className="meta">
                {s.lastRunAt
                  ? ` · ran ${new Date(s.lastRunAt).toLocaleDateString()}${s.runs > 1 ? ` · ${s.lastNew} new` : ''}`
                  : ' · not run yet'}
              </span>
            </span>
            <button
              type="button"
              className="small"
              disabled={loading}
              onClick={() => void run(s.id)}
            >
              Run<span className="visually-hidden"> {s.name}</span> · up to{' '}
              {formatCredits(cost(s.kind, s.filters))}
            </button>
            <button type="button" className="small link" onClick={() => void remove(s.id)}>
              Delete<span className="visually-hidden"> {s.name}</span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
