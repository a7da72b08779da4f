/**
 * The workspace's sections, in tab order: a plain list, so a new section is one more entry
 * here (its id is also what `setSection` takes and the URL's `#hash` names).
 */
import type { ComponentType } from 'react';
import { ListsSection } from './ListsSection';
import { LookalikesSection } from './LookalikesSection';
import { ProspectingSection } from './prospecting/ProspectingSection';

/** One section: its id, its tab's label, and what it shows. */
export interface WorkspaceSection {
  id: string;
  label: string;
  Component: ComponentType;
}

export const SECTIONS: WorkspaceSection[] = [
  { id: 'prospecting', label: 'Prospecting', Component: ProspectingSection },
  { id: 'lookalikes', label: 'Lookalikes', Component: LookalikesSection },
  { id: 'lists', label: 'Lists', Component: ListsSection },
];
