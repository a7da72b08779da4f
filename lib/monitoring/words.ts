/**
 * Signals in words: one line per event ("Changed company: Maple → Driftwood"), how long ago
 * ("2 months ago"), and the short note a side panel card shows. Plain text: the pages render it
 * as text, never as HTML.
 */
import type { SignalEvent } from './events';
import { signalTypeLabel } from './signal-types';

const DAY_MS = 86_400_000;

const text = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim() : undefined);
const num = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);

/** Whole days from `date` (YYYY-MM-DD, UTC) to `now`; null when undated. */
export function daysSince(date: string, now: number): number | null {
  const at = Date.parse(`${date}T00:00:00Z`);
  if (!date || Number.isNaN(at)) return null;
  return Math.max(0, Math.floor((now - at) / DAY_MS));
}

/** "today", "yesterday", "5 days ago", "3 weeks ago", "2 months ago", "1 year ago". */
export function ago(date: string, now: number): string {
  const days = daysSince(date, now);
  if (days === null) return 'date unknown';
  const unit = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'} ago`;
  if (days === 0) return 'today';
  if (days === 1) return 'yesterday';
  if (days < 14) return unit(days, 'day');
  if (days < 60) return unit(Math.floor(days / 7), 'week');
  if (days < 365) return unit(Math.floor(days / 30), 'month');
  return unit(Math.floor(days / 365), 'year');
}

const percent = (n: number | undefined) => (n === undefined ? '' : `: ${n > 0 ? '+' : ''}${n}%`);

/** What the event says, in one line, without its date. */
export function eventLine(event: SignalEvent): string {
  const d = event.details;
  switch (event.type) {
    case 'companyChange': {
      const from = text(d.previousCompany);
      const to = text(d.newCompany);
      if (from && to) return `Changed company: ${from} → ${to}`;
      return to ? `Joined ${to}` : 'Changed company';
    }
    case 'promotion': {
      const title = text(d.newTitle);
      const at = text(d.companyName);
      return title ? `Promoted to ${title}${at ? ` at ${at}` : ''}` : 'Promoted';
    }
    case 'surgeInHiringByDepartment':
    case 'surgeInHiringByLocation': {
      const where = [text(d.department), text(d.city), text(d.country)].filter(Boolean).join(', ');
      const open = num(d.openPositions);
      return `Hiring surge${where ? ` in ${where}` : ''}${open ? ` (${open} open roles)` : ''}`;
    }
    case 'surgeInHiring': {
      const open = num(d.openPositions);
      return `Hiring surge${open ? ` (${open} open roles)` : ''}`;
    }
    case 'linkedinActivityIntent':
      return `LinkedIn post${text(d.author) ? ` by ${text(d.author)}` : ''}: ${text(d.activitySummary) ?? text(d.signalCategory) ?? 'intent shown'}`;
    default:
      break;
  }
  if (event.type.endsWith('News')) {
    const title = text(d.articleTitle) ?? text(d.eventSummary);
    return `${signalTypeLabel(event.type)}${title ? `: ${title}` : ''}`;
  }
  const change = num(d.changePercent);
  return `${signalTypeLabel(event.type)}${percent(change)}`;
}

/**
 * The card note: "Changed company 2 months ago", "Promoted 3 weeks ago", or what a company
 * signal says and when ("Hiring surge (12 open roles) · today").
 */
export function cardNote(event: SignalEvent, now: number): string {
  const when = ago(event.date, now);
  if (event.type === 'companyChange') return `Changed company ${when}`;
  if (event.type === 'promotion') return `Promoted ${when}`;
  return `${eventLine(event)} · ${when}`;
}
