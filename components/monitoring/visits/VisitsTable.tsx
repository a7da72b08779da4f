import { ErrorNotice } from '@/components/common/ErrorNotice';
import type { WebsiteVisitsCompanyResult } from '@/lib/lusha';
import { METRIC_LABELS, VISIT_METRICS, type VisitSortField } from '@/lib/monitoring/visits-range';
import { useMon } from '@/lib/monitoring-ui/store';
import { companySize } from '@/lib/panel/format';

/** Opens a prospecting search for people at a company (the workspace's prospecting section). */
export type PeopleAt = (company: { lushaId: string; name: string; domain?: string }) => void;

const number = (n: number | undefined) => (typeof n === 'number' ? n.toLocaleString('en-US') : '–');

function SortHeader({ field }: { field: VisitSortField }) {
  const sort = useMon((s) => s.visitsQuery.sort);
  const set = useMon((s) => s.setVisitsQuery);
  const load = useMon((s) => s.loadVisits);
  const on = sort?.by === field;
  const order = on && sort?.order === 'desc' ? 'asc' : 'desc';
  return (
    <th
      className="num"
      aria-sort={on ? (sort?.order === 'asc' ? 'ascending' : 'descending') : 'none'}
    >
      <button
        type="button"
        onClick={() => {
          set({ sort: { by: field, order } });
          void load(0);
        }}
      >
        {METRIC_LABELS[field]}
        {on ? (sort?.order === 'asc' ? ' ↑' : ' ↓') : ''}
      </button>
    </th>
  );
}

function Row({ row, onPeopleAt }: { row: WebsiteVisitsCompanyResult; onPeopleAt?: PeopleAt }) {
  const selected = useMon((s) => s.selectedVisits.includes(row.id!));
  const revealed = useMon((s) => s.revealedCompanies[`company:${row.id}`]);
  const toggle = useMon((s) => s.toggleVisit);
  const name = row.name ?? row.domain ?? row.id!;
  return (
    <tr className={selected ? 'is-selected' : undefined}>
      <td>
        <input
          type="checkbox"
          aria-label={`Select ${name}`}
          checked={selected}
          onChange={() => toggle(row.id!)}
        />
      </td>
      <td>
        <strong>
          <bdi>{name}</bdi>
        </strong>
        {revealed ? <span className="badge">Revealed</span> : null}
        <div className="meta">
          <bdi>{[row.domain, row.industry, companySize(row)].filter(Boolean).join(' · ')}</bdi>
        </div>
      </td>
      <td>
        {row.scoreBand ? (
          <span className={`band band-${row.scoreBand}`}>{row.scoreBand}</span>
        ) : (
          '–'
        )}
      </td>
      {VISIT_METRICS.map((m) => (
        <td key={m} className="num">
          {number(row[m])}
        </td>
      ))}
      <td className="num">{row.lastVisit ?? '–'}</td>
      <td>{row.visitorCountry ?? '–'}</td>
      <td>
        {onPeopleAt ? (
          <button
            type="button"
            className="small"
            onClick={() => onPeopleAt({ lushaId: row.id!, name, domain: row.domain })}
          >
            People at this company<span className="visually-hidden"> ({name})</span>
          </button>
        ) : null}
      </td>
    </tr>
  );
}

function Pages() {
  const page = useMon((s) => s.visitsPage);
  const load = useMon((s) => s.loadVisits);
  const loading = useMon((s) => s.visitsLoading);
  if (!page) return null;
  const pages = Math.max(1, Math.ceil(page.total / page.size));
  return (
    <div className="row">
      <span className="meta" aria-live="polite">
        {page.total.toLocaleString('en-US')} {page.total === 1 ? 'company' : 'companies'} visited{' '}
        <bdi>{page.domains.join(', ')}</bdi> · page {page.page + 1} of {pages}
      </span>
      <span className="spacer" />
      <button
        type="button"
        disabled={loading || page.page === 0}
        onClick={() => void load(page.page - 1)}
      >
        Previous page
      </button>
      <button
        type="button"
        disabled={loading || page.page + 1 >= pages}
        onClick={() => void load(page.page + 1)}
      >
        Next page
      </button>
    </div>
  );
}

/** One page of visiting companies, sortable by any metric, selectable for a reveal. */
export function VisitsTable({ onPeopleAt }: { onPeopleAt?: PeopleAt }) {
  const page = useMon((s) => s.visitsPage);
  const error = useMon((s) => s.visitsError);
  const selected = useMon((s) => s.selectedVisits.length);
  const selectAll = useMon((s) => s.selectAllVisits);
  const load = useMon((s) => s.loadVisits);
  if (error) return <ErrorNotice error={error} onRetry={() => void load(page?.page ?? 0)} />;
  if (!page) return null;
  if (!page.rows.length)
    return <p className="empty">No company visited in this window with these filters.</p>;
  const all = selected === page.rows.length;
  return (
    <section className="mon-box" aria-label="Visiting companies">
      <Pages />
      <div className="mon-table-wrap">
        <table className="mon-table">
          <thead>
            <tr>
              <th>
                <input
                  type="checkbox"
                  aria-label="Select all on this page"
                  checked={all}
                  onChange={() => selectAll(!all)}
                />
              </th>
              <th>Company</th>
              <th>Band</th>
              {VISIT_METRICS.map((m) => (
                <SortHeader key={m} field={m} />
              ))}
              <SortHeader field="lastVisit" />
              <th>Country</th>
              <th>
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {page.rows.map((row) => (
              <Row key={row.id} row={row} onPeopleAt={onPeopleAt} />
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
