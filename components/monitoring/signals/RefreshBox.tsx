import { ErrorNotice } from '@/components/common/ErrorNotice';
import type { SignalQuote } from '@/lib/monitoring/cost';
import type { RefreshOutcome } from '@/lib/monitoring/refresh';
import { useMon } from '@/lib/monitoring-ui/store';
import { capProblem } from '@/lib/panel/costs';
import { formatCredits } from '@/lib/panel/format';

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** "3 people × 2 signal types × up to 1 result each" and the company side, in words. */
export function quoteWords(q: SignalQuote): string {
  const part = (n: number, who: [string, string], types: number) =>
    n && types
      ? `${plural(n, ...who)} × ${plural(types, 'signal type')} × up to ${plural(q.maxResultsPerSignal, 'result')}`
      : null;
  return [
    part(q.people, ['person', 'people'], q.personTypes),
    part(q.companies, ['company', 'companies'], q.companyTypes),
  ]
    .filter(Boolean)
    .join(' + ');
}

function outcomeWords(o: RefreshOutcome): string {
  const who = [
    o.refreshed.people ? plural(o.refreshed.people, 'person', 'people') : null,
    o.refreshed.companies ? plural(o.refreshed.companies, 'company', 'companies') : null,
  ].filter(Boolean);
  const head = who.length ? `Refreshed ${who.join(' and ')}` : 'Nothing refreshed';
  const charged = `Lusha charged ${formatCredits(o.charged)} (at most ${formatCredits(o.quote.maxCredits)} quoted).`;
  const fresh = o.newSignals.length
    ? ` ${plural(o.newSignals.length, 'new signal')} since the last refresh.`
    : '';
  const left = o.left ? ` ${o.left} not refreshed.` : '';
  return `${head}: ${charged}${fresh}${left}`;
}

/** The refresh: the most it can cost before the click, what Lusha charged after. */
export function RefreshBox() {
  const quote = useMon((s) => s.quote);
  const quoteError = useMon((s) => s.quoteError);
  const refreshing = useMon((s) => s.refreshing);
  const outcome = useMon((s) => s.refreshOutcome);
  const error = useMon((s) => s.refreshError);
  const spend = useMon((s) => s.spend);
  const remaining = useMon((s) => s.account?.credits.remaining);
  const refresh = useMon((s) => s.refresh);
  const requote = useMon((s) => s.requote);
  const watched = useMon((s) => s.watchlist.length);
  const max = quote?.maxCredits ?? 0;
  const cap = capProblem(spend, max);
  return (
    <section className="mon-box" aria-label="Refresh signals">
      <h2>Refresh signals</h2>
      {quoteError ? <ErrorNotice error={quoteError} onRetry={() => void requote()} /> : null}
      {!watched ? (
        <p className="empty">
          Watch revealed people and companies (below, or from the side panel) to follow their job
          changes, promotions and company news.
        </p>
      ) : quote && max ? (
        <>
          <p className="mon-cost" aria-live="polite">
            <span className="figure">
              At most <strong data-testid="signals-quote">{formatCredits(max)}</strong>
            </span>
            <span className="meta">
              {quoteWords(quote)}, in {plural(quote.requests, 'request')}. Lusha bills only the
              signals it finds, at least one credit a request.
              {typeof remaining === 'number'
                ? ` Balance after at most: ${(remaining - max).toLocaleString('en-US')}.`
                : ''}
            </span>
          </p>
          {cap ? <p className="notice notice-warn">{cap}</p> : null}
          <button
            type="button"
            className="primary"
            disabled={refreshing || !!cap}
            onClick={() => void refresh()}
          >
            {refreshing ? 'Refreshing…' : `Refresh for at most ${formatCredits(max)}`}
          </button>
        </>
      ) : quote ? (
        <p className="meta">Pick at least one signal type for the people or companies you watch.</p>
      ) : null}
      {outcome ? (
        <p className="notice" role="status" data-testid="signals-outcome">
          {outcomeWords(outcome)}
        </p>
      ) : null}
      {error ? <ErrorNotice error={error} /> : null}
    </section>
  );
}
