import { useEffect, useId, useState } from 'react';
import type { HistoryEntry } from '@/lib/history/types';
import { sendMessage } from '@/lib/messaging/client';
import { WatchButton } from '../WatchButton';

const PAGE = 10;

/** Revealed people and companies from the history, to watch from here. */
export function AddFromHistory() {
  const id = useId();
  const [query, setQuery] = useState('');
  const [entries, setEntries] = useState<HistoryEntry[]>([]);
  useEffect(() => {
    let current = true;
    const timer = setTimeout(() => {
      void sendMessage('getHistory', { ...(query.trim() ? { query } : {}), limit: PAGE })
        .then((page) => current && setEntries(page.entries))
        .catch(() => undefined);
    }, 200);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [query]);
  return (
    <section className="mon-box" aria-label="Watch from history">
      <h2>Watch from your history</h2>
      <label htmlFor={id} className="visually-hidden">
        Search history
      </label>
      <input
        id={id}
        type="search"
        placeholder="Search revealed people and companies"
        value={query}
        onChange={(e) => setQuery(e.currentTarget.value)}
      />
      <ul className="mon-list">
        {entries.map((e) => (
          <li key={`${e.kind}:${e.id}`} className="mon-item mon-item-line">
            <bdi>{e.name}</bdi>
            <span className="meta">
              <bdi>
                {(e.kind === 'person' ? [e.title, e.companyName] : [e.domain, e.industry])
                  .filter(Boolean)
                  .join(' · ')}
              </bdi>
            </span>
            <span className="spacer" />
            <WatchButton entityKey={`${e.kind}:${e.id}`} name={e.name} />
          </li>
        ))}
      </ul>
      {!entries.length ? <p className="empty">Nothing revealed matches.</p> : null}
    </section>
  );
}
