/**
 * One card per person or company. A page finds people by several ways (a LinkedIn link, an
 * email, a Sales Navigator lead): once a preview (or the history) says two of them are the
 * same Lusha id, they become one card that keeps every way it was found, so a person is quoted,
 * selected and revealed once.
 */
import type { HistoryEntry } from '@/lib/history/types';
import type { LookupTarget } from '@/lib/lookup/targets';
import type { PreviewState } from './slices/previews';

/** A person or company as the panel shows it. */
export interface Card {
  /** The first target's key: selection and list keys use it. */
  key: string;
  kind: 'person' | 'company';
  /** Every way the page found it, first one first. */
  targets: LookupTarget[];
  /** The first preview any of its targets has (found ones first). */
  preview: PreviewState | undefined;
  /** Lusha's id, once a preview or the history says it. */
  lushaId: string | undefined;
  /** What the history kept of it, if it was revealed before. */
  revealed: HistoryEntry | undefined;
}

/** The identifiers the history matches a target by: LinkedIn URL, email, domain. */
export function identifiersOf(targets: LookupTarget[]): string[] {
  return targets.flatMap((t) => {
    if (t.by === 'linkedin') return [t.linkedinUrl];
    if (t.by === 'email') return [t.email];
    if (t.by === 'domain') return [t.domain];
    if (t.kind === 'company' && t.linkedinUrl) return [t.linkedinUrl];
    return [];
  });
}

/** The history key of a Lusha id, as `findRevealed` also answers it. */
export const lushaKey = (kind: 'person' | 'company', id: string) => `${kind}:${id}`;

function previewOf(previews: Record<string, PreviewState>, targets: LookupTarget[]) {
  const states = targets.map((t) => previews[t.key]).filter((p): p is PreviewState => !!p);
  return states.find((p) => p.status === 'found') ?? states[0];
}

/**
 * The cards of `targets` (in order), merged by Lusha id. `revealed` maps identifiers and
 * `person:<id>` / `company:<id>` keys to history entries.
 */
export function buildCards(
  targets: LookupTarget[],
  previews: Record<string, PreviewState>,
  revealed: Record<string, HistoryEntry>,
): Card[] {
  const cards: Card[] = [];
  const byId = new Map<string, Card>();
  for (const target of targets) {
    const preview = previews[target.key];
    const fromHistory = identifiersOf([target])
      .map((id) => revealed[id])
      .find((e) => e?.kind === target.kind);
    const id = (preview?.status === 'found' ? preview.data.id : undefined) ?? fromHistory?.id;
    const same = id ? byId.get(lushaKey(target.kind, id)) : undefined;
    if (same) {
      same.targets.push(target);
      same.preview = previewOf(previews, same.targets);
      same.revealed ??= fromHistory;
      continue;
    }
    const card: Card = {
      key: target.key,
      kind: target.kind,
      targets: [target],
      preview,
      lushaId: id,
      revealed: fromHistory ?? (id ? revealed[lushaKey(target.kind, id)] : undefined),
    };
    cards.push(card);
    if (id) byId.set(lushaKey(target.kind, id), card);
  }
  return cards;
}
