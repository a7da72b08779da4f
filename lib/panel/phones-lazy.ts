/**
 * Phone formatting for the side panel without its metadata on the critical path: the panel's
 * first paint does not wait for libphonenumber-js (about a quarter of the panel's JavaScript).
 * Its chunk is asked for as soon as this module runs; until it arrives (a few milliseconds,
 * long before a rep reads a revealed number) a number shows as Lusha sent it (E.164) with a
 * `tel:` link, then every component that shows one formats it.
 */
import { useSyncExternalStore } from 'react';
import type { ShownPhone } from './phones';

export type FormatPhone = (number: string, countryHint?: string) => ShownPhone;

/** The number as sent, dialled from its digits. */
export const plainPhone: FormatPhone = (number) => {
  const digits = number.replace(/[^\d+]/g, '');
  return { text: number, href: digits.length >= 5 ? `tel:${digits}` : null, country: null };
};

let format: FormatPhone | null = null;
const listeners = new Set<() => void>();

/** Resolves once numbers are formatted for their country (it never rejects). */
export const phonesReady: Promise<void> = import('./phones').then(
  (m) => {
    format = m.showPhone;
    for (const listener of listeners) listener();
  },
  () => undefined, // a chunk that cannot load leaves numbers as sent, still dialable
);

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The formatter to use now: the number as sent until the metadata has arrived. */
export function currentPhoneFormat(): FormatPhone {
  return format ?? plainPhone;
}

/** The formatter to use now; the component renders again when the real one arrives. */
export function usePhoneFormat(): FormatPhone {
  return useSyncExternalStore(subscribe, currentPhoneFormat);
}
