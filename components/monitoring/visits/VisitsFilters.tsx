import type { FormEvent } from 'react';
import type { Range } from '@/lib/monitoring/visits';
import {
  METRIC_LABELS,
  RANGE_PRESETS,
  rangeProblem,
  SCORE_BANDS,
  VISIT_METRICS,
  VISIT_SORT_FIELDS,
  type VisitMetric,
} from '@/lib/monitoring/visits-range';
import type { VisitsQuery } from '@/lib/monitoring-ui/slices/visits';
import { useMon } from '@/lib/monitoring-ui/store';

type Filters = NonNullable<VisitsQuery['filters']>;
const NO_FILTERS: Filters = {};
const useFilters = () => useMon((s) => s.visitsQuery.filters ?? NO_FILTERS);
const today = () => new Date().toISOString().slice(0, 10);
const num = (text: string) => (text.trim() === '' ? undefined : Number(text));
const codes = (text: string) =>
  text
    .split(/[\s,]+/)
    .map((c) => c.trim().toUpperCase())
    .filter((c) => /^[A-Z]{2}$/.test(c));

function Window() {
  const q = useMon((s) => s.visitsQuery);
  const set = useMon((s) => s.setVisitsQuery);
  const problem = rangeProblem(q.startDate, q.endDate, today());
  const pick = (preset: string) => {
    const found = RANGE_PRESETS.find((p) => p.id === preset);
    set(found ? { preset, ...found.range(today()) } : { preset });
  };
  return (
    <fieldset>
      <legend>Visits between</legend>
      <div className="row">
        <select aria-label="Window" value={q.preset} onChange={(e) => pick(e.currentTarget.value)}>
          {RANGE_PRESETS.map((p) => (
            <option key={p.id} value={p.id}>
              {p.label}
            </option>
          ))}
          <option value="custom">Custom dates</option>
        </select>
        <input
          type="date"
          aria-label="From"
          value={q.startDate}
          onChange={(e) => set({ preset: 'custom', startDate: e.currentTarget.value })}
        />
        <input
          type="date"
          aria-label="To"
          value={q.endDate}
          onChange={(e) => set({ preset: 'custom', endDate: e.currentTarget.value })}
        />
      </div>
      {problem ? (
        <p className="field-error" role="alert">
          {problem}
        </p>
      ) : null}
    </fieldset>
  );
}

function MetricRange({ metric, filters }: { metric: VisitMetric; filters: Filters }) {
  const set = useMon((s) => s.setVisitsQuery);
  const range: Range = filters[metric] ?? {};
  const put = (side: 'min' | 'max', text: string) =>
    set({ filters: { ...filters, [metric]: { ...range, [side]: num(text) } } });
  const step = metric === 'avgSessionMinutes' ? 0.1 : 1;
  return (
    <label>
      {METRIC_LABELS[metric]}
      <span className="mon-range">
        <input
          type="number"
          min={0}
          step={step}
          placeholder="min"
          aria-label={`${METRIC_LABELS[metric]} at least`}
          value={range.min ?? ''}
          onChange={(e) => put('min', e.currentTarget.value)}
        />
        <input
          type="number"
          min={0}
          step={step}
          placeholder="max"
          aria-label={`${METRIC_LABELS[metric]} at most`}
          value={range.max ?? ''}
          onChange={(e) => put('max', e.currentTarget.value)}
        />
      </span>
    </label>
  );
}

function Countries({ filters }: { filters: Filters }) {
  const set = useMon((s) => s.setVisitsQuery);
  const vc = filters.visitorCountries ?? {};
  const put = (side: 'include' | 'exclude', text: string) =>
    set({ filters: { ...filters, visitorCountries: { ...vc, [side]: codes(text) } } });
  return (
    <>
      <label>
        Visitor countries (only)
        <input
          type="text"
          placeholder="US, GB"
          defaultValue={(vc.include ?? []).join(', ')}
          onBlur={(e) => put('include', e.currentTarget.value)}
        />
      </label>
      <label>
        Visitor countries (leave out)
        <input
          type="text"
          placeholder="CN"
          defaultValue={(vc.exclude ?? []).join(', ')}
          onBlur={(e) => put('exclude', e.currentTarget.value)}
        />
      </label>
    </>
  );
}

/** The question: window, engagement band, session metrics, visitor countries, sort, page size. */
export function VisitsFilters() {
  const filters = useFilters();
  const q = useMon((s) => s.visitsQuery);
  const set = useMon((s) => s.setVisitsQuery);
  const load = useMon((s) => s.loadVisits);
  const loading = useMon((s) => s.visitsLoading);
  const bands = filters.scoreBands ?? [];
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void load(0);
  };
  return (
    <form className="mon-box" aria-label="Visit filters" onSubmit={submit}>
      <Window />
      <fieldset>
        <legend>Engagement</legend>
        <div className="mon-checks">
          {SCORE_BANDS.map((b) => (
            <label key={b}>
              <input
                type="checkbox"
                checked={bands.includes(b)}
                onChange={() =>
                  set({
                    filters: {
                      ...filters,
                      scoreBands: bands.includes(b) ? bands.filter((x) => x !== b) : [...bands, b],
                    },
                  })
                }
              />
              {b}
            </label>
          ))}
        </div>
      </fieldset>
      <details>
        <summary>Session metrics and countries</summary>
        <div className="mon-filters">
          {VISIT_METRICS.map((m) => (
            <MetricRange key={m} metric={m} filters={filters} />
          ))}
          <Countries filters={filters} />
        </div>
      </details>
      <div className="row">
        <label>
          Sort by{' '}
          <select
            value={q.sort?.by ?? 'score'}
            onChange={(e) =>
              set({ sort: { by: e.currentTarget.value as never, order: q.sort?.order ?? 'desc' } })
            }
          >
            {VISIT_SORT_FIELDS.map((f) => (
              <option key={f} value={f}>
                {METRIC_LABELS[f]}
              </option>
            ))}
          </select>
        </label>
        <select
          aria-label="Order"
          value={q.sort?.order ?? 'desc'}
          onChange={(e) =>
            set({
              sort: { by: q.sort?.by ?? 'score', order: e.currentTarget.value as 'asc' | 'desc' },
            })
          }
        >
          <option value="desc">highest first</option>
          <option value="asc">lowest first</option>
        </select>
        <label>
          Per page{' '}
          <select value={q.size} onChange={(e) => set({ size: Number(e.currentTarget.value) })}>
            {[25, 50, 100, 150].map((n) => (
              <option key={n}>{n}</option>
            ))}
          </select>
        </label>
        <button type="submit" className="primary" disabled={loading}>
          {loading ? 'Loading…' : 'Show visiting companies'}
        </button>
      </div>
    </form>
  );
}
