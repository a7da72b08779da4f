/** The tab slice: which tab the panel follows and what its page offers for lookup. */
import { roleMailboxes, targetsFromFindings, type LookupTarget } from '@/lib/lookup/targets';
import type { TabFindings } from '@/lib/messaging/protocol';
import type { Slice } from './types';

export interface TabSlice {
  tabId: number | null;
  pageUrl: string | null;
  /** The page had more than the scanner reads at once: the first ones are shown. */
  truncated: boolean;
  /** The page's subject first, then everyone and every company found on it. */
  targets: LookupTarget[];
  /** Addresses like info@ and sales@: the company's, shown apart, never previewed as people. */
  companyAddresses: string[];
  /** Targets the rep asked for in the manual lookup form, newest first. */
  manualTargets: LookupTarget[];
  /** Follows a tab (or none); `entry` is its findings, if the page reported any. */
  setTab(tabId: number | null, entry: TabFindings | null): void;
  addManualTarget(target: LookupTarget): void;
}

/** Creates the tab slice. */
export const createTabSlice: Slice<TabSlice> = (set) => ({
  tabId: null,
  pageUrl: null,
  truncated: false,
  targets: [],
  companyAddresses: [],
  manualTargets: [],
  setTab: (tabId, entry) =>
    set({
      tabId,
      pageUrl: entry?.url ?? null,
      truncated: entry?.findings.truncated === true,
      targets: entry ? targetsFromFindings(entry.findings) : [],
      companyAddresses: entry ? roleMailboxes(entry.findings) : [],
    }),
  addManualTarget: (target) =>
    set((state) => ({
      manualTargets: [target, ...state.manualTargets.filter((t) => t.key !== target.key)],
    })),
});
