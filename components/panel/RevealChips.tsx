import { useShallow } from 'zustand/react/shallow';
import {
  billedFields,
  COMPANY_BASE,
  fieldLabel,
  formatCredits,
  revealOptions,
  usePanel,
  type Card,
} from '@/lib/panel';

/** How many company fields show as chips before "more fields". */
const SHOWN = 3;

/**
 * The fields a card can still reveal, as compact chips with their cost. Shift-click ticks the
 * same field on every card from the last one ticked to this one.
 */
export function RevealChips({ card, name }: { card: Card; name: string }) {
  const pricing = usePanel((s) => s.account?.pricing);
  const ticked = usePanel(useShallow((s) => s.selection[card.key] ?? []));
  const toggle = usePanel((s) => s.toggleField);
  const options = revealOptions(card, pricing ?? {});
  if (!options.length) return null;
  // Any company field brings the base record along (and its cost): shown ticked.
  const billed = billedFields(card, ticked);
  const chip = (field: string, credits: number) => (
    <label key={field} className={`chip${billed.includes(field) ? ' on' : ''}`}>
      <input
        type="checkbox"
        checked={billed.includes(field)}
        disabled={field === COMPANY_BASE && billed.length > 1 && !ticked.includes(field)}
        onChange={() => undefined}
        onClick={(e) => toggle(card.key, field, e.shiftKey)}
      />
      <span>{fieldLabel(field)}</span>
      <span className={credits === 0 ? 'chip-cost free' : 'chip-cost'}>
        {credits === 0 ? 'free' : formatCredits(credits)}
      </span>
    </label>
  );
  const first = options.slice(0, SHOWN);
  const rest = options.slice(SHOWN);
  return (
    <fieldset className="chips">
      <legend className="visually-hidden">Reveal for {name}</legend>
      {first.map((o) => chip(o.field, o.credits))}
      {rest.length ? (
        <details className="more-fields">
          <summary>{rest.length} more fields</summary>
          {rest.map((o) => chip(o.field, o.credits))}
        </details>
      ) : null}
    </fieldset>
  );
}
