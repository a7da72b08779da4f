/** Storage items (see items.ts: every item of the extension is defined there). */
export { tabFindingsItem, autoScanItem, type TabFindingsByTab } from './items';
