import { useId, useRef, useState } from 'react';
import { useWs } from '@/lib/workspace-ui';
import type { ResultRow } from '@/lib/workspace/types';

/** "Add to list": an existing list, or a new one named here. Each person is on a list once. */
export function AddToListMenu({
  rows,
  label = 'Add to list',
}: {
  rows: ResultRow[];
  label?: string;
}) {
  const lists = useWs((s) => s.lists);
  const add = useWs((s) => s.addToList);
  const create = useWs((s) => s.createList);
  const [name, setName] = useState('');
  const details = useRef<HTMLDetailsElement>(null);
  const id = useId();
  const close = () => details.current?.removeAttribute('open');
  const addTo = async (listId: string) => {
    close();
    await add(listId, rows);
  };
  const createAndAdd = async () => {
    const list = await create(name.trim());
    if (!list) return;
    setName('');
    await addTo(list.id);
  };
  return (
    <details className="ws-menu" ref={details}>
      <summary className={rows.length ? undefined : 'is-disabled'} aria-disabled={!rows.length}>
        {label}
      </summary>
      {rows.length ? (
        <div className="ws-menu-body" role="group" aria-label="Lists">
          {lists.map((l) => (
            <button key={l.id} type="button" onClick={() => void addTo(l.id)}>
              <bdi>{l.name}</bdi> <span className="meta">({l.count})</span>
            </button>
          ))}
          <form
            className="row"
            onSubmit={(e) => {
              e.preventDefault();
              if (name.trim()) void createAndAdd();
            }}
          >
            <label htmlFor={`${id}-name`} className="visually-hidden">
              New list name
            </label>
            <input
              id={`${id}-name`}
              placeholder="New list name"
              maxLength={100}
              value={name}
              onChange={(e) => setName(e.currentTarget.value)}
            />
            <button type="submit" disabled={!name.trim()}>
              Create and add
            </button>
          </form>
        </div>
      ) : null}
    </details>
  );
}
