import type { Page } from '@playwright/test';
import { SHOWCASE } from '@/lib/sandbox';
import { test, expect, valueFromPage } from './support/sandbox';
import { previewPerson, revealCost } from './support/showcase-pages';

const [maya, theo, priya, , ines] = SHOWCASE.contacts;

/** The few `chrome.*` calls made inside the worker. */
declare const chrome: {
  storage: {
    local: { set(items: Record<string, unknown>): Promise<void> };
    session: { get(key: string): Promise<Record<string, unknown>> };
  };
};

function enrichOne(page: Page, id: string, expectedCredits: number) {
  return valueFromPage(page, 'enrich', {
    requestId: crypto.randomUUID(),
    kind: 'person',
    ids: [id],
    reveal: ['emails', 'phones'],
    expectedCredits,
  });
}

test('each refusal of Lusha reaches the panel with its kind and the way out', async ({
  sandbox,
  extensionPage,
}) => {
  const cost = revealCost(await previewPerson(extensionPage, maya!.linkedinUrl));
  const cases = [
    { status: 401, kind: 'unauthorized', way: /Settings/ },
    { status: 402, kind: 'noCredits', way: /Add credits/ },
    { status: 403, kind: 'forbidden', way: /Lusha admin/ },
    { status: 451, kind: 'gdprBlocked', way: /GDPR/ },
  ];
  for (const { status, kind, way } of cases) {
    const balance = (await sandbox.state()).credits.remaining;
    await sandbox.fault({ kind: 'status', status, count: 1, path: '/v3/contacts/enrich' });
    const reply = await enrichOne(extensionPage, maya!.id, cost);
    expect(reply, `status ${status}`).toEqual({
      ok: false,
      error: expect.objectContaining({ kind, status, message: expect.stringMatching(way) }),
    });
    expect((await sandbox.state()).credits.remaining, `status ${status}`).toBe(balance);
  }
  // Once Lusha answers again, the same confirmed reveal goes through, billed once.
  const balance = (await sandbox.state()).credits.remaining;
  expect(await enrichOne(extensionPage, maya!.id, cost)).toMatchObject({ ok: true });
  expect(balance - (await sandbox.state()).credits.remaining).toBe(cost);
});

test('a rate limit (429) holds the queue, shows the wait, then the preview goes through', async ({
  serviceWorker,
  sandbox,
  extensionPage,
}) => {
  await sandbox.fault({ kind: 'status', status: 429, count: 1, path: '/v3/contacts/search' });
  const started = Date.now();
  const preview = previewPerson(extensionPage, theo!.linkedinUrl);
  await expect
    .poll(() => serviceWorker.evaluate(async () => chrome.storage.session.get('apiWait')), {
      intervals: [50],
    })
    .toEqual({ apiWait: expect.objectContaining({ reason: 'rateLimited', attempt: 1 }) });
  expect(await preview).toMatchObject({ status: 'found', data: { id: theo!.id } });
  expect(Date.now() - started).toBeGreaterThanOrEqual(900);
  expect(sandbox.calls.filter((c) => c === 'POST /v3/contacts/search')).toHaveLength(2);
});

test('server errors (500, 503) are retried after a pause; nothing is billed twice', async ({
  sandbox,
  extensionPage,
}) => {
  await sandbox.fault({ kind: 'status', status: 500, count: 1, path: '/v3/contacts/search' });
  expect(await previewPerson(extensionPage, priya!.linkedinUrl)).toMatchObject({
    status: 'found',
  });
  const cost = revealCost(await previewPerson(extensionPage, ines!.linkedinUrl));
  const balance = (await sandbox.state()).credits.remaining;
  await sandbox.fault({ kind: 'status', status: 503, count: 1, path: '/v3/contacts/enrich' });
  expect(await enrichOne(extensionPage, ines!.id, cost)).toMatchObject({
    ok: true,
    value: { creditsCharged: cost },
  });
  expect(balance - (await sandbox.state()).credits.remaining).toBe(cost);
  expect(sandbox.calls.filter((c) => c === 'POST /v3/contacts/enrich')).toHaveLength(2);
});

test('demo mode works with no network at all, and its history says demo', async ({
  context,
  serviceWorker,
  sandbox,
  extensionPage,
}) => {
  await sandbox.unroute();
  const attempts: string[] = [];
  await context.route('https://api.lusha.com/**', (route) => {
    attempts.push(route.request().url());
    return route.abort('internetdisconnected');
  });
  await serviceWorker.evaluate(() => chrome.storage.local.set({ settings: { demoMode: true } }));

  const cost = revealCost(await previewPerson(extensionPage, maya!.linkedinUrl));
  expect(await enrichOne(extensionPage, maya!.id, cost)).toMatchObject({
    ok: true,
    value: { creditsCharged: cost },
  });
  expect((await valueFromPage(extensionPage, 'getHistory', {})).entries).toEqual([
    expect.objectContaining({ id: maya!.id, demo: true, name: 'Maya Lindqvist' }),
  ]);
  expect(attempts).toEqual([]);
});
