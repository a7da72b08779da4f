/** The workspace page's state: one zustand store of slices, quotes, and history rows. */
export * from './store';
export * from './quote';
export * from './history-rows';
export { selectedRows, type TableId, type TableState } from './slices/tables';
export { HISTORY_LIST } from './slices/lists';
export { seedsOf } from './slices/lookalikes';
export type { WsState } from './slices/types';
export type { Notice } from './slices/account';
