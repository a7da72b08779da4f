import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { formatSeconds, secondsLeft, usePanel } from '@/lib/panel';
import { DemoBadge } from '../common/DemoBadge';
import { ErrorNotice } from '../common/ErrorNotice';

function RefreshButton() {
  const account = usePanel((s) => s.account);
  const loading = usePanel((s) => s.accountLoading);
  const load = usePanel((s) => s.loadAccount);
  const [now, setNow] = useState(() => Date.now());
  const next = account?.nextRefreshAt ?? 0;
  useEffect(() => {
    if (next <= now) return;
    const timer = setTimeout(() => setNow(Date.now()), Math.min(next - now, 1000));
    return () => clearTimeout(timer);
  }, [next, now]);
  const wait = secondsLeft(next, now);
  return (
    <button
      type="button"
      className="small icon-button"
      disabled={loading || wait > 0}
      onClick={() => void load(true).then(() => setNow(Date.now()))}
      aria-label={
        wait > 0 ? `Refresh credits (Lusha allows it in ${formatSeconds(wait)})` : 'Refresh credits'
      }
      title={wait > 0 ? `Lusha allows a refresh in ${formatSeconds(wait)}` : 'Refresh credits'}
    >
      {loading ? '…' : '↻'}
    </button>
  );
}

/** Through a team gateway: the rep's own budget, which is what caps their reveals. */
function GatewayLine() {
  const gateway = usePanel((s) => s.account?.gateway);
  if (!gateway) return null;
  const budget = gateway.daily ?? gateway.monthly;
  const period = gateway.daily ? 'today' : 'this month';
  return (
    <p className="meta">
      Team gateway{gateway.rep ? ` · ${gateway.rep}` : ''}
      {budget
        ? ` · budget ${budget.remaining.toLocaleString('en-US')} of ${budget.limit.toLocaleString('en-US')} left ${period}`
        : ''}
    </p>
  );
}

/** Credits left and plan in one line, with refresh and settings. */
export function AccountBar() {
  const account = usePanel((s) => s.account);
  const error = usePanel((s) => s.accountError);
  const demo = usePanel((s) => s.settings.demoMode);
  const remaining = account?.credits.remaining;
  return (
    <section className="account" aria-label="Account">
      <div className="account-line">
        <span className="credits">
          <strong>{typeof remaining === 'number' ? remaining.toLocaleString('en-US') : '–'}</strong>{' '}
          credits left{account?.plan ? <span className="meta"> · {account.plan} plan</span> : null}
        </span>
        <DemoBadge show={demo || !!account?.demo} />
        <span className="spacer" />
        <RefreshButton />
        <button
          type="button"
          className="small"
          onClick={() => void browser.runtime.openOptionsPage()}
        >
          Settings
        </button>
      </div>
      <GatewayLine />
      {error ? <ErrorNotice error={error} /> : null}
    </section>
  );
}
