/** The monitoring store's shape: one store made of typed slices (see ../store). */
import type { StateCreator } from 'zustand';
import type { AccountSlice } from './account';
import type { FocusSlice } from './focus';
import type { SignalsSlice } from './signals';
import type { VisitsSlice } from './visits';

/** The whole monitoring state. */
export type MonState = SignalsSlice & FocusSlice & VisitsSlice & AccountSlice;

/** A slice creator with access to the whole store. */
export type MonSlice<T> = StateCreator<MonState, [], [], T>;
