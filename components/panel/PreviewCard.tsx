import type { CompanyPreview, ContactPreview } from '@/lib/lusha';
import {
  companySize,
  fieldLabel,
  jobLine,
  personName,
  placeLine,
  targetLabel,
  usePanel,
  type Card,
} from '@/lib/panel';
import { entryRow, previewRow } from '@/lib/workspace/card-row';
import { DemoBadge } from '../common/DemoBadge';
import { AddToList } from './AddToList';
import { SignalNote } from '../monitoring/SignalNote';
import { WatchButton } from '../monitoring/WatchButton';
import { ErrorNotice } from '../common/ErrorNotice';
import { CompanyValues, PersonValues } from './RevealedValues';
import { RevealChips } from './RevealChips';

/** The card's name: Lusha's once previewed or revealed, else the page's. */
export function cardName(card: Card): string {
  const preview = card.preview;
  if (preview?.status === 'found') {
    if (preview.kind === 'person') return personName(preview.data);
    if (preview.data.name) return preview.data.name;
  }
  if (card.revealed) return card.revealed.name;
  return targetLabel(card.targets[0]!);
}

/** Line one after the name (job title) and line two (company, place), as text. */
function lines(card: Card): [string, string] {
  const p = card.preview;
  const r = card.revealed;
  if (p?.status === 'found' && p.kind === 'person') {
    const data = p.data as ContactPreview;
    return [
      jobLine(data),
      [data.company?.name, placeLine(data.location)].filter(Boolean).join(' · '),
    ];
  }
  if (p?.status === 'found' && p.kind === 'company') {
    const data = p.data as CompanyPreview;
    return [
      data.industry ?? '',
      [data.domain, companySize(data), placeLine(data.location)].filter(Boolean).join(' · '),
    ];
  }
  if (r?.kind === 'person')
    return [r.title ?? '', [r.companyName, r.location].filter(Boolean).join(' · ')];
  if (r?.kind === 'company') return [r.industry ?? '', r.domain ?? ''];
  const t = card.targets[0]!;
  const how =
    t.by === 'linkedin'
      ? 'LinkedIn profile'
      : t.by === 'email'
        ? t.email
        : t.by === 'domain'
          ? 'Company website'
          : '';
  return ['', how];
}

function Status({ card, name }: { card: Card; name: string }) {
  const load = usePanel((s) => s.loadPreviews);
  const p = card.preview;
  if (!p) {
    if (card.revealed) return null;
    return (
      <button type="button" className="small" onClick={() => void load(card.targets, true)}>
        Preview<span className="visually-hidden"> {name}</span>
      </button>
    );
  }
  if (p.status === 'loading')
    return (
      <span className="meta" aria-live="polite">
        Looking up…
      </span>
    );
  if (p.status === 'missing') return <span className="meta">{p.message}</span>;
  if (p.status === 'failed')
    return <ErrorNotice error={p.error} onRetry={() => void load(card.targets, true)} />;
  return null;
}

/** Data points Lusha has, in words, on demand. */
function Details({ card }: { card: Card }) {
  const p = card.preview;
  if (p?.status !== 'found' || !p.data.has?.length) return null;
  return (
    <details className="card-more">
      <summary>Lusha has {p.data.has.length} data points</summary>
      <p className="meta">{p.data.has.map(fieldLabel).join(', ')}</p>
    </details>
  );
}

/** One person or company: one line name and title, one line company, reveal chips, details on demand. */
export function PreviewCard({ card }: { card: Card }) {
  const demo = usePanel((s) => s.settings.demoMode);
  const name = cardName(card);
  const [first, second] = lines(card);
  const revealed = card.revealed;
  return (
    <article className={`card pcard${revealed ? ' is-revealed' : ''}`} aria-label={name}>
      <div className="pc-line">
        <h3>
          <bdi>{name}</bdi>
        </h3>
        {first ? (
          <span className="pc-title">
            <bdi>{first}</bdi>
          </span>
        ) : null}
        <span className="spacer" />
        {card.kind === 'company' ? <span className="kind">Company</span> : null}
        {revealed ? <span className="badge">Revealed</span> : null}
        {revealed ? (
          <WatchButton entityKey={`${revealed.kind}:${revealed.id}`} name={name} />
        ) : null}
        <DemoBadge show={demo && !!card.preview && card.preview.status !== 'loading'} />
      </div>
      {second ? (
        <p className="pc-sub meta">
          <bdi>{second}</bdi>
        </p>
      ) : null}
      {card.lushaId ? <SignalNote entityKey={`${card.kind}:${card.lushaId}`} /> : null}
      <Status card={card} name={name} />
      {revealed?.kind === 'person' ? <PersonValues entry={revealed} /> : null}
      {revealed?.kind === 'company' ? <CompanyValues entry={revealed} /> : null}
      <RevealChips card={card} name={name} />
      <div className="pc-more">
        <Details card={card} />
        <AddToList
          row={previewRow(card.kind, card.preview) ?? (revealed ? entryRow(revealed) : null)}
        />
      </div>
    </article>
  );
}
