import { useRef } from 'react';
import { useWs } from '@/lib/workspace-ui';
import type { ResultRow } from '@/lib/workspace/types';
import { ListChoices } from '../common/ListChoices';

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
  const details = useRef<HTMLDetailsElement>(null);
  const close = () => details.current?.removeAttribute('open');
  const addTo = async (listId: string) => {
    close();
    await add(listId, rows);
  };
  const createAndAdd = async (name: string) => {
    const list = await create(name);
    if (!list) return false;
    await addTo(list.id);
    return true;
  };
  return (
    <details className="ws-menu" ref={details}>
      <summary className={rows.length ? undefined : 'is-disabled'} aria-disabled={!rows.length}>
        {label}
      </summary>
      {rows.length ? (
        <div className="ws-menu-body" role="group" aria-label="Lists">
          <ListChoices lists={lists} onAdd={(l) => void addTo(l.id)} onCreate={createAndAdd} />
        </div>
      ) : null}
    </details>
  );
}
