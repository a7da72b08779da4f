/** Derived state of the panel store, computed once per change of what it is made from. */
import { buildCards, type Card } from './cards';
import type { PanelState } from './slices/types';

let last: { targets: unknown; manual: unknown; previews: unknown; revealed: unknown; cards: Card[] } | null =
  null;

/** The cards of the page and the manual look-ups (manual ones first), merged by Lusha id. */
export function cardsOf(state: PanelState): Card[] {
  const { targets, manualTargets, previews, revealed } = state;
  if (
    last &&
    last.targets === targets &&
    last.manual === manualTargets &&
    last.previews === previews &&
    last.revealed === revealed
  ) {
    return last.cards;
  }
  const cards = buildCards([...manualTargets, ...targets], previews, revealed);
  last = { targets, manual: manualTargets, previews, revealed, cards };
  return cards;
}
