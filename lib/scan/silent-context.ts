/**
 * Stands in for WXT's `ContentScriptContext` in the content-script builds (see
 * modules/silent-content-scripts.ts). Same shape, but it posts no message, dispatches no DOM
 * event and listens to none, so a page can neither see that the extension runs nor invalidate
 * the script; it is valid exactly while the extension runs (`browser.runtime.id` is there).
 * Our scripts do not use it (lib/scan keeps its own `Lifetime`); WXT hands it to `main`.
 */
import { extensionRuns } from './lifetime';

export class ContentScriptContext {
  private readonly controller = new AbortController();

  constructor(
    readonly contentScriptName: string,
    readonly options?: unknown,
  ) {}

  get signal(): AbortSignal {
    return this.controller.signal;
  }

  get isInvalid(): boolean {
    if (!this.controller.signal.aborted && !extensionRuns()) this.notifyInvalidated();
    return this.controller.signal.aborted;
  }

  get isValid(): boolean {
    return !this.isInvalid;
  }

  abort(reason?: unknown): void {
    this.controller.abort(reason);
  }

  notifyInvalidated(): void {
    this.abort('Content script context invalidated');
  }

  onInvalidated(cb: () => void): () => void {
    this.signal.addEventListener('abort', cb);
    return () => this.signal.removeEventListener('abort', cb);
  }

  block<T>(): Promise<T> {
    return new Promise(() => {});
  }

  setTimeout(handler: () => void, timeout?: number): number {
    const id = setTimeout(() => this.isValid && handler(), timeout) as unknown as number;
    this.onInvalidated(() => clearTimeout(id));
    return id;
  }

  setInterval(handler: () => void, timeout?: number): number {
    const id = setInterval(() => this.isValid && handler(), timeout) as unknown as number;
    this.onInvalidated(() => clearInterval(id));
    return id;
  }

  /** Plain DOM events only: WXT's `wxt:*` events are named after the extension id. */
  addEventListener(
    target: EventTarget,
    type: string,
    handler: EventListenerOrEventListenerObject,
    options?: AddEventListenerOptions,
  ): void {
    if (type.startsWith('wxt:')) throw new Error(`${type}: use lib/scan's navigation watcher`);
    target.addEventListener(type, handler, { ...options, signal: this.signal });
  }
}
