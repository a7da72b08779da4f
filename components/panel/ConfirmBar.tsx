import { balanceAfter, formatCredits, selectionTotal, usePanel } from '@/lib/panel';

/** The ticked reveals' total and the balance after; nothing is billed before "Reveal". */
export function ConfirmBar() {
  const selection = usePanel((s) => s.selection);
  const previews = usePanel((s) => s.previews);
  const account = usePanel((s) => s.account);
  const revealing = usePanel((s) => s.revealing);
  const confirm = usePanel((s) => s.confirmReveal);
  const clear = usePanel((s) => s.clearSelection);
  const count = Object.keys(selection).length;
  if (!count) return null;
  const total = selectionTotal(selection, previews, account?.pricing ?? {});
  const after = balanceAfter(account?.credits.remaining, total);
  return (
    <section className="confirm-bar" aria-label="Confirm reveal">
      <p>
        <strong>{formatCredits(total)}</strong> for {count} {count === 1 ? 'card' : 'cards'}
        {after !== null ? (
          <span className="meta"> · balance after: {after.toLocaleString('en-US')}</span>
        ) : null}
      </p>
      {after !== null && after < 0 ? (
        <p className="warn">Not enough credits for this reveal.</p>
      ) : null}
      <div className="row">
        <button type="button" onClick={clear} disabled={revealing}>
          Clear
        </button>
        <button
          type="button"
          className="primary"
          onClick={() => void confirm()}
          disabled={revealing || (after !== null && after < 0)}
        >
          {revealing ? 'Revealing…' : `Reveal for ${formatCredits(total)}`}
        </button>
      </div>
    </section>
  );
}
