import type { HistoryEntry } from '@/lib/history/types';
import { entryRow } from '@/lib/workspace/card-row';
import { DemoBadge } from '../common/DemoBadge';
import { AddToList } from './AddToList';
import { SignalNote } from '../monitoring/SignalNote';
import { WatchButton } from '../monitoring/WatchButton';
import { CompanyValues, PersonValues } from './RevealedValues';

/** A revealed person or company from the history: text only, each value copyable. */
export function EntryView({ entry }: { entry: HistoryEntry }) {
  const sub =
    entry.kind === 'person'
      ? [entry.title, entry.companyName, entry.location]
      : [entry.domain, entry.industry];
  return (
    <article className="card pcard" aria-label={entry.name}>
      <div className="pc-line">
        <h3>
          <bdi>{entry.name}</bdi>
        </h3>
        <span className="spacer" />
        <span className="meta">{new Date(entry.revealedAt).toLocaleDateString()}</span>
        <DemoBadge show={entry.demo} />
        <WatchButton entityKey={`${entry.kind}:${entry.id}`} name={entry.name} />
      </div>
      <p className="pc-sub meta">
        <bdi>{sub.filter(Boolean).join(' · ')}</bdi>
      </p>
      <SignalNote entityKey={`${entry.kind}:${entry.id}`} />
      {entry.kind === 'person' ? <PersonValues entry={entry} /> : <CompanyValues entry={entry} />}
      <AddToList row={entryRow(entry)} />
    </article>
  );
}
