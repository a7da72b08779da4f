import { useShallow } from 'zustand/react/shallow';
import { costLabel, fieldLabel, revealOptions, usePanel } from '@/lib/panel';

/** The fields a card can reveal, each a checkbox with its cost. */
export function RevealChoices({ targetKey, name }: { targetKey: string; name: string }) {
  const preview = usePanel((s) => s.previews[targetKey]);
  const pricing = usePanel((s) => s.account?.pricing);
  const ticked = usePanel(useShallow((s) => s.selection[targetKey] ?? []));
  const toggle = usePanel((s) => s.toggleField);
  const options = preview?.status === 'found' ? revealOptions(preview, pricing ?? {}) : [];
  if (!options.length) return null;
  return (
    <fieldset className="choices">
      <legend>Reveal for {name}</legend>
      {options.map((o) => (
        <label key={o.field} className="choice">
          <input
            type="checkbox"
            checked={ticked.includes(o.field)}
            onChange={() => toggle(targetKey, o.field)}
          />
          <span>{fieldLabel(o.field)}</span>
          <span className={o.credits === 0 ? 'cost free' : 'cost'}>{costLabel(o.credits)}</span>
        </label>
      ))}
    </fieldset>
  );
}
