/** The panel store's shape: one store made of typed slices (see lib/panel/store). */
import type { StateCreator } from 'zustand';
import type { TabSlice } from './tab';
import type { PreviewsSlice } from './previews';
import type { SelectionSlice } from './selection';
import type { AccountSlice } from './account';
import type { HistorySlice } from './history';
import type { UiSlice } from './ui';

/** The whole panel state. */
export type PanelState = TabSlice &
  PreviewsSlice &
  SelectionSlice &
  AccountSlice &
  HistorySlice &
  UiSlice;

/** A slice creator with access to the whole store. */
export type Slice<T> = StateCreator<PanelState, [], [], T>;
