import { useShallow } from 'zustand/react/shallow';
import {
  billedFields,
  COMPANY_BASE,
  costLabel,
  fieldLabel,
  revealOptions,
  usePanel,
} from '@/lib/panel';

/** The fields a card can reveal, each a checkbox with its cost. */
export function RevealChoices({ targetKey, name }: { targetKey: string; name: string }) {
  const preview = usePanel((s) => s.previews[targetKey]);
  const pricing = usePanel((s) => s.account?.pricing);
  const ticked = usePanel(useShallow((s) => s.selection[targetKey] ?? []));
  const toggle = usePanel((s) => s.toggleField);
  const options = preview?.status === 'found' ? revealOptions(preview, pricing ?? {}) : [];
  if (!options.length) return null;
  // Any company field brings the base record along (and its cost): shown ticked.
  const billed = preview?.status === 'found' ? billedFields(preview, ticked) : ticked;
  return (
    <fieldset className="choices">
      <legend>Reveal for {name}</legend>
      {options.map((o) => (
        <label key={o.field} className="choice">
          <input
            type="checkbox"
            checked={billed.includes(o.field)}
            disabled={o.field === COMPANY_BASE && billed.length > 1 && !ticked.includes(o.field)}
            onChange={() => toggle(targetKey, o.field)}
          />
          <span>{fieldLabel(o.field)}</span>
          <span className={o.credits === 0 ? 'cost free' : 'cost'}>{costLabel(o.credits)}</span>
        </label>
      ))}
    </fieldset>
  );
}
