/**
 * Where the monitoring sections live, in one place: a notification click, the side panel and
 * the sections' own links all open these addresses.
 */
import { browser } from 'wxt/browser';

/** The extension page that shows the Signals, Website visits and Account sections. */
export const MONITORING_PAGE = '/workspace.html';

/** The sections, as they appear in the address (`#signals`). */
export type MonitoringSection = 'signals' | 'visits' | 'account';

/** The address of a section, optionally focused on one watched person or company. */
export function sectionUrl(section: MonitoringSection, focus?: string): string {
  const base = browser.runtime.getURL(MONITORING_PAGE);
  return `${base}#${section}${focus ? `/${encodeURIComponent(focus)}` : ''}`;
}

/** The section and focus an address names (`#signals/person%3A123`), or the defaults. */
export function parseSectionHash(hash: string): { section: MonitoringSection; focus?: string } {
  const [name, focus] = hash.replace(/^#/, '').split('/', 2);
  const section: MonitoringSection = name === 'visits' || name === 'account' ? name : 'signals';
  const decoded = focus ? safeDecode(focus) : undefined;
  return decoded && /^(person|company):[^|/\s]{1,64}$/.test(decoded)
    ? { section, focus: decoded }
    : { section };
}

function safeDecode(text: string): string | undefined {
  try {
    return decodeURIComponent(text);
  } catch {
    return undefined;
  }
}
