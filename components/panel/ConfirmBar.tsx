import { useShallow } from 'zustand/react/shallow';
import {
  balanceAfter,
  cardsOf,
  capProblem,
  formatCredits,
  selectionTotal,
  usePanel,
} from '@/lib/panel';

function Progress() {
  const progress = usePanel((s) => s.revealing);
  const stop = usePanel((s) => s.stopReveal);
  if (!progress) return null;
  return (
    <div className="stack">
      <p aria-live="polite">
        Revealing {progress.done} of {progress.total}
        {progress.stopping ? ' · stopping after this batch' : '…'}
      </p>
      <progress max={progress.total} value={progress.done} aria-label="Reveal progress" />
      {progress.total > 100 ? (
        <div className="row">
          <button type="button" onClick={stop} disabled={progress.stopping}>
            Stop
          </button>
        </div>
      ) : null}
    </div>
  );
}

/** The ticked reveals' total, the balance after and the caps; nothing is billed before "Reveal". */
export function ConfirmBar() {
  const selection = usePanel((s) => s.selection);
  const cards = usePanel(useShallow((s) => cardsOf(s)));
  const account = usePanel((s) => s.account);
  const spend = usePanel((s) => s.spend);
  const revealing = usePanel((s) => s.revealing);
  const confirm = usePanel((s) => s.confirmReveal);
  const clear = usePanel((s) => s.clearSelection);
  const chosen = cards.filter((c) => selection[c.key]?.length);
  if (!chosen.length && !revealing) return null;
  const total = selectionTotal(cards, selection, account?.pricing ?? {});
  const after = balanceAfter(account?.credits.remaining, total);
  const short = after !== null && after < 0;
  const budget = account?.gateway ? (account.gateway.daily ?? account.gateway.monthly) : null;
  const problem = short
    ? budget
      ? `Your team budget has ${budget.remaining.toLocaleString('en-US')} credits left ${account?.gateway?.daily ? 'today' : 'this month'}; ask your admin for more or tick less.`
      : 'Not enough credits for this reveal.'
    : capProblem(spend, total);
  return (
    <section className="confirm-bar" aria-label="Confirm reveal">
      {revealing ? (
        <Progress />
      ) : (
        <>
          <p>
            <strong>{formatCredits(total)}</strong> for {chosen.length}{' '}
            {chosen.length === 1 ? 'card' : 'cards'}
            {after !== null ? (
              <span className="meta"> · balance after: {after.toLocaleString('en-US')}</span>
            ) : null}
          </p>
          {spend && (spend.caps.daily !== null || spend.caps.monthly !== null) ? (
            <p className="meta">
              {spend.caps.daily !== null
                ? `Today ${spend.today + spend.held} of ${spend.caps.daily}`
                : ''}
              {spend.caps.daily !== null && spend.caps.monthly !== null ? ' · ' : ''}
              {spend.caps.monthly !== null
                ? `this month ${spend.month + spend.held} of ${spend.caps.monthly}`
                : ''}{' '}
              credits (your caps)
            </p>
          ) : null}
          {problem ? (
            <p className="warn" id="confirm-problem">
              {problem}
            </p>
          ) : null}
          <div className="row">
            <button type="button" onClick={clear}>
              Clear
            </button>
            <button
              type="button"
              className="primary"
              onClick={() => void confirm()}
              disabled={!!problem}
              aria-describedby={problem ? 'confirm-problem' : undefined}
            >
              Reveal for {formatCredits(total)}
            </button>
          </div>
        </>
      )}
    </section>
  );
}
