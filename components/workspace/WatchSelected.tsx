import { monitoringStore } from '@/lib/monitoring-ui/store';
import { useWs, workspaceStore } from '@/lib/workspace-ui';
import type { ResultRow } from '@/lib/workspace/types';

/**
 * Watch the selected rows that are revealed (only those have signals to follow): they then show
 * in Signals with their latest signals. Free: nothing is sent to Lusha until a refresh.
 */
export function WatchSelected({ rows }: { rows: ResultRow[] }) {
  const revealed = useWs((s) => s.revealed);
  const keys = rows.filter((r) => revealed[r.key]?.kind === r.kind).map((r) => r.key);
  const watch = async () => {
    const ok = await monitoringStore.getState().watch(keys);
    const notice = monitoringStore.getState().watchNotice;
    workspaceStore.getState().showNotice(
      ok
        ? {
            tone: 'ok',
            text: `Watching ${keys.length.toLocaleString('en-US')} in Signals.${notice ? ` ${notice}` : ''}`,
          }
        : { tone: 'error', text: notice ?? 'Could not watch them.' },
    );
  };
  return (
    <button
      type="button"
      disabled={!keys.length}
      title="Follow their job changes and company signals in Signals (revealed ones only)"
      onClick={() => void watch()}
    >
      {keys.length ? `Watch ${keys.length.toLocaleString('en-US')}` : 'Watch'}
      {rows.length > keys.length && keys.length ? (
        <span className="visually-hidden"> revealed of {rows.length} selected</span>
      ) : null}
    </button>
  );
}
