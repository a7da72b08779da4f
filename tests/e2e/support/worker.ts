/**
 * Stopping the extension's service worker for real, as Chrome does after 30 s idle: the
 * DevTools protocol's `Target.closeTarget` on the worker's target ends it; the next event
 * (a message from a page) starts a fresh one with empty memory.
 */
import type { BrowserContext, Worker } from '@playwright/test';

/** A worker's start time: a different value means a different worker instance. */
export function startedAt(worker: Worker): Promise<number> {
  return worker.evaluate(() => performance.timeOrigin);
}

/** Closes the worker target of `extensionId`; resolves once it is gone from the browser. */
export async function stopServiceWorker(
  context: BrowserContext,
  extensionId: string,
  timeoutMs = 5_000,
): Promise<void> {
  const browser = context.browser();
  if (!browser) throw new Error('no browser behind this context');
  const session = await browser.newBrowserCDPSession();
  const isOurs = (t: { type: string; url: string }) =>
    t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${extensionId}/`);
  try {
    const { targetInfos } = await session.send('Target.getTargets');
    let target = targetInfos.find(isOurs);
    if (!target) throw new Error('the service worker is not running');
    const deadline = Date.now() + timeoutMs;
    // A worker still starting up can ignore the first close: asked again until it is gone.
    while (target) {
      if (Date.now() > deadline) throw new Error('the service worker did not stop');
      await session.send('Target.closeTarget', { targetId: target.targetId }).catch(() => undefined);
      await new Promise((resolve) => setTimeout(resolve, 100));
      target = (await session.send('Target.getTargets')).targetInfos.find(isOurs);
    }
  } finally {
    await session.detach();
  }
}

/** The running worker of the context whose start time differs from `before`. */
export async function restartedWorker(context: BrowserContext, before: number): Promise<Worker> {
  const deadline = Date.now() + 5_000;
  while (Date.now() < deadline) {
    for (const worker of context.serviceWorkers()) {
      const at = await startedAt(worker).catch(() => before);
      if (at !== before) return worker;
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error('no restarted service worker');
}
