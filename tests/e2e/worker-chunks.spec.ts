/**
 * The service worker's chunks (lib/chunks): the public suffix list and the demo sandbox are
 * not in background.js; a worker imports each the first time it needs it, including a worker
 * Chrome started again after stopping it (importScripts only takes scripts the worker imported
 * while installing, so this is what breaks if the install step goes).
 */
import { STARTING_CREDITS } from '@/lib/sandbox';
import type { Worker } from '@playwright/test';
import { test, expect } from './support/extension';
import { setDemoMode } from './support/panel';
import { restartedWorker, startedAt, stopServiceWorker } from './support/worker';

type Runtime = { chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } } };

const loadedChunks = (worker: Worker) =>
  worker.evaluate(() =>
    Object.keys(
      (globalThis as unknown as { __prospectLensChunks?: object }).__prospectLensChunks ?? {},
    ).sort(),
  );

test('a restarted worker loads the suffix list and the demo sandbox when first asked', async ({
  context,
  serviceWorker,
  extensionId,
}) => {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  const send = (message: object) =>
    page.evaluate((m) => (globalThis as unknown as Runtime).chrome.runtime.sendMessage(m), message);
  // A just-installed worker ignores being closed until it has handled an event.
  await send({ type: 'getKeyStatus', data: {} });
  const installed = await startedAt(serviceWorker);
  await stopServiceWorker(context, extensionId);

  // A fresh start loads neither chunk until something needs it.
  await send({ type: 'getKeyStatus', data: {} });
  const worker = await restartedWorker(context, installed);
  expect(await loadedChunks(worker)).toEqual([]);

  // Registrable domains, private suffixes included.
  expect(
    await send({ type: 'registrableDomain', data: { host: 'shop.acme.myshopify.com' } }),
  ).toEqual({ ok: true, value: { domain: 'acme.myshopify.com' } });
  expect(await send({ type: 'registrableDomain', data: { host: 'news.bbc.co.uk' } })).toEqual({
    ok: true,
    value: { domain: 'bbc.co.uk' },
  });
  expect(await loadedChunks(worker)).toEqual(['psl']);

  // Demo mode answers from the sandbox, loaded on its first call.
  await setDemoMode(worker, true);
  // The message's answer carries the handler's outcome: the demo account's starting credits.
  expect(await send({ type: 'getAccount', data: { refresh: true } })).toMatchObject({
    ok: true,
    value: { ok: true, value: { credits: { remaining: STARTING_CREDITS } } },
  });
  expect(await loadedChunks(worker)).toEqual(['demo-sandbox', 'psl']);
});
