/**
 * The rep's filter choices and the prospecting `filters` object they make. A choice is one
 * picked value of one field, included or excluded; within a field the values are alternatives,
 * across fields all must match (Lusha's rules). Pure: used by the page and the background.
 */
import type { FilterGroup, FilterOption } from './filter-fields';
import type { EntityKind } from './types';

/** One picked value. */
export interface FilterChoice {
  group: FilterGroup;
  /** The criteria field (`seniorityIds`, `countries`, `ids`...). */
  field: string;
  value: FilterOption['value'];
  /** How the rep saw it (shown as text). */
  label: string;
  exclude?: boolean;
}

type Criteria = Record<string, unknown>;
interface Block {
  include?: Criteria;
  exclude?: Criteria;
}

/** The `filters` object of a prospecting request. */
export interface ProspectingFilters {
  contacts?: Block;
  companies?: Block;
}

function add(block: Block, mode: 'include' | 'exclude', field: string, value: unknown) {
  const criteria = (block[mode] ??= {});
  if (field === 'signals') {
    const signals = (criteria.signals ??= { types: [] }) as { types: unknown[] };
    if (!signals.types.includes(value)) signals.types.push(value);
    return;
  }
  const list = (criteria[field] ??= []) as unknown[];
  const same = JSON.stringify(value);
  if (!list.some((v) => JSON.stringify(v) === same)) list.push(value);
}

/**
 * The filters for a search of `kind`. Company prospecting needs `filters.companies.include`
 * (the spec requires it), so it is always there, empty when nothing is picked.
 */
export function buildFilters(kind: EntityKind, choices: FilterChoice[]): ProspectingFilters {
  const filters: ProspectingFilters = {};
  for (const choice of choices) {
    if (kind === 'companies' && choice.group === 'contacts') continue;
    const block = (filters[choice.group] ??= {});
    add(block, choice.exclude ? 'exclude' : 'include', choice.field, choice.value);
  }
  if (kind === 'companies') {
    const companies = (filters.companies ??= {});
    companies.include ??= {};
  }
  return filters;
}

/** The choices in words: `Seniority: VP, Director · not Country: Germany`. */
export function describeChoices(
  choices: FilterChoice[],
  labelOf: (choice: FilterChoice) => string,
): string {
  const groups = new Map<string, string[]>();
  for (const c of choices) {
    const head = `${c.exclude ? 'not ' : ''}${labelOf(c)}`;
    groups.set(head, [...(groups.get(head) ?? []), c.label]);
  }
  return [...groups].map(([head, labels]) => `${head}: ${labels.join(', ')}`).join(' · ');
}

/** A stable text of a choice set, to tell whether two runs asked the same thing. */
export function choicesKey(kind: EntityKind, choices: FilterChoice[]): string {
  const parts = choices
    .map((c) => `${c.group}.${c.field}.${c.exclude ? '-' : '+'}${JSON.stringify(c.value)}`)
    .sort();
  return `${kind}|${parts.join('|')}`;
}

/** How many signal types the chosen signal filters can bill per result at most. */
export function signalTypesChosen(
  kind: EntityKind,
  choices: FilterChoice[],
  catalogue: Record<FilterGroup, string[]>,
): number {
  let count = 0;
  for (const group of ['contacts', 'companies'] as const) {
    if (kind === 'companies' && group === 'contacts') continue;
    const picked = choices.filter((c) => c.group === group && c.field === 'signals' && !c.exclude);
    if (!picked.length) continue;
    const all = picked.some((c) => c.value === 'allSignals');
    count += all
      ? Math.max(1, catalogue[group].filter((t) => t !== 'allSignals').length)
      : picked.length;
  }
  return count;
}
