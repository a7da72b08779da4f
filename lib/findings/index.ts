/** Per-tab findings: what each tab's page offers, kept in session storage, and its badge. */
export { countPeople, badgeText } from './people';
export { applyReport, getTabFindings, recordReport, dropTabFindings } from './store';
export type { TabFindings } from '@/lib/messaging/protocol';
