import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { passesFeedFilters, type FeedFilters } from '@/lib/monitoring/filter-values';
import type { WatchItem } from '@/lib/monitoring/watchlist';
import { ago, eventLine } from '@/lib/monitoring/words';
import { useMon } from '@/lib/monitoring-ui/store';
import { useNow } from '@/lib/monitoring-ui/use-now';

/** One empty list, so selectors return the same value while nothing is loaded. */
const NONE: string[] = [];

/** Events shown per watched entity before "more". */
const SHOWN = 3;

function sub(item: WatchItem): string {
  const s = item.snapshot;
  return (item.kind === 'person' ? [s.title, s.companyName] : [s.domain, s.industry])
    .filter(Boolean)
    .join(' · ');
}

function checked(item: WatchItem, now: number): string {
  if (!item.checkedAt) return 'Not refreshed yet';
  return `Refreshed ${ago(new Date(item.checkedAt).toISOString().slice(0, 10), now)}`;
}

function Events({
  item,
  filters,
  fresh,
}: {
  item: WatchItem;
  filters: FeedFilters;
  fresh: Set<string>;
}) {
  const now = useNow();
  const events = item.signals.filter((e) => passesFeedFilters(e, filters));
  if (!events.length) {
    return <p className="meta">{item.checkedAt ? 'No signals in the window asked for.' : ''}</p>;
  }
  const row = (e: (typeof events)[number]) => (
    <li key={e.id}>
      <span>
        <bdi>{eventLine(e)}</bdi>
      </span>
      <span className="when">{ago(e.date, now)}</span>
      {fresh.has(`${item.key}|${e.id}`) ? <span className="badge-new">New</span> : null}
    </li>
  );
  return (
    <>
      <ul className="mon-events">{events.slice(0, SHOWN).map(row)}</ul>
      {events.length > SHOWN ? (
        <details>
          <summary className="meta">{events.length - SHOWN} more</summary>
          <ul className="mon-events">{events.slice(SHOWN).map(row)}</ul>
        </details>
      ) : null}
    </>
  );
}

function WatchRow({
  item,
  filters,
  fresh,
}: {
  item: WatchItem;
  filters: FeedFilters;
  fresh: Set<string>;
}) {
  const focus = useMon((s) => s.focus);
  const setFocus = useMon((s) => s.setFocus);
  const unwatch = useMon((s) => s.unwatch);
  const now = useNow();
  const move = item.signals.find((e) => e.type === 'companyChange');
  const name = item.snapshot.name;
  return (
    <li className={`mon-item${focus === item.key ? ' is-focus' : ''}`} aria-label={name}>
      <div className="mon-item-line">
        <h3>
          <bdi>{name}</bdi>
        </h3>
        {item.kind === 'company' ? <span className="kind">Company</span> : null}
        <span className="meta">
          <bdi>{sub(item)}</bdi>
        </span>
        <span className="spacer" />
        <span className="meta">{checked(item, now)}</span>
        {item.kind === 'person' && move ? (
          <button type="button" className="small" onClick={() => setFocus(item.key)}>
            Details<span className="visually-hidden"> of {name}</span>
          </button>
        ) : null}
        <button type="button" className="small" onClick={() => void unwatch([item.key])}>
          Stop watching<span className="visually-hidden"> {name}</span>
        </button>
      </div>
      <Events item={item} filters={filters} fresh={fresh} />
    </li>
  );
}

/** Everything watched, newest first, each with its latest signals (filtered as picked). */
export function WatchlistBox() {
  const watchlist = useMon((s) => s.watchlist);
  const loaded = useMon((s) => s.watchLoaded);
  const notice = useMon((s) => s.watchNotice);
  const filters = useMon(
    useShallow((s) => ({
      newsEventTypes: s.monitor?.settings.newsEventTypes ?? NONE,
      hiringDepartments: s.monitor?.settings.hiringDepartments ?? NONE,
      hiringLocations: s.monitor?.settings.hiringLocations ?? NONE,
    })),
  );
  const outcome = useMon((s) => s.refreshOutcome);
  const daily = useMon((s) => s.monitor?.lastRun?.newKeys);
  const fresh = useMemo(
    () =>
      new Set([
        ...(outcome?.newSignals ?? []).map((n) => `${n.key}|${n.event.id}`),
        ...(daily ?? []),
      ]),
    [outcome, daily],
  );
  const people = watchlist.filter((w) => w.kind === 'person').length;
  return (
    <section className="mon-box" aria-label="Watchlist">
      <h2>
        Watchlist{' '}
        <span className="meta">
          {people} {people === 1 ? 'person' : 'people'}, {watchlist.length - people}{' '}
          {watchlist.length - people === 1 ? 'company' : 'companies'}
        </span>
      </h2>
      {notice ? <p className="warn">{notice}</p> : null}
      {loaded && !watchlist.length ? <p className="empty">Nobody watched yet.</p> : null}
      <ul className="mon-list">
        {watchlist.map((item) => (
          <WatchRow key={item.key} item={item} filters={filters} fresh={fresh} />
        ))}
      </ul>
    </section>
  );
}
