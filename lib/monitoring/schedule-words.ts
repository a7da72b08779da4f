/** The daily refresh's last run in words (plain: the page bundle imports it). */
import type { DailyRun } from './schedule';

/** The daily run in words: "Refreshed 40 of 60 within 50 credits: stopped at the budget". */
export function dailyRunWords(run: DailyRun): string {
  const total = run.refreshed + run.left;
  const spent = `${run.charged} of ${run.budget} credits`;
  const head = `Refreshed ${run.refreshed} of ${total} watched, ${spent}`;
  if (run.stopped === 'budget')
    return `${head}. Stopped at the budget: ${run.left} left for the next run (least recently refreshed first).`;
  if (run.stopped === 'cap')
    return `${head}. Stopped at your spending cap: ${run.error?.message ?? ''}`;
  if (run.stopped === 'error') return `${head}. Stopped: ${run.error?.message ?? 'an error'}`;
  return `${head}.`;
}
