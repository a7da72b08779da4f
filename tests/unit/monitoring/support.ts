/**
 * The monitoring services over a real in-process sandbox whose clock the test moves: the
 * watchlist in a database of its own, the billing gate, and people picked from the sandbox's
 * dataset by what their signals are (a job change N days before the sandbox's "today").
 */
import type { HistoryEntry } from '@/lib/history/types';
import { createRefresher } from '@/lib/monitoring/refresh';
import { createWatchlist } from '@/lib/monitoring/watchlist';
import { createSandbox, ManualClock, type Contact } from '@/lib/sandbox';
import { sandboxPipeline } from '../lookup/support';

export const DAY_MS = 86_400_000;

/** A history entry for a sandbox contact (as a reveal would have saved it). */
export function personEntry(c: Contact): HistoryEntry {
  return {
    kind: 'person',
    id: c.id,
    name: `${c.firstName} ${c.lastName}`,
    title: c.jobTitle?.title,
    emails: [],
    phones: [],
    revealedAt: 1,
    creditsCharged: 1,
    demo: false,
  };
}

/** A history entry for a company id. */
export function companyEntry(id: string, name: string): HistoryEntry {
  return { kind: 'company', id, name, fields: {}, revealedAt: 1, creditsCharged: 1, demo: false };
}

/** The pipeline, a watchlist and a refresher over a sandbox with a manual clock at real time. */
export function monitoringPipeline(key = 'sandbox-key') {
  const clock = new ManualClock(Date.now());
  const p = sandboxPipeline(key, createSandbox({ clock }));
  const watchlist = createWatchlist(p.db);
  const pricing = async () => (await p.account.get()).pricing;
  const refresher = createRefresher({
    client: async () => p.client,
    billing: p.billing,
    watchlist,
    pricing,
    scope: 'live',
  });
  const today = p.sandbox.dataset.referenceDate;
  /** Contacts with a job change between `minDays` and `maxDays` days before the dataset's today. */
  const movers = (minDays: number, maxDays: number) =>
    p.sandbox.dataset.contacts.filter((c) =>
      c.signals.some((s) => {
        if (s.type !== 'companyChange') return false;
        const days = (today - Date.parse(s.date)) / DAY_MS;
        return days >= minDays && days <= maxDays;
      }),
    );
  const quiet = () => p.sandbox.dataset.contacts.filter((c) => c.signals.length === 0);
  return { ...p, clock, watchlist, refresher, pricing, movers, quiet };
}
