/** Storage items (see items.ts: every item of the extension is defined there). */
export {
  tabFindingsItem,
  autoScanItem,
  settingsItem,
  ledgerItem,
  demoLedgerItem,
  historyItem,
  accountItem,
  apiWaitItem,
  type TabFindingsByTab,
} from './items';
