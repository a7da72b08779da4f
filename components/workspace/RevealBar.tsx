import { useShallow } from 'zustand/react/shallow';
import { balanceAfter, capProblem } from '@/lib/panel/costs';
import { fieldLabel, formatCredits } from '@/lib/panel/format';
import { priceRowsCost } from '@/lib/workspace/costs';
import { quoteReveal, selectedRows, useWs, type TableId } from '@/lib/workspace-ui';
import { ErrorNotice } from '../common/ErrorNotice';

function Progress({ table }: { table: TableId }) {
  const progress = useWs((s) => (s.revealing?.table === table ? s.revealing : null));
  const stop = useWs((s) => s.stopReveal);
  if (!progress) return null;
  return (
    <div className="ws-progress" role="status">
      <span>
        Revealing {progress.done} of {progress.total}
        {progress.stopping ? ' · stopping after this batch' : '…'}
      </span>
      <progress max={progress.total} value={progress.done} aria-label="Reveal progress" />
      <button type="button" onClick={stop} disabled={progress.stopping}>
        Stop
      </button>
    </div>
  );
}

function Result({ table }: { table: TableId }) {
  const result = useWs((s) => (s.revealResult?.table === table ? s.revealResult.outcome : null));
  const error = useWs((s) => (s.revealError?.table === table ? s.revealError.error : null));
  const balance = useWs((s) => s.account?.credits.remaining);
  const dismiss = useWs((s) => s.dismissReveal);
  if (!result && !error) return null;
  return (
    <div className="ws-result" aria-label="Reveal result" role="region">
      {error ? <ErrorNotice error={error} balance={balance} /> : null}
      {result ? (
        <p role="status">
          <strong>
            Revealed {result.entries.length} · {formatCredits(result.creditsCharged)} charged
          </strong>
          {result.failures.length ? (
            <span className="meta"> · {result.failures.length} had nothing to reveal</span>
          ) : null}
          {!result.saved ? (
            <span className="warn"> · not saved to history: export the rows now</span>
          ) : null}
        </p>
      ) : null}
      <button type="button" className="link" onClick={dismiss}>
        Close
      </button>
    </div>
  );
}

/**
 * Reveal for the selected rows: pick fields (each chip says on how many rows and for how
 * much), the exact quote of what is not revealed yet, one confirm. Rows without costs are
 * priced first, with that search's cost on its button.
 */
export function RevealBar({ table }: { table: TableId }) {
  const rows = useWs(useShallow((s) => selectedRows(s.tables[table])));
  const fields = useWs((s) => s.revealFields[table]);
  const revealed = useWs((s) => s.revealed);
  const account = useWs((s) => s.account);
  const spend = useWs((s) => s.spend);
  const busy = useWs((s) => !!s.revealing || !!s.pricing);
  const revealing = useWs((s) => s.revealing?.table === table);
  const toggle = useWs((s) => s.toggleRevealField);
  const confirm = useWs((s) => s.confirmReveal);
  const price = useWs((s) => s.priceSelected);
  const pricing = account?.pricing ?? {};
  const quote = quoteReveal(rows, fields, revealed, pricing);
  const after = balanceAfter(account?.credits.remaining, quote.total);
  const problem =
    after !== null && after < 0
      ? 'Not enough credits for this reveal.'
      : capProblem(spend, quote.total);
  const chosen = Object.keys(quote.selection).length;
  return (
    <section className="ws-reveal" aria-label="Reveal selected">
      {revealing ? <Progress table={table} /> : null}
      {!revealing && rows.length ? (
        <div className="row">
          <span className="meta">Reveal</span>
          {quote.offered.map((o) => (
            <label key={o.field} className={`chip${fields.includes(o.field) ? ' on' : ''}`}>
              <input
                type="checkbox"
                checked={fields.includes(o.field)}
                onChange={() => toggle(table, o.field)}
              />
              <span>{fieldLabel(o.field)}</span>
              <span className={o.credits === 0 ? 'chip-cost free' : 'chip-cost'}>
                {o.rows} · {o.credits === 0 ? 'free' : formatCredits(o.credits)}
              </span>
            </label>
          ))}
          {quote.unpriced.length ? (
            <button type="button" disabled={busy} onClick={() => void price(table)}>
              Get reveal costs for {quote.unpriced.length} ·{' '}
              {formatCredits(priceRowsCost(pricing, quote.unpriced.length))}
            </button>
          ) : null}
          <span className="spacer" />
          {problem ? (
            <span className="warn" id={`${table}-reveal-problem`}>
              {problem}
            </span>
          ) : null}
          <button
            type="button"
            className="primary"
            disabled={!chosen || busy || !!problem}
            aria-describedby={problem ? `${table}-reveal-problem` : undefined}
            onClick={() => void confirm(table)}
          >
            {chosen ? `Reveal ${chosen} for ${formatCredits(quote.total)}` : 'Tick what to reveal'}
          </button>
        </div>
      ) : null}
      {!revealing && rows.length && quote.done ? (
        <p className="meta">{quote.done} selected already revealed: never billed again.</p>
      ) : null}
      <Result table={table} />
    </section>
  );
}
