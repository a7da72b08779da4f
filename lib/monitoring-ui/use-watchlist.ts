import { useEffect } from 'react';
import { monitoringStore } from './store';

let following = false;

/**
 * Loads the watchlist once per page and again whenever the page comes back into view (another
 * page may have watched someone meanwhile). The side panel's cards and the sections share it.
 */
export function useWatchlist(): void {
  useEffect(() => {
    if (following) return;
    following = true;
    const load = () => void monitoringStore.getState().loadWatchlist();
    load();
    document.addEventListener(
      'visibilitychange',
      () => document.visibilityState === 'visible' && load(),
    );
  }, []);
}
