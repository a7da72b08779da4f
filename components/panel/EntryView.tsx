import type { HistoryEntry, RevealedCompany, RevealedPerson } from '@/lib/history';
import { fieldLabel } from '@/lib/panel/format';
import { CopyButton } from '../common/CopyButton';
import { DemoBadge } from '../common/DemoBadge';

function PersonDetails({ entry }: { entry: RevealedPerson }) {
  return (
    <>
      <p className="meta">
        {[entry.title, entry.companyName, entry.location].filter(Boolean).join(' · ')}
      </p>
      <PersonValues entry={entry} />
    </>
  );
}

/** A revealed person's emails (type, confidence) and phones (type, do-not-call), each copyable. */
export function PersonValues({ entry }: { entry: RevealedPerson }) {
  return (
    <>
      <ul className="values" aria-label={`Emails of ${entry.name}`}>
        {entry.emails.map((e) => (
          <li key={e.email}>
            <span className="value">{e.email}</span>
            <span className="meta">
              {[e.type, e.confidence && `confidence ${e.confidence}`].filter(Boolean).join(' · ')}
            </span>
            <CopyButton text={e.email} label={e.email} />
          </li>
        ))}
      </ul>
      <ul className="values" aria-label={`Phones of ${entry.name}`}>
        {entry.phones.map((p) => (
          <li key={p.number}>
            <span className="value">{p.number}</span>
            <span className="meta">{p.type}</span>
            {p.doNotCall ? <span className="badge badge-warn">Do not call</span> : null}
            <CopyButton text={p.number} label={p.number} />
          </li>
        ))}
      </ul>
      {!entry.emails.length && !entry.phones.length ? (
        <p className="meta">No emails or phones were revealed.</p>
      ) : null}
    </>
  );
}

function show(value: unknown): string {
  if (typeof value === 'string' || typeof value === 'number') return String(value);
  return JSON.stringify(value);
}

function CompanyDetails({ entry }: { entry: RevealedCompany }) {
  const fields = Object.entries(entry.fields).filter(([, v]) => v !== null && v !== undefined);
  return (
    <>
      <p className="meta">{[entry.domain, entry.industry].filter(Boolean).join(' · ')}</p>
      <dl className="fields">
        {fields.slice(0, 12).map(([k, v]) => (
          <div key={k}>
            <dt>{fieldLabel(k)}</dt>
            <dd>{show(v).slice(0, 300)}</dd>
          </div>
        ))}
      </dl>
    </>
  );
}

/** A revealed person or company: text only, each email and phone with a copy button. */
export function EntryView({ entry }: { entry: HistoryEntry }) {
  return (
    <article className="card" aria-label={entry.name}>
      <header className="card-head">
        <h3>{entry.name}</h3>
        <span className="badge">Revealed</span>
        <DemoBadge show={entry.demo} />
      </header>
      {entry.kind === 'person' ? <PersonDetails entry={entry} /> : <CompanyDetails entry={entry} />}
      <p className="meta">Revealed {new Date(entry.revealedAt).toLocaleString()}</p>
    </article>
  );
}
