import { useEffect, useId, useState } from 'react';
import { usePanel } from '@/lib/panel';
import { download } from './download';
import { EntryView } from './EntryView';

/** Everyone and every company revealed, newest first, a page at a time; searchable; CSV of what the search shows. */
export function HistoryView() {
  const history = usePanel((s) => s.history);
  const total = usePanel((s) => s.historyTotal);
  const query = usePanel((s) => s.historyQuery);
  const load = usePanel((s) => s.loadHistory);
  const more = usePanel((s) => s.loadMoreHistory);
  const exportCsv = usePanel((s) => s.exportHistory);
  const [typed, setTyped] = useState(query);
  const searchId = useId();
  useEffect(() => {
    const timer = setTimeout(() => void load(typed), 150);
    return () => clearTimeout(timer);
  }, [typed, load]);
  const save = async () => {
    const file = await exportCsv();
    if (file) download(file.csv, file.filename);
  };
  return (
    <section className="stack tight" aria-label="History">
      <div className="row">
        <label htmlFor={searchId} className="visually-hidden">
          Search history
        </label>
        <input
          id={searchId}
          type="search"
          placeholder="Search name, company, email, phone"
          value={typed}
          onChange={(e) => setTyped(e.currentTarget.value)}
        />
        <button type="button" onClick={() => void save()} disabled={!total}>
          Export {query ? 'these' : 'all'} as CSV
        </button>
      </div>
      <p className="meta" aria-live="polite">
        {total ? `${total.toLocaleString('en-US')} ${query ? 'match' : 'revealed'}` : ''}
      </p>
      {history.length ? (
        history.map((entry) => <EntryView key={`${entry.kind}:${entry.id}`} entry={entry} />)
      ) : (
        <p className="empty">
          {query ? 'Nothing in history matches.' : 'Nothing revealed yet. Reveals are kept here.'}
        </p>
      )}
      {history.length < total ? (
        <button type="button" onClick={() => void more()}>
          Show more ({(total - history.length).toLocaleString('en-US')} left)
        </button>
      ) : null}
    </section>
  );
}
