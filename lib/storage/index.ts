/** Storage items (see items.ts: every item of the extension is defined there). */
export {
  tabFindingsItem,
  autoScanItem,
  settingsItem,
  ledgerItem,
  demoLedgerItem,
  dataVersionItem,
  accountItem,
  demoAccountItem,
  apiWaitItem,
  monitorSettingsItem,
  dailyRunItem,
  trackedDomainsItem,
  type TabFindingsByTab,
} from './items';
