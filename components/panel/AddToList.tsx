import { useRef, useState } from 'react';
import { sendMessage } from '@/lib/messaging/client';
import type { ListSummary, ResultRow } from '@/lib/workspace/types';
import { ListChoices } from '../common/ListChoices';

/**
 * "Add to list" on a side panel card or history entry: the rep's lists (asked when opened)
 * or a new one. The person is on a list once however often added; lists live in the
 * workspace, where they are exported.
 */
export function AddToList({ row }: { row: ResultRow | null }) {
  const [lists, setLists] = useState<ListSummary[] | null>(null);
  const [said, setSaid] = useState<string | null>(null);
  const details = useRef<HTMLDetailsElement>(null);
  if (!row) return null;
  const load = () => void sendMessage('getLists', {}).then(setLists, () => setLists([]));
  const add = async (list: ListSummary) => {
    details.current?.removeAttribute('open');
    const outcome = await sendMessage('addToList', { listId: list.id, rows: [row] }).catch(
      () => null,
    );
    if (!outcome) setSaid('Prospect Lens could not reach its background. Try again.');
    else if (!outcome.ok) setSaid(outcome.error.message);
    else setSaid(outcome.value.added ? `Added to ${list.name}.` : `Already on ${list.name}.`);
  };
  const create = async (name: string) => {
    const outcome = await sendMessage('createList', { name }).catch(() => null);
    if (outcome?.ok) {
      await add(outcome.value);
      return true;
    }
    setSaid(outcome?.error.message ?? 'Prospect Lens could not reach its background.');
    return false;
  };
  return (
    <div className="add-to-list">
      <details ref={details} onToggle={(e) => e.currentTarget.open && load()}>
        <summary>
          Add to list<span className="visually-hidden"> ({row.name})</span>
        </summary>
        <div className="stack tight">
          <ListChoices
            lists={lists}
            onAdd={(l) => void add(l)}
            onCreate={create}
            buttonClass="small"
          />
        </div>
      </details>
      {said ? (
        <span className="meta" role="status">
          {said}
        </span>
      ) : null}
    </div>
  );
}
