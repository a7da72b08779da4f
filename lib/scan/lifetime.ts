/**
 * How long a content script lives: while its extension runs. When the extension is reloaded,
 * updated or removed, scripts already in pages stay behind with `browser.runtime.id` gone; they
 * must stop. Nothing a page does can end a lifetime (no DOM event is listened to for it).
 */
import { runtime } from './runtime';

/** True while the extension this script belongs to still runs. */
export function extensionRuns(): boolean {
  try {
    return runtime()?.id != null;
  } catch {
    return false;
  }
}

/** A lifetime: `alive` until the extension goes away or `end()` is called; then stoppers run. */
export class Lifetime {
  private stoppers: (() => void)[] = [];
  private ended = false;

  constructor(private readonly runs: () => boolean = extensionRuns) {}

  /** Checked before each piece of work: ends the lifetime the first time the extension is gone. */
  get alive(): boolean {
    if (!this.ended && !this.runs()) this.end();
    return !this.ended;
  }

  /** Runs `stop` when the lifetime ends (at once if it already has). */
  onEnd(stop: () => void): void {
    if (this.ended) stop();
    else this.stoppers.push(stop);
  }

  /** Ends the lifetime: observers, listeners and timers registered with `onEnd` stop. */
  end(): void {
    if (this.ended) return;
    this.ended = true;
    for (const stop of this.stoppers.splice(0)) stop();
  }
}
