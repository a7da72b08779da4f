import { useShallow } from 'zustand/react/shallow';
import { cardsOf, fieldLabel, formatCredits, revealOptions, usePanel } from '@/lib/panel';

interface FieldSummary {
  field: string;
  cards: number;
  credits: number;
  /** Every card that can reveal it has it ticked. */
  all: boolean;
}

/** Per field: how many cards can still reveal it, at what total, and whether all are ticked. */
function useFieldSummaries(): FieldSummary[] {
  return usePanel(
    useShallow((s) => {
      const pricing = s.account?.pricing ?? {};
      const byField = new Map<string, FieldSummary>();
      for (const card of cardsOf(s)) {
        for (const option of revealOptions(card, pricing)) {
          if (option.credits === 0) continue;
          const summary = byField.get(option.field) ?? { field: option.field, cards: 0, credits: 0, all: true };
          summary.cards += 1;
          summary.credits += option.credits;
          summary.all &&= (s.selection[card.key] ?? []).includes(option.field);
          byField.set(option.field, summary);
        }
      }
      return [...byField.values()].filter((f) => f.cards >= 2).map((f) => `${f.field}|${f.cards}|${f.credits}|${f.all}`);
    }),
  ).map((line) => {
    const [field = '', cards = '0', credits = '0', all = 'false'] = line.split('|');
    return { field, cards: Number(cards), credits: Number(credits), all: all === 'true' };
  });
}

/** Select a field on every card at once ("Emails for all 25"), or none. */
export function BulkBar() {
  const fields = useFieldSummaries();
  const select = usePanel((s) => s.selectField);
  if (!fields.length) return null;
  return (
    <div className="bulk" role="group" aria-label="Select for everyone">
      {fields.map((f) => (
        <button
          key={f.field}
          type="button"
          className={`chip${f.all ? ' on' : ''}`}
          aria-pressed={f.all}
          onClick={() => select(f.field, !f.all)}
        >
          {fieldLabel(f.field)} for all {f.cards} · {formatCredits(f.credits)}
        </button>
      ))}
    </div>
  );
}
