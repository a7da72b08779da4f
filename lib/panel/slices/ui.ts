/** The ui slice: which view is open, the settings as stored, the API wait and a panel-wide error. */
import type { QueueWait, UserError } from '@/lib/lookup';
import { DEFAULT_SETTINGS, type Settings } from '@/lib/settings';
import type { Slice } from './types';

/** The panel's views. */
export type PanelView = 'page' | 'lookup' | 'history';

export interface UiSlice {
  view: PanelView;
  settings: Settings;
  /** While the background backs off (429, 5xx, network): until when and why. */
  wait: QueueWait | null;
  error: UserError | null;
  setView(view: PanelView): void;
  setSettings(settings: Settings): void;
  setWait(wait: QueueWait | null): void;
  showError(error: UserError | null): void;
}

/** Creates the ui slice. */
export const createUiSlice: Slice<UiSlice> = (set) => ({
  view: 'page',
  settings: DEFAULT_SETTINGS,
  wait: null,
  error: null,
  setView: (view) => set({ view }),
  setSettings: (settings) => set({ settings }),
  setWait: (wait) => set({ wait }),
  showError: (error) => set({ error }),
});
