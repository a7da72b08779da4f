/**
 * The monitoring sections, as the workspace's tab bar lists sections (id, label, component):
 * each is self-contained (its own store, no props), so it can be registered there as it is.
 */
import type { ComponentType } from 'react';
import type { MonitoringSection } from '@/lib/monitoring/links';
import { AccountSection } from './account/AccountSection';
import { SignalsSection } from './signals/SignalsSection';
import { VisitsSection } from './visits/VisitsSection';

/** One section: its id (the address's `#id`), its tab's label, and what it shows. */
export interface MonitoringSectionDef {
  id: MonitoringSection;
  label: string;
  Component: ComponentType;
}

export const MONITORING_SECTIONS: MonitoringSectionDef[] = [
  { id: 'signals', label: 'Signals', Component: SignalsSection },
  { id: 'visits', label: 'Website visits', Component: VisitsSection },
  { id: 'account', label: 'Account', Component: AccountSection },
];
