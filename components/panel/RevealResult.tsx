import { formatCredits, usePanel } from '@/lib/panel';
import { ErrorNotice } from '../common/ErrorNotice';
import { EntryView } from './EntryView';

/** What the last confirmed reveal gave (already in history), or why it failed. */
export function RevealResult() {
  const result = usePanel((s) => s.revealResult);
  const error = usePanel((s) => s.revealError);
  const balance = usePanel((s) => s.account?.credits.remaining);
  const dismiss = usePanel((s) => s.dismissResult);
  const setView = usePanel((s) => s.setView);
  const confirm = usePanel((s) => s.confirmReveal);
  if (!result && !error) return null;
  return (
    <section className="stack result" aria-label="Reveal result">
      {error ? (
        <ErrorNotice
          error={error}
          balance={balance}
          onRetry={() => void confirm()}
          onHistory={() => setView('history')}
        />
      ) : null}
      {result ? (
        <>
          <h2>Revealed · {formatCredits(result.creditsCharged)} charged</h2>
          {result.entries.map((entry) => (
            <EntryView key={`${entry.kind}:${entry.id}`} entry={entry} />
          ))}
          {result.failures.map((f) => (
            <p key={f.id} className="notice">
              {f.message}
            </p>
          ))}
        </>
      ) : null}
      <button type="button" className="link" onClick={dismiss}>
        Close result
      </button>
    </section>
  );
}
