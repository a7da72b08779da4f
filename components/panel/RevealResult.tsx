import { toCsv } from '@/lib/history/csv';
import { csvRow, CSV_HEADER } from '@/lib/history/csv-row';
import { formatCredits, usePanel } from '@/lib/panel';
import { ErrorNotice } from '../common/ErrorNotice';
import { EntryView } from './EntryView';
import { download } from './download';

/** What the last confirmed reveal gave (the cards show the data), or why it failed. */
export function RevealResult() {
  const result = usePanel((s) => s.revealResult);
  const error = usePanel((s) => s.revealError);
  const balance = usePanel((s) => s.account?.credits.remaining);
  const dismiss = usePanel((s) => s.dismissResult);
  const setView = usePanel((s) => s.setView);
  const confirm = usePanel((s) => s.confirmReveal);
  if (!result && !error) return null;
  const people = result?.entries.length ?? 0;
  return (
    <section className="stack result notice" aria-label="Reveal result">
      {error ? (
        <ErrorNotice
          error={error}
          balance={balance}
          onRetry={() => void confirm()}
          onHistory={() => setView('history')}
        />
      ) : null}
      {result ? (
        <p role="status">
          <strong>
            Revealed {people} · {formatCredits(result.creditsCharged)} charged
          </strong>
          {result.recovered ? (
            <span className="meta"> (the answer was interrupted; the charge was checked)</span>
          ) : null}
        </p>
      ) : null}
      {result && !result.saved ? (
        <div className="notice notice-error" role="alert">
          <strong>Charged, but not kept</strong>
          <p>
            Lusha charged {formatCredits(result.creditsCharged)} and revealed the data below, but
            Prospect Lens could not save it to your history. Copy it or download it now.
          </p>
          <button
            type="button"
            onClick={() =>
              download(toCsv(CSV_HEADER, result.entries.map(csvRow)), 'prospect-lens-reveal.csv')
            }
          >
            Download CSV
          </button>
          {result.entries.map((entry) => (
            <EntryView key={`${entry.kind}:${entry.id}`} entry={entry} />
          ))}
        </div>
      ) : null}
      {result?.failures.map((f) => (
        <p key={f.id} className="meta">
          {f.message}
        </p>
      ))}
      <button type="button" className="link" onClick={dismiss}>
        Close
      </button>
    </section>
  );
}
