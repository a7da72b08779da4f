import { useId, useState } from 'react';
import { dailyRunWords } from '@/lib/monitoring/schedule-words';
import { useMon } from '@/lib/monitoring-ui/store';

const time = (ms: number) =>
  new Date(ms).toLocaleString(undefined, { weekday: 'short', hour: '2-digit', minute: '2-digit' });

/** The budget field: saved when it is a whole number of credits, 1 or more (keyed by it). */
function Budget({ budget, onSave }: { budget: number; onSave: (n: number) => void }) {
  const id = useId();
  const [typed, setTyped] = useState(String(budget));
  const value = Number(typed);
  const valid = Number.isInteger(value) && value >= 1 && value <= 1_000_000;
  return (
    <div className="field">
      <label htmlFor={id}>Credits it may spend a day</label>
      <input
        id={id}
        type="number"
        min={1}
        step={1}
        value={typed}
        aria-invalid={!valid}
        onChange={(e) => setTyped(e.currentTarget.value)}
        onBlur={() => valid && value !== budget && onSave(value)}
      />
      {!valid ? <span className="field-error">A whole number of credits, 1 or more.</span> : null}
    </div>
  );
}

/** The opt-ins: a daily refresh within a budget (off by default) and job-change notifications. */
export function DailyBox() {
  const monitor = useMon((s) => s.monitor);
  const update = useMon((s) => s.updateSettings);
  if (!monitor) return null;
  const { daily, notify } = monitor.settings;
  const run = monitor.lastRun;
  return (
    <section className="mon-box" aria-label="Daily refresh">
      <h2>Daily refresh</h2>
      <label className="choice">
        <input
          type="checkbox"
          checked={daily.enabled}
          onChange={(e) => void update({ daily: { ...daily, enabled: e.currentTarget.checked } })}
        />
        Refresh the watchlist once a day, within a budget
      </label>
      <Budget
        budget={daily.budget}
        onSave={(budget) => void update({ daily: { ...daily, budget } })}
      />
      <p className="meta">
        It asks for the signals picked here, least recently refreshed first, and stops before a
        request could pass the budget.
      </p>
      {daily.enabled && monitor.nextRunAt ? (
        <p data-testid="daily-next">Next refresh: {time(monitor.nextRunAt)}</p>
      ) : null}
      {run ? (
        <p className={run.stopped ? 'warn' : 'meta'} data-testid="daily-last">
          Last daily refresh ({time(run.at)}): {dailyRunWords(run)}
        </p>
      ) : null}
      <label className="choice">
        <input
          type="checkbox"
          checked={notify}
          onChange={(e) => void update({ notify: e.currentTarget.checked })}
        />
        Notify me when a watched person changes jobs or is promoted
      </label>
    </section>
  );
}
