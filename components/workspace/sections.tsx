/**
 * The workspace's sections, in tab order: a plain list, so a new section is one more entry
 * here (its id is also what `setSection` takes and the URL's `#hash` names).
 */
import type { ComponentType } from 'react';
import { monitoringStore } from '@/lib/monitoring-ui/store';
import { workspaceStore } from '@/lib/workspace-ui';
import { MONITORING_SECTIONS } from '../monitoring/sections';
import { VisitsSection } from '../monitoring/visits/VisitsSection';
import { ListsSection } from './ListsSection';
import { LookalikesSection } from './LookalikesSection';
import { ProspectingSection } from './prospecting/ProspectingSection';

function Visits() {
  return <VisitsSection onPeopleAt={(company) => workspaceStore.getState().peopleAt(company)} />;
}

/** A monitoring section in the workspace's body: its own scroll and margins. */
function boxed(Section: ComponentType): ComponentType {
  function Boxed() {
    return (
      <div className="mon">
        <Section />
      </div>
    );
  }
  Boxed.displayName = `Boxed(${Section.displayName ?? Section.name})`;
  return Boxed;
}

// One account on one page: what a monitoring section last heard from Lusha (a reveal, a
// refresh) is what the header shows, and the other way round.
monitoringStore.subscribe((s, prev) => {
  if (s.account && s.account !== prev.account && s.account !== workspaceStore.getState().account)
    workspaceStore.setState({ account: s.account });
});
workspaceStore.subscribe((s, prev) => {
  if (s.account && s.account !== prev.account && s.account !== monitoringStore.getState().account)
    monitoringStore.setState({ account: s.account });
});

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
  // Signals, Website visits, Account: self-contained sections of their own (their own store);
  // a visiting company's "People at this company" opens a prefilled prospecting search here.
  ...MONITORING_SECTIONS.map((s) => ({
    ...s,
    Component: boxed(s.id === 'visits' ? Visits : s.Component),
  })),
];
