import { useEffect, useId, useRef, useState } from 'react';
import type { FilterChoice } from '@/lib/workspace/filter-set';
import type { FilterField, FilterOption } from '@/lib/workspace/filter-fields';
import { useFilterValues } from '@/lib/workspace-ui/filter-values';

/** Suggestions shown at once. */
const SHOWN = 8;

/**
 * One filter: a type-ahead over the values Lusha's filter endpoints list (those that need a
 * query are asked as the rep types, debounced; the others are fetched once and narrowed here).
 * Job titles take whatever the rep types.
 */
export function FilterPicker({
  field,
  onPick,
}: {
  field: FilterField;
  onPick(choice: FilterChoice): void;
}) {
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  const { options, loading, error } = useFilterValues(field, text, open);
  const id = useId();
  const box = useRef<HTMLDivElement>(null);
  const typed = field.source === 'typed';
  const shown = typed ? [] : options.slice(0, SHOWN);

  useEffect(() => {
    if (!open) return;
    const close = (e: MouseEvent) => {
      if (!box.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('mousedown', close);
    return () => document.removeEventListener('mousedown', close);
  }, [open]);

  const pick = (option: FilterOption) => {
    onPick({ group: field.group, field: field.field, value: option.value, label: option.label });
    setText('');
  };
  const submitTyped = () => {
    const value = text.trim();
    if (value) pick({ label: value.slice(0, 200), value: value.slice(0, 200) });
  };

  return (
    <div className="ws-picker" ref={box}>
      <label htmlFor={`${id}-input`}>{field.label}</label>
      <input
        id={`${id}-input`}
        role={typed ? undefined : 'combobox'}
        aria-expanded={typed ? undefined : open && shown.length > 0}
        aria-controls={typed ? undefined : `${id}-list`}
        aria-autocomplete={typed ? undefined : 'list'}
        placeholder={
          typed ? 'Type and press Enter' : field.requiresQuery ? 'Type 2+ letters' : 'Pick or type'
        }
        value={text}
        onFocus={() => setOpen(true)}
        onChange={(e) => (setText(e.currentTarget.value), setOpen(true))}
        onKeyDown={(e) => {
          if (e.key === 'Escape') setOpen(false);
          if (e.key === 'Enter') {
            e.preventDefault();
            if (typed) submitTyped();
            else if (shown[0]) pick(shown[0]);
          }
        }}
      />
      {open && !typed ? (
        <ul
          className="ws-options"
          id={`${id}-list`}
          role="listbox"
          aria-label={`${field.label} values`}
        >
          {shown.map((o) => (
            <li
              key={JSON.stringify(o.value)}
              role="option"
              aria-selected={false}
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => pick(o)}
            >
              <bdi>{o.label}</bdi>
            </li>
          ))}
          {loading ? <li className="meta">Looking up…</li> : null}
          {error ? <li className="warn">{error}</li> : null}
          {!loading && !error && !shown.length ? (
            <li className="meta">
              {field.requiresQuery && text.trim().length < 2
                ? 'Type at least 2 letters'
                : 'No match'}
            </li>
          ) : null}
        </ul>
      ) : null}
    </div>
  );
}
