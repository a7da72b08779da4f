/** The workspace store's shape: one store made of typed slices (see ../store). */
import type { StateCreator } from 'zustand';
import type { AccountSlice } from './account';
import type { ListsSlice } from './lists';
import type { LookalikesSlice } from './lookalikes';
import type { ProspectSlice } from './prospect';
import type { RevealSlice } from './reveal';
import type { TablesSlice } from './tables';

/** The whole workspace state. */
export type WsState = AccountSlice &
  TablesSlice &
  RevealSlice &
  ProspectSlice &
  LookalikesSlice &
  ListsSlice;

/** A slice creator with access to the whole store. */
export type WsSlice<T> = StateCreator<WsState, [], [], T>;
