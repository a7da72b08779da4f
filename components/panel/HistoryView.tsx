import { useEffect, useId } from 'react';
import { usePanel } from '@/lib/panel';
import { EntryView } from './EntryView';

/** Saves `csv` as a file through a Blob, an object URL and an `<a download>`. */
function download(csv: string, filename: string) {
  const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Everyone and every company revealed, searchable and exportable as CSV. */
export function HistoryView() {
  const history = usePanel((s) => s.history);
  const query = usePanel((s) => s.historyQuery);
  const load = usePanel((s) => s.loadHistory);
  const exportCsv = usePanel((s) => s.exportHistory);
  const searchId = useId();
  useEffect(() => {
    void load();
  }, [load]);
  const save = async () => {
    const file = await exportCsv();
    if (file) download(file.csv, file.filename);
  };
  return (
    <section className="stack" aria-label="History">
      <div className="row">
        <label htmlFor={searchId} className="visually-hidden">
          Search history
        </label>
        <input
          id={searchId}
          type="search"
          placeholder="Search name, company, email"
          value={query}
          onChange={(e) => void load(e.currentTarget.value)}
        />
        <button type="button" onClick={() => void save()} disabled={!history.length && !query}>
          Export CSV
        </button>
      </div>
      {history.length ? (
        history.map((entry) => <EntryView key={`${entry.kind}:${entry.id}`} entry={entry} />)
      ) : (
        <p className="empty">
          {query ? 'Nothing in history matches.' : 'Nothing revealed yet. Reveals are kept here.'}
        </p>
      )}
    </section>
  );
}
