import { SHOWCASE } from '@/lib/sandbox';
import { findingsFor } from './support/findings';
import { test, expect, sendFromPage, valueFromPage, SANDBOX_KEY } from './support/sandbox';
import {
  openShowcaseProfile,
  previewPerson,
  revealCost,
  waitForSubject,
} from './support/showcase-pages';
import { clickToolbarButton } from './support/toolbar';
import { restartedWorker, startedAt, stopServiceWorker } from './support/worker';

const maya = SHOWCASE.contacts[0]!;
const theo = SHOWCASE.contacts[1]!;

test('a showcase profile: findings, preview with costs, enrich billed exactly once, history', async ({
  context,
  serviceWorker,
  sandbox,
  extensionPage,
}) => {
  await openShowcaseProfile(context, maya);
  await waitForSubject(serviceWorker, maya.linkedinUrl);

  const start = (await sandbox.state()).credits.remaining;
  const preview = await previewPerson(extensionPage, maya.linkedinUrl);
  expect(preview).toMatchObject({ status: 'found', data: { id: maya.id } });
  const cost = revealCost(preview);
  expect(cost).toBeGreaterThan(0);
  const afterSearch = (await sandbox.state()).credits.remaining;
  expect(start - afterSearch).toBe(1);

  const enriched = await valueFromPage(extensionPage, 'enrich', {
    requestId: crypto.randomUUID(),
    kind: 'person',
    ids: [maya.id],
    reveal: ['emails', 'phones'],
    expectedCredits: cost,
  });
  expect(enriched).toMatchObject({ ok: true, value: { creditsCharged: cost, failures: [] } });
  const afterEnrich = (await sandbox.state()).credits.remaining;
  expect(afterSearch - afterEnrich).toBe(cost);

  const history = await valueFromPage(extensionPage, 'getHistory', { query: maya.lastName });
  expect(history.entries).toEqual([
    expect.objectContaining({ id: maya.id, demo: false, linkedinUrl: maya.linkedinUrl }),
  ]);
  expect(JSON.stringify(history)).toContain(maya.email!);

  // Seen again: the preview comes from the cache and the history answers; nothing is billed.
  const calls = sandbox.calls.length;
  const again = await previewPerson(extensionPage, maya.linkedinUrl);
  expect(again).toMatchObject({ status: 'found', data: { id: maya.id } });
  expect(revealCost(again), 'revealed fields are shown as free').toBe(0);
  const revealed = await valueFromPage(extensionPage, 'findRevealed', {
    identifiers: [maya.linkedinUrl],
  });
  expect(revealed[maya.linkedinUrl]).toMatchObject({ id: maya.id });
  expect(sandbox.calls.length).toBe(calls);
  expect((await sandbox.state()).credits.remaining).toBe(afterEnrich);
});

test('the worker stopped between preview and enrich loses nothing', async ({
  context,
  extensionId,
  serviceWorker,
  sandbox,
  extensionPage,
}) => {
  const preview = await previewPerson(extensionPage, theo.linkedinUrl);
  const cost = revealCost(preview);
  const searches = sandbox.calls.filter((c) => c.endsWith('/search')).length;
  expect(searches).toBe(1);

  const before = await startedAt(serviceWorker);
  await stopServiceWorker(context, extensionId);
  // The panel shows the preview again after the restart: from the cache, not a new search.
  expect(await previewPerson(extensionPage, theo.linkedinUrl)).toEqual(preview);
  const worker = await restartedWorker(context, before);
  expect(await startedAt(worker)).not.toBe(before);

  const balance = (await sandbox.state()).credits.remaining;
  const enriched = await valueFromPage(extensionPage, 'enrich', {
    requestId: crypto.randomUUID(),
    kind: 'person',
    ids: [theo.id],
    reveal: ['emails', 'phones'],
    expectedCredits: cost,
  });
  expect(enriched).toMatchObject({ ok: true, value: { creditsCharged: cost } });
  expect(sandbox.calls.filter((c) => c.endsWith('/search')).length).toBe(searches);
  expect(balance - (await sandbox.state()).credits.remaining).toBe(cost);
  expect((await valueFromPage(extensionPage, 'getHistory', {})).entries).toEqual([
    expect.objectContaining({ id: theo.id }),
  ]);
});

/** The few `chrome.*` calls made inside the worker and the content-script world. */
declare const chrome: {
  scripting: {
    executeScript<A extends unknown[]>(injection: {
      target: { tabId: number };
      world: 'ISOLATED';
      func: (...args: A) => unknown;
      args?: A;
    }): Promise<{ result?: unknown }[]>;
  };
  runtime: { sendMessage(message: unknown): Promise<unknown> };
  storage: {
    local: {
      get(keys: null | string): Promise<Record<string, unknown>>;
      set(items: object): Promise<void>;
    };
  };
};

test('a content script can neither spend credits nor read the key', async ({
  context,
  serviceWorker,
  extensionId,
  sandbox,
  extensionPage,
}) => {
  const page = await openShowcaseProfile(context, maya);
  const tabId = await waitForSubject(serviceWorker, maya.linkedinUrl);
  // The rep's toolbar click grants activeTab, which lets the worker inject test code below.
  await clickToolbarButton(context, page, extensionId);
  const balance = (await sandbox.state()).credits.remaining;

  // Code in the content-script world, injected by the worker, asks for a billed reveal.
  const refused = await serviceWorker.evaluate(
    async ({ id, personId }) => {
      const [result] = await chrome.scripting.executeScript({
        target: { tabId: id },
        world: 'ISOLATED',
        func: (ids: string) =>
          chrome.runtime.sendMessage({
            type: 'enrich',
            data: {
              requestId: `attack-${ids}`,
              kind: 'person',
              ids: [ids],
              reveal: ['emails'],
              expectedCredits: 1,
            },
          }),
        args: [personId],
      });
      return result?.result;
    },
    { id: tabId, personId: maya.id },
  );
  expect(refused).toEqual({ ok: false, error: 'sender not allowed' });
  expect((await sandbox.state()).credits.remaining).toBe(balance);

  // The content-script world can neither read nor write storage.local: not the history's
  // settings, not auto-preview (billed searches with no click), not the API base URL.
  const attempt = await serviceWorker.evaluate(async (id) => {
    const [result] = await chrome.scripting.executeScript({
      target: { tabId: id },
      world: 'ISOLATED',
      func: async () => {
        const tryIt = (work: () => Promise<unknown>) =>
          work().then(
            (value) => ({ ok: true, value }),
            (error: unknown) => ({ ok: false, error: String(error) }),
          );
        return {
          read: await tryIt(() => chrome.storage.local.get(null)),
          write: await tryIt(() =>
            chrome.storage.local.set({
              settings: { autoPreview: 'all', apiBaseUrl: 'https://evil.example' },
            }),
          ),
          databases: await indexedDB.databases(),
        };
      },
    });
    return result?.result;
  }, tabId);
  expect(attempt).toMatchObject({
    read: { ok: false, error: expect.stringMatching(/access|not allowed|denied/i) },
    write: { ok: false },
    databases: expect.any(Array),
  });
  expect(JSON.stringify(attempt)).not.toContain(SANDBOX_KEY);
  const settings = await serviceWorker.evaluate(() => chrome.storage.local.get('settings'));
  expect(JSON.stringify(settings)).not.toContain('evil.example');
  expect(await sendFromPage(extensionPage, 'getKeyStatus', {})).toEqual({
    ok: true,
    value: { saved: true, masked: expect.stringMatching(/^•+-key$/), baseUrl: 'https://api.lusha.com' },
  });
});

test('a company website: the company by its domain, previewed and revealed, billed exactly', async ({
  context,
  extensionId,
  serviceWorker,
  sandbox,
  extensionPage,
}) => {
  const company = SHOWCASE.companies[0]!;
  const site = `https://www.${company.domain}/`;
  const html = `<!doctype html><title>${company.name}</title><h1>${company.name}</h1>
    <p>Write to <a href="mailto:hello@${company.domain}">hello@${company.domain}</a>.</p>`;
  await context.route(`${site}**`, (route) =>
    route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }),
  );
  const page = await context.newPage();
  await page.goto(site);
  await clickToolbarButton(context, page, extensionId);
  await expect
    .poll(async () => (await findingsFor(serviceWorker, site))?.entry.findings.subject)
    .toEqual({ kind: 'domain', domain: company.domain });

  const target = { kind: 'company' as const, by: 'domain' as const, domain: company.domain };
  const { keys, outcomes } = await valueFromPage(extensionPage, 'previewTargets', {
    targets: [target],
    search: true,
  });
  const preview = outcomes[keys[0]!];
  expect(preview).toMatchObject({ status: 'found', kind: 'company', data: { id: company.id } });
  const costs = preview?.status === 'found' ? (preview.data.canReveal ?? []) : [];
  const competitors = costs.find((c) => c.field === 'competitors')?.credits;
  expect(competitors).toBeGreaterThan(0);

  const before = (await sandbox.state()).credits.remaining;
  const enriched = await valueFromPage(extensionPage, 'enrich', {
    requestId: crypto.randomUUID(),
    kind: 'company',
    ids: [company.id],
    reveal: ['competitors'],
    expectedCredits: 1 + competitors!,
  });
  expect(enriched).toMatchObject({ ok: true, value: { creditsCharged: 1 + competitors! } });
  expect(before - (await sandbox.state()).credits.remaining).toBe(1 + competitors!);
  const revealed = await valueFromPage(extensionPage, 'findRevealed', {
    identifiers: [company.domain],
  });
  expect(revealed[company.domain]).toMatchObject({ kind: 'company', id: company.id });
});
