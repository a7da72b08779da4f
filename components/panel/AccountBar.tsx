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
      className="small"
      disabled={loading || wait > 0}
      onClick={() => void load(true).then(() => setNow(Date.now()))}
      title={wait > 0 ? `Lusha allows a refresh in ${formatSeconds(wait)}` : undefined}
    >
      {loading ? 'Refreshing…' : wait > 0 ? `Refresh in ${formatSeconds(wait)}` : 'Refresh'}
    </button>
  );
}

/** Credits remaining, plan and rate-limit status, with refresh and settings. */
export function AccountBar() {
  const account = usePanel((s) => s.account);
  const error = usePanel((s) => s.accountError);
  const demo = usePanel((s) => s.settings.demoMode);
  const remaining = account?.credits.remaining;
  const dailyLeft = account?.rateLimit.daily.left;
  const minuteLeft = account?.rateLimit.minute.left;
  return (
    <section className="account" aria-label="Account">
      <div className="row">
        <span>
          <strong>{typeof remaining === 'number' ? remaining.toLocaleString('en-US') : '–'}</strong>{' '}
          credits left
        </span>
        {account?.plan ? <span className="meta">{account.plan} plan</span> : null}
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
      {typeof minuteLeft === 'number' || typeof dailyLeft === 'number' ? (
        <p className="meta">
          Requests left:{' '}
          {[
            typeof minuteLeft === 'number' ? `${minuteLeft} this minute` : '',
            typeof dailyLeft === 'number' ? `${dailyLeft} today` : '',
          ]
            .filter(Boolean)
            .join(', ')}
        </p>
      ) : null}
      {error ? <ErrorNotice error={error} /> : null}
    </section>
  );
}
