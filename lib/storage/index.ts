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
  type TabFindingsByTab,
} from './items';
