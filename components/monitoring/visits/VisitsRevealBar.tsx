import { useMemo } from 'react';
import { ErrorNotice } from '@/components/common/ErrorNotice';
import { CompanyValues } from '@/components/panel/RevealedValues';
import { useMon } from '@/lib/monitoring-ui/store';
import { fieldCost, fieldsOffered, visitCard, visitsQuote } from '@/lib/monitoring-ui/visit-quote';
import { balanceAfter, capProblem } from '@/lib/panel/costs';
import { costLabel, fieldLabel, formatCredits } from '@/lib/panel/format';

function Result() {
  const result = useMon((s) => s.visitsReveal);
  const error = useMon((s) => s.visitsRevealError);
  if (!result && !error) return null;
  const o = result?.outcome;
  return (
    <div className="stack tight">
      {o && (o.entries.length || o.failures.length) ? (
        <p className="notice" role="status" data-testid="visits-reveal-result">
          Revealed {o.entries.length} {o.entries.length === 1 ? 'company' : 'companies'}: Lusha
          charged {formatCredits(o.creditsCharged)} (quoted {formatCredits(result.quoted)}).
          {o.failures.length ? ` ${o.failures.length} could not be revealed.` : ''}
          {o.saved
            ? ' Saved to your history.'
            : ' They could not be saved: copy what you need now.'}
        </p>
      ) : null}
      {error ? <ErrorNotice error={error} /> : null}
      {o?.entries.map((e) =>
        e.kind === 'company' ? (
          <article key={e.id} className="card pcard" aria-label={e.name}>
            <h3>
              <bdi>{e.name}</bdi>
            </h3>
            <p className="meta">
              <bdi>{[e.domain, e.industry].filter(Boolean).join(' · ')}</bdi>
            </p>
            <CompanyValues entry={e} />
          </article>
        ) : null,
      )}
    </div>
  );
}

/** The selected visiting companies: fields to reveal with their costs, the exact total, one confirm. */
export function VisitsRevealBar() {
  const page = useMon((s) => s.visitsPage);
  const selected = useMon((s) => s.selectedVisits);
  const revealedCompanies = useMon((s) => s.revealedCompanies);
  const fields = useMon((s) => s.revealFields);
  const setFields = useMon((s) => s.setRevealFields);
  const reveal = useMon((s) => s.revealVisits);
  const revealing = useMon((s) => s.visitsRevealing);
  const account = useMon((s) => s.account);
  const spend = useMon((s) => s.spend);
  const cards = useMemo(
    () =>
      (page?.rows ?? [])
        .filter((r) => selected.includes(r.id!))
        .map((r) => visitCard(r, revealedCompanies[`company:${r.id}`])),
    [page, selected, revealedCompanies],
  );
  if (!account) return <Result />;
  if (!cards.length) return <Result />;
  const offered = fieldsOffered(cards, account.pricing);
  const { total, lines } = visitsQuote(cards, fields, account.pricing);
  const count = lines.filter((l) => l.fields.length).length;
  const cap = capProblem(spend, total);
  const after = balanceAfter(account.credits.remaining, total);
  const toggle = (f: string) =>
    setFields(fields.includes(f) ? fields.filter((x) => x !== f) : [...fields, f]);
  return (
    <section className="mon-sticky" aria-label="Reveal selected companies">
      <div className="chips" role="group" aria-label="Fields to reveal">
        {offered.map((f) => (
          <label key={f} className={`chip${fields.includes(f) ? ' on' : ''}`}>
            <input type="checkbox" checked={fields.includes(f)} onChange={() => toggle(f)} />
            {fieldLabel(f)}
            <span className="chip-cost">{costLabel(fieldCost(cards, f, account.pricing))}</span>
          </label>
        ))}
      </div>
      <div className="row">
        <span>
          {selected.length} selected ·{' '}
          <strong data-testid="visits-quote">{formatCredits(total)}</strong>
          {after !== null ? (
            <span className="meta"> · balance after: {after.toLocaleString('en-US')}</span>
          ) : null}
        </span>
        <span className="spacer" />
        <button
          type="button"
          className="primary"
          disabled={!count || revealing || !!cap}
          onClick={() => void reveal()}
        >
          {revealing
            ? 'Revealing…'
            : `Reveal ${count} ${count === 1 ? 'company' : 'companies'} for ${formatCredits(total)}`}
        </button>
      </div>
      {cap ? <p className="warn">{cap}</p> : null}
      {!count && selected.length ? (
        <p className="meta">Everything ticked is already revealed for these.</p>
      ) : null}
      <Result />
    </section>
  );
}
