import { useEffect } from 'react';
import { ErrorNotice } from '@/components/common/ErrorNotice';
import { PersonValues } from '@/components/panel/RevealedValues';
import type { HistoryEntry } from '@/lib/history/types';
import { estimateCredits } from '@/lib/lookup/pricing';
import type { ContactPreview } from '@/lib/lusha';
import type { WatchItem } from '@/lib/monitoring/watchlist';
import { ago } from '@/lib/monitoring/words';
import { useMon } from '@/lib/monitoring-ui/store';
import { useNow } from '@/lib/monitoring-ui/use-now';
import { costLabel, fieldLabel, formatCredits, jobLine, placeLine } from '@/lib/panel/format';

const text = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim() : undefined);

/** Where the person is now, by their latest job change or promotion. */
export function whereNow(item: WatchItem) {
  const move = item.signals.find((e) => e.type === 'companyChange');
  const promotion = item.signals.find((e) => e.type === 'promotion');
  const company =
    text(move?.details.newCompany) ??
    text(promotion?.details.companyName) ??
    item.snapshot.companyName;
  const newer = promotion && (!move || promotion.date >= move.date);
  const title = newer ? text(promotion.details.newTitle) : undefined;
  return { move, promotion, company, title };
}

function Preview() {
  const preview = useMon((s) => s.focusPreview);
  const fields = useMon((s) => s.focusFields);
  const toggle = useMon((s) => s.toggleFocusField);
  const reveal = useMon((s) => s.revealFocus);
  const revealing = useMon((s) => s.focusRevealing);
  const result = useMon((s) => s.focusReveal);
  if (!preview) return null;
  if (preview.status === 'missing') return <p className="meta">{preview.message}</p>;
  if (preview.status === 'failed') return <ErrorNotice error={preview.error} />;
  if (preview.kind !== 'person') return null;
  const data = preview.data as ContactPreview;
  const options = (data.canReveal ?? []).filter(
    (o) => o.field === 'emails' || o.field === 'phones',
  );
  const total = options.filter((o) => fields.includes(o.field)).reduce((s, o) => s + o.credits, 0);
  const entry = result?.entries[0] as HistoryEntry | undefined;
  return (
    <div className="card pcard" data-testid="focus-preview">
      <p>
        <strong>
          <bdi>{jobLine(data) || 'Title not known'}</bdi>
        </strong>{' '}
        at <bdi>{data.company?.name ?? 'an unknown company'}</bdi>
        {placeLine(data.location) ? (
          <span className="meta"> · {placeLine(data.location)}</span>
        ) : null}
      </p>
      {data.has?.length ? (
        <p className="meta">Lusha has: {data.has.map(fieldLabel).join(', ')}</p>
      ) : null}
      {entry?.kind === 'person' ? <PersonValues entry={entry} /> : null}
      {options.length && !entry ? (
        <div className="chips" role="group" aria-label="Reveal">
          {options.map((o) => (
            <label key={o.field} className={`chip${fields.includes(o.field) ? ' on' : ''}`}>
              <input
                type="checkbox"
                checked={fields.includes(o.field)}
                onChange={() => toggle(o.field)}
              />
              {fieldLabel(o.field)} <span className="chip-cost">{costLabel(o.credits)}</span>
            </label>
          ))}
          <button
            type="button"
            className="primary"
            disabled={!fields.length || revealing}
            onClick={() => void reveal(total)}
          >
            {revealing
              ? 'Revealing…'
              : fields.length
                ? `Reveal for ${formatCredits(total)}`
                : 'Tick what to reveal'}
          </button>
        </div>
      ) : null}
    </div>
  );
}

/** The person a notification (or the watchlist) opened: the new company and title, a preview there. */
export function PersonFocus() {
  const focus = useMon((s) => s.focus);
  const item = useMon((s) => s.watchlist.find((w) => w.key === s.focus));
  const open = useMon((s) => s.openFocus);
  const previewFocus = useMon((s) => s.previewFocus);
  const loading = useMon((s) => s.focusLoading);
  const error = useMon((s) => s.focusError);
  const target = useMon((s) => s.focusTarget);
  const pricing = useMon((s) => s.account?.pricing);
  const setFocus = useMon((s) => s.setFocus);
  const previewed = useMon((s) => s.focusPreview?.status === 'found');
  const today = useNow();
  const now = item ? whereNow(item) : null;
  useEffect(() => {
    if (item && now) void open(item, now.company);
    // Opened once per person; the watchlist reloading must not reset a preview on screen.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [item?.key, now?.company, open]);
  if (!focus || !item || !now) return null;
  const searchCost = pricing ? estimateCredits(pricing, 'api_search', 1) : 1;
  return (
    <section
      className="mon-box"
      aria-label={`${item.snapshot.name} now`}
      data-testid="person-focus"
    >
      <div className="mon-item-line">
        <h2>
          <bdi>{item.snapshot.name}</bdi>
        </h2>
        <span className="spacer" />
        <button type="button" className="small" onClick={() => setFocus(null)}>
          Close
        </button>
      </div>
      {now.move ? (
        <p>
          Changed company {ago(now.move.date, today)}:{' '}
          <bdi>{text(now.move.details.previousCompany) ?? 'unknown'}</bdi> →{' '}
          <strong>
            <bdi>{now.company}</bdi>
          </strong>
        </p>
      ) : null}
      {now.promotion ? (
        <p>
          Promoted {ago(now.promotion.date, today)} to{' '}
          <bdi>{text(now.promotion.details.newTitle) ?? 'a new role'}</bdi>
        </p>
      ) : null}
      <p className="meta">
        Title now: <bdi>{now.title ?? item.snapshot.title ?? 'not known yet'}</bdi>
        {now.move && !now.title ? ' (as last revealed; preview to see the new one)' : ''}
      </p>
      {target ? (
        <button type="button" disabled={loading} onClick={() => void previewFocus()}>
          {loading
            ? 'Looking up…'
            : `${previewed ? 'Look up again' : 'Preview'} at ${now.company ?? 'Lusha'} · ${formatCredits(searchCost)}`}
        </button>
      ) : (
        <p className="meta">Not enough is known of this person to look them up again.</p>
      )}
      {error ? <ErrorNotice error={error} /> : null}
      <Preview />
    </section>
  );
}
