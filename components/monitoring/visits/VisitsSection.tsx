import { useEffect } from 'react';
import { monitoringStore, useMon } from '@/lib/monitoring-ui/store';
import { TrackedDomains } from './TrackedDomains';
import { VisitsFilters } from './VisitsFilters';
import { VisitsRevealBar } from './VisitsRevealBar';
import { VisitsTable, type PeopleAt } from './VisitsTable';

/**
 * Website visits: companies that visited the tracked domains in a window (3 months at most),
 * filtered, sorted and paged as Lusha allows; select and reveal them at the exact quote.
 * `onPeopleAt` opens a prospecting search prefilled with a company (the workspace passes it).
 */
export function VisitsSection({ onPeopleAt }: { onPeopleAt?: PeopleAt } = {}) {
  const domains = useMon((s) => s.trackedDomains.length);
  useEffect(() => {
    const s = monitoringStore.getState();
    void s.loadDomains();
    void s.loadAccount();
    void s.loadSpend();
  }, []);
  return (
    <section aria-label="Website visits">
      <TrackedDomains />
      {domains ? (
        <>
          <VisitsFilters />
          <VisitsTable onPeopleAt={onPeopleAt} />
          <VisitsRevealBar />
        </>
      ) : null}
    </section>
  );
}
