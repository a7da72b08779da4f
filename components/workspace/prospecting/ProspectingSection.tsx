import { useCallback } from 'react';
import { formatCredits } from '@/lib/panel/format';
import { useWs } from '@/lib/workspace-ui';
import {
  MAX_RESULTS,
  PAGE_SIZE,
  pageAllowed,
  pageCost,
  resultsOnPage,
  type PageCost,
} from '@/lib/workspace/costs';
import type { ResultRow } from '@/lib/workspace/types';
import { ErrorNotice } from '../../common/ErrorNotice';
import { RevealBar } from '../RevealBar';
import { SelectionBar } from '../SelectionBar';
import { ResultsTable } from '../table/ResultsTable';
import { FilterSidebar } from './FilterSidebar';

const costText = (cost: PageCost, upTo: boolean) =>
  `${upTo ? 'up to ' : ''}${formatCredits(cost.search)}${
    cost.signalsUpTo ? ` + up to ${formatCredits(cost.signalsUpTo)} for signals` : ''
  }`;

/** The search button (first page, its most on it) and the run: total, loaded, next page's cost. */
function RunBar() {
  const prospect = useWs((s) => s.prospect);
  const account = useWs((s) => s.account);
  const search = useWs((s) => s.search);
  const next = useWs((s) => s.nextPage);
  const signalTypes = useWs((s) => s.signalTypes());
  const reload = useWs((s) => s.search);
  const pricing = account?.pricing ?? {};
  const { run, kind, loading } = prospect;
  const what = kind === 'contacts' ? 'people' : 'companies';
  const first = pageCost(pricing, kind, PAGE_SIZE, signalTypes);
  const nextPage = run ? (run.pages.length ? Math.max(...run.pages) + 1 : 0) : 0;
  const left = run ? resultsOnPage(run.total, nextPage) : 0;
  const nextCost = pageCost(pricing, run?.kind ?? kind, left, signalTypes);
  const capped =
    run?.total !== null && run?.total !== undefined && !pageAllowed(nextPage) && left > 0;
  return (
    <div className="ws-runbar">
      <div className="row">
        <button type="button" className="primary" disabled={loading} onClick={() => void search()}>
          Search {what} · {costText(first, true)}
        </button>
        {run ? (
          <p className="ws-total" aria-live="polite">
            <strong>{run.total === null ? '?' : run.total.toLocaleString('en-US')}</strong>{' '}
            {run.kind === 'contacts' ? 'people' : 'companies'} match ·{' '}
            {run.loaded.toLocaleString('en-US')} loaded · {formatCredits(run.charged)} spent on this
            search
          </p>
        ) : (
          <p className="meta">Each page of {PAGE_SIZE} is billed by Lusha per result.</p>
        )}
        <span className="spacer" />
        {run && left > 0 && !capped ? (
          <button type="button" disabled={loading} onClick={() => void next()}>
            Load next {left} · {costText(nextCost, false)}
          </button>
        ) : null}
      </div>
      {capped ? (
        <p className="meta">
          Lusha shows at most {MAX_RESULTS.toLocaleString('en-US')} results of one search: narrow
          the filters to see the rest.
        </p>
      ) : null}
      {prospect.unreadable ? (
        <p className="meta">{prospect.unreadable} results of the last page could not be read.</p>
      ) : null}
      {loading ? (
        <p className="meta" role="status">
          Searching Lusha…
        </p>
      ) : null}
      {prospect.error ? (
        <ErrorNotice
          error={prospect.error}
          balance={account?.credits.remaining}
          onRetry={() => void reload()}
        />
      ) : null}
    </div>
  );
}

/** Prospecting: filters on the left, the billed pages of results on the right. */
export function ProspectingSection() {
  const peopleAt = useWs((s) => s.peopleAt);
  const onPeopleAt = useCallback((row: ResultRow) => peopleAt(row), [peopleAt]);
  const label = useWs((s) => s.prospect.run?.label);
  return (
    <div className="ws-split">
      <FilterSidebar />
      <section className="ws-main" aria-label="Prospecting results">
        <RunBar />
        {label ? (
          <p className="meta ws-run-label">
            <bdi>{label}</bdi>
          </p>
        ) : null}
        <SelectionBar table="prospecting" />
        <RevealBar table="prospecting" />
        <ResultsTable
          table="prospecting"
          label="Prospecting results"
          onPeopleAt={onPeopleAt}
          empty="Pick filters on the left and search. Nothing is billed until you click Search."
        />
      </section>
    </div>
  );
}
