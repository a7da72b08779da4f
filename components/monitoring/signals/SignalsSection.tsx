import { useEffect } from 'react';
import { parseSectionHash } from '@/lib/monitoring/links';
import { monitoringStore } from '@/lib/monitoring-ui/store';
import { AddFromHistory } from './AddFromHistory';
import { DailyBox } from './DailyBox';
import { PersonFocus } from './PersonFocus';
import { RefreshBox } from './RefreshBox';
import { SignalPickers } from './SignalPickers';
import { WatchlistBox } from './WatchlistBox';

/** Loads the watchlist, settings and account; follows `#signals/<person or company>`. */
function useStart() {
  useEffect(() => {
    const s = monitoringStore.getState();
    void s.loadAccount();
    void s.loadSpend();
    void s.loadSignals();
    const follow = () => s.setFocus(parseSectionHash(location.hash).focus ?? null);
    follow();
    addEventListener('hashchange', follow);
    return () => removeEventListener('hashchange', follow);
  }, []);
}

/**
 * Signals: the watchlist with each one's latest signals, the refresh (most it can cost first,
 * what Lusha charged after), what to ask for, and the opt-in daily refresh and notifications.
 */
export function SignalsSection() {
  useStart();
  return (
    <section className="mon-grid" aria-label="Signals">
      <div>
        <PersonFocus />
        <RefreshBox />
        <WatchlistBox />
        <AddFromHistory />
      </div>
      <aside>
        <SignalPickers />
        <DailyBox />
      </aside>
    </section>
  );
}
