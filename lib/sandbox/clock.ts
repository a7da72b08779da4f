/**
 * Clocks for the sandbox: the real one, and a manual one that only moves when told to
 * (`POST /__sandbox/clock`), for rate-limit and signal-date tests.
 */
import type { Clock } from './types';

/** Where a manual clock starts: a fixed instant, so runs repeat exactly. */
export const MANUAL_CLOCK_START = Date.parse('2026-06-15T12:00:00.000Z');

/** A clock that moves only through `advance`. */
export class ManualClock implements Clock {
  private time: number;

  constructor(private readonly start = MANUAL_CLOCK_START) {
    this.time = start;
  }

  now(): number {
    return this.time;
  }

  /** Moves the clock forward (or back, for a negative `ms`). */
  advance(ms: number): number {
    this.time += ms;
    return this.time;
  }

  /** Back to the start instant. */
  reset(): void {
    this.time = this.start;
  }
}

/** The wall clock. */
export const systemClock: Clock = { now: () => Date.now() };
