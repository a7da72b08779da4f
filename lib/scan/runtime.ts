/**
 * The content scripts' one line to the background, without webextension-polyfill: about 3 KB
 * gzip that a script running on every LinkedIn page need not carry. Chrome's `chrome.runtime`
 * and Firefox's native `browser.runtime` both answer `sendMessage` with a promise.
 */
import type { FindingsChanged, Message, Reply } from '@/lib/messaging/protocol';

interface Runtime {
  id?: string;
  sendMessage(message: unknown): Promise<unknown>;
}

/** This extension's runtime API, or undefined once the extension is gone. */
export function runtime(): Runtime | undefined {
  const scope = globalThis as { browser?: { runtime?: Runtime }; chrome?: { runtime?: Runtime } };
  return scope.browser?.runtime ?? scope.chrome?.runtime;
}

/** Sends a `findingsChanged` report; rejects when the background refuses it or is gone. */
export async function reportFindings(report: FindingsChanged): Promise<{ people: number }> {
  const message: Message<'findingsChanged'> = { type: 'findingsChanged', data: report };
  const api = runtime();
  if (!api) throw new Error('findingsChanged: the extension is gone');
  const reply = (await api.sendMessage(message)) as Reply<'findingsChanged'> | undefined;
  if (!reply?.ok) throw new Error(`findingsChanged: ${reply ? reply.error : 'no reply'}`);
  return reply.value;
}
