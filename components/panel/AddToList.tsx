import { useId, useRef, useState } from 'react';
import { sendMessage } from '@/lib/messaging/client';
import type { ListSummary, ResultRow } from '@/lib/workspace/types';

/**
 * "Add to list" on a side panel card or history entry: the rep's lists (asked when opened)
 * or a new one. The person is on a list once however often added; lists live in the
 * workspace, where they are exported.
 */
export function AddToList({ row }: { row: ResultRow | null }) {
  const [lists, setLists] = useState<ListSummary[] | null>(null);
  const [name, setName] = useState('');
  const [said, setSaid] = useState<string | null>(null);
  const details = useRef<HTMLDetailsElement>(null);
  const id = useId();
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
  const create = async () => {
    const outcome = await sendMessage('createList', { name: name.trim() }).catch(() => null);
    if (outcome?.ok) {
      setName('');
      await add(outcome.value);
    } else setSaid(outcome?.error.message ?? 'Prospect Lens could not reach its background.');
  };
  return (
    <div className="add-to-list">
      <details ref={details} onToggle={(e) => e.currentTarget.open && load()}>
        <summary>
          Add to list<span className="visually-hidden"> ({row.name})</span>
        </summary>
        <div className="stack tight">
          {lists?.map((l) => (
            <button key={l.id} type="button" className="small" onClick={() => void add(l)}>
              <bdi>{l.name}</bdi> ({l.count})
            </button>
          ))}
          <form
            className="row"
            onSubmit={(e) => {
              e.preventDefault();
              if (name.trim()) void create();
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
            <button type="submit" className="small" disabled={!name.trim()}>
              Create and add
            </button>
          </form>
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
