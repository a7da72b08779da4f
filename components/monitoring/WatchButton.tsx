import { useMon } from '@/lib/monitoring-ui/store';
import '@/lib/monitoring-ui/panel.css';
import { useWatchlist } from '@/lib/monitoring-ui/use-watchlist';

/**
 * Watch (or stop watching) a revealed person or company: its signals then show in Signals and
 * on its cards. `entityKey` is the history's key (`person:<id>`, `company:<id>`).
 */
export function WatchButton({ entityKey, name }: { entityKey: string; name: string }) {
  useWatchlist();
  const watched = useMon((s) => s.watchlist.some((w) => w.key === entityKey));
  const watch = useMon((s) => s.watch);
  const unwatch = useMon((s) => s.unwatch);
  return (
    <button
      type="button"
      className="small watch"
      aria-pressed={watched}
      onClick={() => void (watched ? unwatch([entityKey]) : watch([entityKey]))}
    >
      {watched ? 'Watching' : 'Watch'}
      <span className="visually-hidden"> {name}</span>
    </button>
  );
}
