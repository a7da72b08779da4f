import { useShallow } from 'zustand/react/shallow';
import { selectedRows, useWs, workspaceStore, type TableId } from '@/lib/workspace-ui';
import { AddToListMenu } from './AddToListMenu';
import { ExportButtons } from './ExportButtons';
import { WatchSelected } from './WatchSelected';

/**
 * What the rep can do with a table's selection: select all or none, add to a list, watch the
 * revealed ones, find similar (5-100 seeds), export; the count of what is selected.
 */
export function SelectionBar({ table, extra }: { table: TableId; extra?: React.ReactNode }) {
  const rows = useWs((s) => s.tables[table].rows);
  const selected = useWs(useShallow((s) => selectedRows(s.tables[table])));
  const setSeeds = useWs((s) => s.setSeeds);
  const { select, clearSelection } = workspaceStore.getState();
  return (
    <div className="row ws-selection" role="toolbar" aria-label="Selection">
      <span aria-live="polite">
        <strong>{selected.length.toLocaleString('en-US')}</strong> selected
      </span>
      <button
        type="button"
        className="small"
        disabled={!rows.length}
        onClick={() =>
          select(
            table,
            rows.map((r) => r.key),
            true,
          )
        }
      >
        All
      </button>
      <button
        type="button"
        className="small"
        disabled={!selected.length}
        onClick={() => clearSelection(table)}
      >
        None
      </button>
      <span className="spacer" />
      {extra}
      <AddToListMenu rows={selected} />
      <WatchSelected rows={selected} />
      {table !== 'lookalikes' ? (
        <button
          type="button"
          disabled={!selected.length}
          title="People or companies like the selected ones (Lusha needs 5 to 100)"
          onClick={() => setSeeds(selected)}
        >
          Find similar
        </button>
      ) : null}
      <ExportButtons rows={selected} label="Export selection" />
    </div>
  );
}
