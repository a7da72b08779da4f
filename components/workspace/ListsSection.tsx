import { useEffect, useId, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { HISTORY_LIST, selectedRows, useWs } from '@/lib/workspace-ui';
import { ErrorNotice } from '../common/ErrorNotice';
import { ExportButtons } from './ExportButtons';
import { RevealBar } from './RevealBar';
import { SelectionBar } from './SelectionBar';
import { ResultsTable } from './table/ResultsTable';

function NewList() {
  const create = useWs((s) => s.createList);
  const open = useWs((s) => s.openListById);
  const [name, setName] = useState('');
  const id = useId();
  return (
    <form
      className="row"
      onSubmit={(e) => {
        e.preventDefault();
        if (!name.trim()) return;
        void create(name.trim()).then((list) => (setName(''), list && open(list.id)));
      }}
    >
      <label htmlFor={`${id}-name`} className="visually-hidden">
        List name
      </label>
      <input
        id={`${id}-name`}
        placeholder="List name"
        maxLength={100}
        value={name}
        onChange={(e) => setName(e.currentTarget.value)}
      />
      <button type="submit" disabled={!name.trim()}>
        New list
      </button>
    </form>
  );
}

function ListPicker() {
  const lists = useWs((s) => s.lists);
  const current = useWs((s) => s.openList);
  const open = useWs((s) => s.openListById);
  const remove = useWs((s) => s.deleteList);
  return (
    <aside className="ws-sidebar" aria-label="Lists">
      <NewList />
      <ul className="ws-lists">
        {lists.map((l) => (
          <li key={l.id} className={l.id === current ? 'is-current' : undefined}>
            <button
              type="button"
              className="link"
              aria-current={l.id === current ? 'true' : undefined}
              onClick={() => void open(l.id)}
            >
              <bdi>{l.name}</bdi> <span className="meta">({l.count.toLocaleString('en-US')})</span>
            </button>
            <button type="button" className="small link" onClick={() => void remove(l.id)}>
              Delete<span className="visually-hidden"> {l.name}</span>
            </button>
          </li>
        ))}
        <li className={current === HISTORY_LIST ? 'is-current' : undefined}>
          <button type="button" className="link" onClick={() => void open(HISTORY_LIST)}>
            History <span className="meta">(revealed, newest 500)</span>
          </button>
        </li>
      </ul>
      {!lists.length ? (
        <p className="meta">No lists yet. Add people from any table with “Add to list”.</p>
      ) : null}
    </aside>
  );
}

/** Lists: named sets of people and companies (and the history), exported for a CRM. */
export function ListsSection() {
  const current = useWs((s) => s.openList);
  const lists = useWs((s) => s.lists);
  const error = useWs((s) => s.listError);
  const load = useWs((s) => s.loadLists);
  const remove = useWs((s) => s.removeFromOpenList);
  const selected = useWs(useShallow((s) => selectedRows(s.tables.lists)));
  useEffect(() => void load(), [load]);
  const name = current === HISTORY_LIST ? 'History' : lists.find((l) => l.id === current)?.name;
  return (
    <div className="ws-split">
      <ListPicker />
      <section className="ws-main" aria-label={name ? `List ${name}` : 'List'}>
        <div className="row ws-list-head">
          <h2>
            <bdi>{name ?? 'Pick a list'}</bdi>
          </h2>
          <span className="spacer" />
          {current ? <ExportButtons label="Export list" /> : null}
        </div>
        {error ? <ErrorNotice error={error} /> : null}
        <SelectionBar
          table="lists"
          extra={
            current && current !== HISTORY_LIST ? (
              <button
                type="button"
                disabled={!selected.length}
                onClick={() => void remove(selected.map((r) => r.key))}
              >
                Remove from list
              </button>
            ) : null
          }
        />
        <RevealBar table="lists" />
        <ResultsTable
          table="lists"
          label="List members"
          empty={current ? 'This list is empty.' : 'Pick a list on the left.'}
        />
      </section>
    </div>
  );
}
