import { useId, useState } from 'react';
import type { ListSummary } from '@/lib/workspace/types';

/**
 * The rep's lists to add to, and a new one named here ("Create and add"): the inside of the
 * side panel's and the workspace's "Add to list" menus.
 */
export function ListChoices({
  lists,
  onAdd,
  onCreate,
  buttonClass,
}: {
  lists: ListSummary[] | null;
  onAdd(list: ListSummary): void;
  /** Creates a list named so and adds to it; true when it was made (the field is then cleared). */
  onCreate(name: string): Promise<boolean>;
  buttonClass?: string;
}) {
  const [name, setName] = useState('');
  const id = useId();
  return (
    <>
      {lists?.map((l) => (
        <button key={l.id} type="button" className={buttonClass} onClick={() => onAdd(l)}>
          <bdi>{l.name}</bdi> <span className="meta">({l.count})</span>
        </button>
      ))}
      <form
        className="row"
        onSubmit={(e) => {
          e.preventDefault();
          const wanted = name.trim();
          if (wanted) void onCreate(wanted).then((made) => made && setName(''));
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
        <button type="submit" className={buttonClass} disabled={!name.trim()}>
          Create and add
        </button>
      </form>
    </>
  );
}
