import { formatCredits } from '@/lib/panel/format';
import { useWs } from '@/lib/workspace-ui';
import { lookalikeCost } from '@/lib/workspace/costs';
import { ErrorNotice } from '../common/ErrorNotice';
import { RevealBar } from './RevealBar';
import { SelectionBar } from './SelectionBar';
import { ResultsTable } from './table/ResultsTable';

/** The seeds, "Find similar" with its most on the button (or why it cannot run), "More like these". */
function SeedBar() {
  const look = useWs((s) => s.look);
  const account = useWs((s) => s.account);
  const problem = useWs((s) => s.seedProblem());
  const find = useWs((s) => s.findSimilar);
  const more = useWs((s) => s.more);
  const cost = lookalikeCost(account?.pricing ?? {}, look.kind, look.limit);
  const what = look.kind === 'contacts' ? 'people' : 'companies';
  const names = look.seeds
    .slice(0, 4)
    .map((r) => r.name)
    .join(', ');
  return (
    <div className="ws-runbar">
      <p>
        <strong>{look.seeds.length}</strong> {what} as seeds
        {look.seeds.length ? (
          <span className="meta">
            {' '}
            · <bdi>{names}</bdi>
            {look.seeds.length > 4 ? ` and ${look.seeds.length - 4} more` : ''}
          </span>
        ) : null}
      </p>
      <div className="row">
        <button
          type="button"
          className="primary"
          disabled={!!problem || look.loading}
          aria-describedby={problem ? 'seed-problem' : undefined}
          onClick={() => void find()}
        >
          Find {look.limit} similar · up to {formatCredits(cost)}
        </button>
        {look.run ? (
          <>
            <button
              type="button"
              disabled={look.loading || !look.run.hasMore}
              onClick={() => void more()}
            >
              More like these · up to {formatCredits(cost)}
            </button>
            <span className="meta" aria-live="polite">
              {look.run.loaded.toLocaleString('en-US')} found · {formatCredits(look.run.charged)}{' '}
              spent
              {look.run.hasMore ? '' : ' · Lusha has no more'}
            </span>
          </>
        ) : null}
      </div>
      {problem ? (
        <p className="meta" id="seed-problem">
          {problem}
        </p>
      ) : null}
      <p className="meta">
        Lusha bills each result; asking again with the same seeds never brings anyone twice.
      </p>
      {look.message ? (
        <p className="notice" role="status">
          {look.message}
        </p>
      ) : null}
      {look.loading ? (
        <p className="meta" role="status">
          Finding lookalikes…
        </p>
      ) : null}
      {look.error ? <ErrorNotice error={look.error} balance={account?.credits.remaining} /> : null}
    </div>
  );
}

/** Lookalikes of 5-100 seeds picked in any table; results in the same table with the same reveal. */
export function LookalikesSection() {
  return (
    <section className="ws-main ws-full" aria-label="Lookalikes">
      <SeedBar />
      <SelectionBar table="lookalikes" />
      <RevealBar table="lookalikes" />
      <ResultsTable
        table="lookalikes"
        label="Lookalike results"
        empty="Select 5 to 100 people or companies in Prospecting or Lists, then choose Find similar."
      />
    </section>
  );
}
