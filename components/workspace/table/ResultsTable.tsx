import {
  flexRender,
  getCoreRowModel,
  getFilteredRowModel,
  getSortedRowModel,
  useReactTable,
  type ColumnFiltersState,
  type Row,
  type RowSelectionState,
  type SortingState,
  type Updater,
} from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import {
  memo,
  useCallback,
  useId,
  useMemo,
  useRef,
  useState,
  type FocusEvent,
  type MouseEvent,
  type RefObject,
} from 'react';
import { useWs, workspaceStore, type TableId } from '@/lib/workspace-ui';
import type { ResultRow } from '@/lib/workspace/types';
import { anyColumn, CELLS, COLUMNS, FILTERABLE, type TableMeta } from './columns';
import { slotKeys, type Pin } from './slots';

/** Row height in pixels (fixed: the virtualizer never measures, so scrolling reads no layout). */
export const ROW_HEIGHT = 34;

interface Props {
  table: TableId;
  label: string;
  onPeopleAt?: (row: ResultRow) => void;
  empty: string;
}

function useSelection(table: TableId) {
  const selected = useWs((s) => s.tables[table].selected);
  const onChange = useCallback(
    (updater: Updater<RowSelectionState>) => {
      const now = workspaceStore.getState().tables[table].selected;
      const next = typeof updater === 'function' ? updater(now) : updater;
      workspaceStore.getState().setSelection(table, next);
    },
    [table],
  );
  return [selected as RowSelectionState, onChange] as const;
}

/** The filter box: a column and the text its cells must contain. */
function FilterBox(props: {
  column: string;
  text: string;
  onColumn(c: string): void;
  onText(t: string): void;
}) {
  const id = useId();
  return (
    <div className="row ws-filter">
      <label htmlFor={`${id}-col`} className="visually-hidden">
        Filter column
      </label>
      <select
        id={`${id}-col`}
        value={props.column}
        onChange={(e) => props.onColumn(e.currentTarget.value)}
      >
        {FILTERABLE.map((f) => (
          <option key={f.id} value={f.id}>
            {f.label}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-text`} className="visually-hidden">
        Filter rows
      </label>
      <input
        id={`${id}-text`}
        type="search"
        placeholder="Filter rows"
        value={props.text}
        onChange={(e) => props.onText(e.currentTarget.value)}
      />
    </div>
  );
}

interface BodyProps {
  rows: Row<ResultRow>[];
  scroller: RefObject<HTMLDivElement | null>;
  selected: RowSelectionState;
  meta: TableMeta;
  onToggle(row: Row<ResultRow>, event: MouseEvent<HTMLInputElement>): void;
}

/**
 * One row in slot `slot` (its key; see slots.ts); drawn again only when the row in its slot,
 * its selection or the history changes.
 */
const RowView = memo(function RowView(props: {
  row: Row<ResultRow>;
  index: number;
  slot: number;
  selected: boolean;
  meta: TableMeta;
  onToggle: BodyProps['onToggle'];
  onFocusIn(pin: Pin | null): void;
}) {
  const { row, index, slot, selected, meta, onToggle, onFocusIn } = props;
  const data = row.original;
  return (
    <tr
      role="row"
      aria-rowindex={index + 2}
      aria-selected={selected}
      className={selected ? 'is-selected' : undefined}
      onFocus={() => onFocusIn({ id: row.id, slot })}
      onBlur={(e: FocusEvent<HTMLTableRowElement>) => {
        // Focus that leaves with the window (another tab, another app) comes back to this row.
        if (document.hasFocus() && !e.currentTarget.contains(e.relatedTarget)) onFocusIn(null);
      }}
    >
      <td role="cell" className="ws-check">
        <input
          type="checkbox"
          aria-label={`Select ${data.name}`}
          checked={selected}
          onChange={() => undefined}
          onClick={(e) => onToggle(row, e)}
        />
      </td>
      {CELLS.map((cell) => (
        <td key={cell.id} role="cell" data-col={cell.id}>
          {cell.render(data, meta)}
        </td>
      ))}
    </tr>
  );
});

/**
 * The rows on screen between two spacers, as flex rows in a block body (see workspace.css): a
 * row that scrolls into view is laid out on its own, with no table layout over the others, and
 * no row is ever measured.
 */
function Body({ rows, scroller, selected, meta, onToggle }: BodyProps) {
  // eslint-disable-next-line react-hooks/incompatible-library -- its functions are read in this render only
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    // Rows are drawn in the scroll event itself (flushSync), before the frame is painted, so
    // no blank shows however fast the rep scrolls: a few rows beyond the edges are enough.
    overscan: 2,
    useFlushSync: true,
  });
  const items = virtualizer.getVirtualItems();
  // Rows keep their elements by slot as they scroll; the focused one keeps its own (slots.ts).
  const pin = useRef<Pin | null>(null);
  const onFocusIn = useCallback((next: Pin | null) => {
    pin.current = next;
  }, []);
  const keys = slotKeys(
    items.map((item) => rows[item.index]!.id),
    pin.current,
  );
  const before = items[0]?.start ?? 0;
  const after = virtualizer.getTotalSize() - (items.at(-1)?.end ?? 0);
  return (
    <tbody role="rowgroup">
      {before > 0 ? (
        <tr aria-hidden="true" className="ws-spacer" style={{ height: before }} />
      ) : null}
      {items.map((item, i) => {
        const row = rows[item.index]!;
        return (
          <RowView
            key={keys[i]}
            row={row}
            index={item.index}
            slot={keys[i]!}
            selected={!!selected[row.id]}
            meta={meta}
            onToggle={onToggle}
            onFocusIn={onFocusIn}
          />
        );
      })}
      {after > 0 ? <tr aria-hidden="true" className="ws-spacer" style={{ height: after }} /> : null}
    </tbody>
  );
}

/**
 * A results table: TanStack Table for sorting, filtering and selection; TanStack Virtual so
 * only a screenful of rows is ever in the page. Shift-click selects a range.
 */
export function ResultsTable({ table: id, label, onPeopleAt, empty }: Props) {
  const rows = useWs((s) => s.tables[id].rows);
  const revealed = useWs((s) => s.revealed);
  const [rowSelection, onRowSelectionChange] = useSelection(id);
  const [sorting, setSorting] = useState<SortingState>([]);
  const [filterColumn, setFilterColumn] = useState('any');
  const [filterText, setFilterText] = useState('');
  const anchor = useRef<string | null>(null);
  const scroller = useRef<HTMLDivElement>(null);
  const columnFilters = useMemo<ColumnFiltersState>(
    () =>
      filterText ? [{ id: filterColumn === 'any' ? 'name' : filterColumn, value: filterText }] : [],
    [filterColumn, filterText],
  );
  const meta = useMemo<TableMeta>(() => ({ revealed, onPeopleAt }), [revealed, onPeopleAt]);
  const columns = useMemo(
    () =>
      COLUMNS.map((c) =>
        c.id === 'name' && filterColumn === 'any' ? { ...c, filterFn: anyColumn } : c,
      ),
    [filterColumn],
  );
  // eslint-disable-next-line react-hooks/incompatible-library -- nothing here memoizes on its functions
  const table = useReactTable({
    data: rows,
    columns,
    meta,
    state: { sorting, rowSelection, columnFilters },
    getRowId: (r) => r.key,
    enableRowSelection: true,
    onSortingChange: setSorting,
    onRowSelectionChange,
    getCoreRowModel: getCoreRowModel(),
    getSortedRowModel: getSortedRowModel(),
    getFilteredRowModel: getFilteredRowModel(),
  });
  const shown = table.getRowModel().rows;
  const allShown = shown.length > 0 && shown.every((r) => rowSelection[r.id]);

  const toggle = (row: Row<ResultRow>, event: MouseEvent<HTMLInputElement>) => {
    const on = !row.getIsSelected();
    const from = shown.findIndex((r) => r.id === anchor.current);
    const to = shown.findIndex((r) => r.id === row.id);
    const span =
      event.shiftKey && from >= 0 ? shown.slice(Math.min(from, to), Math.max(from, to) + 1) : [row];
    workspaceStore.getState().select(
      id,
      span.map((r) => r.id),
      on,
    );
    anchor.current = row.id;
  };

  return (
    <div className="ws-table-wrap">
      <FilterBox
        column={filterColumn}
        text={filterText}
        onColumn={setFilterColumn}
        onText={setFilterText}
      />
      <div className="ws-scroll" ref={scroller} tabIndex={0} aria-label={`${label}, scrollable`}>
        <table
          className="ws-table"
          role="table"
          aria-label={label}
          aria-rowcount={shown.length + 1}
        >
          <thead role="rowgroup">
            <tr role="row">
              <th scope="col" role="columnheader" className="ws-check">
                <input
                  type="checkbox"
                  aria-label="Select all shown"
                  checked={allShown}
                  onChange={() =>
                    workspaceStore.getState().select(
                      id,
                      shown.map((r) => r.id),
                      !allShown,
                    )
                  }
                />
              </th>
              {table.getFlatHeaders().map((header) => {
                const sorted = header.column.getIsSorted();
                return (
                  <th
                    key={header.id}
                    scope="col"
                    role="columnheader"
                    data-col={header.column.id}
                    aria-sort={
                      sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : undefined
                    }
                  >
                    {header.column.getCanSort() ? (
                      <button
                        type="button"
                        className="ws-sort"
                        onClick={header.column.getToggleSortingHandler()}
                      >
                        {flexRender(header.column.columnDef.header, header.getContext())}
                        <span aria-hidden="true">
                          {sorted === 'asc' ? ' ▲' : sorted === 'desc' ? ' ▼' : ''}
                        </span>
                      </button>
                    ) : (
                      flexRender(header.column.columnDef.header, header.getContext())
                    )}
                  </th>
                );
              })}
            </tr>
          </thead>
          <Body
            rows={shown}
            scroller={scroller}
            selected={rowSelection}
            meta={meta}
            onToggle={toggle}
          />
        </table>
        {!rows.length ? <p className="empty">{empty}</p> : null}
        {rows.length && !shown.length ? <p className="empty">No row matches the filter.</p> : null}
      </div>
      <p className="meta ws-count" aria-live="polite">
        {shown.length === rows.length
          ? `${rows.length.toLocaleString('en-US')} rows`
          : `${shown.length.toLocaleString('en-US')} of ${rows.length.toLocaleString('en-US')} rows match`}
      </p>
    </div>
  );
}
