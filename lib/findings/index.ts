/** Per-tab findings: what each tab's page offers, kept in session storage, and its badge. */
export { countPeople, badgeText } from './people';
export { applyReport, getTabFindings, recordReport, dropTabFindings } from './store';
export type { TabFindings } from '@/lib/messaging/protocol';
export {
  ALL_SITES,
  AUTO_SCAN_SCRIPT_ID,
  SITE_SCRIPT,
  disableAutoScan,
  enableAutoScan,
  isAutoScanOn,
  syncAutoScan,
} from './auto-scan';
