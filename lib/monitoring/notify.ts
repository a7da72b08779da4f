/**
 * Job-change notifications (opt-in): a new job change or promotion of a watched person raises
 * one browser notification per person, and a click opens that person in the Signals section,
 * with the new company and title and a one-click preview there. Never more than a few at once.
 */
import { browser } from 'wxt/browser';
import { sectionUrl } from './links';
import type { NewSignal } from './watchlist';
import { ago } from './words';

/** Notifications raised by one refresh at most; past that, one says how many more. */
export const MAX_NOTICES = 4;
const PREFIX = 'pl-signal|';

/** A notification to raise. */
export interface Notice {
  id: string;
  title: string;
  message: string;
}

const text = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim() : '');

/** The notice of one job change or promotion. */
function noticeOf(signal: NewSignal, now: number): Notice {
  const d = signal.event.details;
  const name = signal.snapshot.name;
  const when = ago(signal.event.date, now);
  if (signal.event.type === 'promotion') {
    const at = text(d.companyName);
    return {
      id: `${PREFIX}${signal.key}`,
      title: `${name} was promoted`,
      message: `Now ${text(d.newTitle) || 'in a new role'}${at ? ` at ${at}` : ''} (${when}).`,
    };
  }
  const before = text(d.previousCompany);
  return {
    id: `${PREFIX}${signal.key}`,
    title: `${name} changed company`,
    message: `Now at ${text(d.newCompany) || 'a new company'}${before ? `, before at ${before}` : ''} (${when}).`,
  };
}

/** The notices for new signals: people's job changes and promotions, newest one per person. */
export function jobChangeNotices(signals: NewSignal[], now: number): Notice[] {
  const latest = new Map<string, NewSignal>();
  for (const s of signals) {
    if (s.kind !== 'person' || !['companyChange', 'promotion'].includes(s.event.type)) continue;
    const kept = latest.get(s.key);
    if (!kept || s.event.date > kept.event.date) latest.set(s.key, s);
  }
  const notices = [...latest.values()].map((s) => noticeOf(s, now));
  if (notices.length <= MAX_NOTICES) return notices;
  const shown = notices.slice(0, MAX_NOTICES - 1);
  const more = notices.length - shown.length;
  return [
    ...shown,
    {
      id: `${PREFIX}more`,
      title: `${more} more watched people changed jobs`,
      message: 'Open Signals in Prospect Lens to see them all.',
    },
  ];
}

/** Raises the notices (each replaces an older one of the same person). */
export async function raiseNotices(notices: Notice[]): Promise<void> {
  for (const notice of notices) {
    await browser.notifications.create(notice.id, {
      type: 'basic',
      iconUrl: browser.runtime.getURL('/icon/128.png'),
      title: notice.title,
      message: notice.message,
      contextMessage: 'Prospect Lens · Signals',
      priority: 1,
    });
  }
}

/** The page a notification opens, or null when it is not one of ours. */
export function noticeTarget(notificationId: string): string | null {
  if (!notificationId.startsWith(PREFIX)) return null;
  const key = notificationId.slice(PREFIX.length);
  return sectionUrl('signals', key === 'more' ? undefined : key);
}

/** Opens the person of a clicked notification and clears it. */
export async function openNotice(notificationId: string): Promise<void> {
  const url = noticeTarget(notificationId);
  if (!url) return;
  await browser.tabs.create({ url });
  await browser.notifications.clear(notificationId);
}
