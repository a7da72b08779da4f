import { cardNote } from '@/lib/monitoring/words';
import '@/lib/monitoring-ui/panel.css';
import { useMon } from '@/lib/monitoring-ui/store';
import { useNow } from '@/lib/monitoring-ui/use-now';
import { useWatchlist } from '@/lib/monitoring-ui/use-watchlist';

/**
 * The one-line signal note of a card ("Changed company 2 months ago"), when the watchlist knows
 * a signal of that person or company; nothing otherwise.
 */
export function SignalNote({ entityKey }: { entityKey: string }) {
  useWatchlist();
  const latest = useMon((s) => s.watchlist.find((w) => w.key === entityKey)?.signals[0]);
  const now = useNow();
  if (!latest) return null;
  return <p className="mon-note">{cardNote(latest, now)}</p>;
}
