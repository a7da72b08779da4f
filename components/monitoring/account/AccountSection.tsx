import { useEffect } from 'react';
import { ErrorNotice } from '@/components/common/ErrorNotice';
import { DemoBadge } from '@/components/common/DemoBadge';
import type { AccountSummary } from '@/lib/lookup';
import { priceLines } from '@/lib/monitoring/pricing-words';
import { monitoringStore, useMon } from '@/lib/monitoring-ui/store';
import { useNow } from '@/lib/monitoring-ui/use-now';
import { formatSeconds, secondsLeft } from '@/lib/panel/format';

const n = (v: number | null | undefined) =>
  typeof v === 'number' ? v.toLocaleString('en-US') : '–';
const day = (iso: string | null | undefined) => (iso ? new Date(iso).toLocaleDateString() : null);
const when = (iso: string | undefined) =>
  iso ? new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' }) : null;

function Credits({ a }: { a: AccountSummary }) {
  const { total, used, remaining } = a.credits;
  const spend = useMon((s) => s.spend);
  const terms = a.planTerms;
  const period = [day(terms?.startDate), day(terms?.endDate)].filter(Boolean).join(' to ');
  return (
    <section className="mon-box" aria-label="Credits and plan">
      <h2>Credits and plan</h2>
      <dl className="mon-dl">
        <dt>Credits left</dt>
        <dd>
          <strong data-testid="credits-left">{n(remaining)}</strong> of {n(total)} this billing
          cycle
        </dd>
        <dt>Credits used</dt>
        <dd data-testid="credits-used">{n(used)}</dd>
        {typeof total === 'number' && typeof used === 'number' && total > 0 ? (
          <>
            <dt>Used so far</dt>
            <dd>
              <meter
                className="mon-meter"
                min={0}
                max={total}
                value={used}
                aria-label="Share of credits used"
              />
            </dd>
          </>
        ) : null}
        <dt>Plan</dt>
        <dd>
          {a.plan ?? 'not stated'}
          {terms?.renewalType
            ? `, renewed ${terms.renewalType === 'annual' ? 'yearly' : terms.renewalType}`
            : ''}
          {period ? ` (${period})` : ''}
        </dd>
        {spend ? (
          <>
            <dt>Spent through Prospect Lens</dt>
            <dd>
              {n(spend.today)} today, {n(spend.month)} this month
              {spend.caps.daily !== null || spend.caps.monthly !== null
                ? ` (your caps: ${spend.caps.daily ?? 'none'} a day, ${spend.caps.monthly ?? 'none'} a month)`
                : ''}
            </dd>
          </>
        ) : null}
      </dl>
    </section>
  );
}

function Pricing({ a }: { a: AccountSummary }) {
  const lines = priceLines(a.pricing);
  return (
    <section className="mon-box" aria-label="What things cost">
      <h2>What things cost</h2>
      {lines.length ? (
        <table className="mon-table">
          <tbody>
            {lines.map((l) => (
              <tr key={l.action}>
                <th scope="row">{l.what}</th>
                <td>
                  {l.cost}
                  {l.note ? <span className="meta"> ({l.note})</span> : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p className="meta">Lusha did not send prices for this account.</p>
      )}
    </section>
  );
}

const WINDOWS = [
  ['daily', 'Requests a day', 'your plan’s daily quota'],
  ['hourly', 'Requests an hour', 'your plan’s hourly quota'],
  ['minute', 'Requests a minute', 'your plan’s per-minute quota'],
] as const;

function Limits({ a }: { a: AccountSummary }) {
  return (
    <section className="mon-box" aria-label="Rate limits">
      <h2>Rate limits</h2>
      <table className="mon-table">
        <thead>
          <tr>
            <th>Limit</th>
            <th className="num">Allowed</th>
            <th className="num">Used</th>
            <th className="num">Left</th>
            <th>Starts again</th>
          </tr>
        </thead>
        <tbody>
          {WINDOWS.map(([w, label, hint]) => {
            const tier = a.limits?.[w];
            const header = a.rateLimit[w];
            return (
              <tr key={w}>
                <th scope="row">
                  {label} <span className="meta">({hint})</span>
                </th>
                <td className="num">{n(tier?.limit ?? header.limit)}</td>
                <td className="num">{n(tier?.used ?? header.usage)}</td>
                <td className="num">{n(tier?.remaining ?? header.left)}</td>
                <td>{when(tier?.resetsAt) ?? '–'}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <p className="meta">
        Also, whatever the plan: at most 25 requests a second to any endpoint; this account page’s
        own look-up (account usage) 5 times a minute; the webhook API 100 requests a minute.
        Prospect Lens keeps to them and waits when Lusha says to.
      </p>
    </section>
  );
}

/** The account: credits used and left, plan, prices in words, rate limits by name. */
export function AccountSection() {
  const account = useMon((s) => s.account);
  const error = useMon((s) => s.accountError);
  const loading = useMon((s) => s.accountLoading);
  const load = useMon((s) => s.loadAccount);
  const now = useNow(1000);
  useEffect(() => {
    void monitoringStore.getState().loadAccount();
    void monitoringStore.getState().loadSpend();
  }, []);
  const wait = secondsLeft(account?.nextRefreshAt ?? 0, now);
  return (
    <section aria-label="Account">
      <div className="row">
        <p className="meta">
          {account
            ? `As Lusha reported it at ${new Date(account.fetchedAt).toLocaleTimeString()}.`
            : ''}
        </p>
        <DemoBadge show={!!account?.demo} />
        <span className="spacer" />
        <button type="button" disabled={loading || wait > 0} onClick={() => void load(true)}>
          {wait > 0 ? `Refresh (Lusha allows it in ${formatSeconds(wait)})` : 'Refresh'}
        </button>
      </div>
      {error ? <ErrorNotice error={error} onRetry={() => void load(true)} /> : null}
      {account ? (
        <div className="mon-account">
          <Credits a={account} />
          <Pricing a={account} />
          <Limits a={account} />
        </div>
      ) : null}
    </section>
  );
}
