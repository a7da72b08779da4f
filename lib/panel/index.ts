/** The side panel's state and UI helpers: one zustand store of slices, costs, words, errors. */
export * from './store';
export * from './cards';
export * from './costs';
export * from './format';
export * from './errors';
export * from './connect';
export { cardsOf } from './selectors';
export type { PanelState } from './slices/types';
export type { PreviewState } from './slices/previews';
export { toTargetInput } from './slices/previews';
export { enrichRequests, type RevealProgress } from './slices/selection';
export type { PanelView } from './slices/ui';
export * from './settings';
