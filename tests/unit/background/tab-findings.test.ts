import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createMessageListener, type Findings, type Reply } from '@/lib/messaging';
import { badgeText, countPeople, getTabFindings } from '@/lib/findings';
import { handlers } from '@/entrypoints/background/index';
import { registerTabFindings } from '@/entrypoints/background/tab-findings';
import { contentScriptSender, profileFindings } from '../messaging/fixtures';

const ADA = 'https://www.linkedin.com/in/ada-palmer';
const SEARCH = 'https://www.linkedin.com/search/results/people/?keywords=logistics';

/** Sends a report the way a content script in `tabId` would, and waits for the reply. */
async function report(tabId: number, pageUrl: string, reset: boolean, findings: Findings) {
  const message = { type: 'findingsChanged', data: { pageUrl, reset, findings } };
  const [reply] = await fakeBrowser.runtime.onMessage.trigger(
    message,
    contentScriptSender(tabId, pageUrl),
    () => {},
  );
  return (await reply) as Reply<'findingsChanged'>;
}

async function badge(tabId: number) {
  return fakeBrowser.action.getBadgeText({ tabId });
}

function people(...slugs: string[]): Findings {
  return {
    ...profileFindings(),
    subject: null,
    profiles: slugs.map((s) => `https://www.linkedin.com/in/${s}`),
  };
}

beforeEach(() => {
  fakeBrowser.reset();
  fakeBrowser.runtime.onMessage.addListener(createMessageListener(handlers));
  registerTabFindings();
});

describe('the people count on the badge', () => {
  it.each([
    [people(), 0, ''],
    [profileFindings('ada-palmer'), 1, '1'],
    [profileFindings('ada-palmer', ['ada-palmer', 'grace-okafor']), 2, '2'],
    [{ ...people('a', 'b'), salesLeads: ['https://www.linkedin.com/sales/lead/ACwAAA1'] }, 3, '3'],
    [
      { ...people(), subject: { kind: 'salesLead', url: 'https://www.linkedin.com/sales/lead/X' } },
      1,
      '1',
    ],
    [
      { ...people(), subject: { kind: 'company', url: 'https://www.linkedin.com/company/x' } },
      0,
      '',
    ],
  ] as [Findings, number, string][])(
    'counts distinct profiles and leads with the subject',
    (f, n, text) => {
      expect(countPeople(f)).toBe(n);
      expect(badgeText(n)).toBe(text);
    },
  );

  it('keeps the badge short', () => {
    expect(badgeText(999)).toBe('999');
    expect(badgeText(1_000)).toBe('999+');
  });
});

describe("a tab's findings", () => {
  it("stores a report in session storage and shows its people on the tab's badge", async () => {
    expect(await report(7, ADA, true, profileFindings('ada-palmer', ['grace-okafor']))).toEqual({
      ok: true,
      value: { people: 2 },
    });
    const stored = await fakeBrowser.storage.session.get('tabFindings');
    expect(stored.tabFindings).toMatchObject({
      '7': { url: ADA, findings: { profiles: [`https://www.linkedin.com/in/grace-okafor`] } },
    });
    expect(await badge(7)).toBe('2');
    expect(await badge(8)).toBe('');
  });

  it('merges what a page adds and starts afresh on a reset', async () => {
    await report(7, SEARCH, true, people('a', 'b'));
    await report(7, SEARCH, false, people('c'));
    expect((await getTabFindings(7))?.findings.profiles).toHaveLength(3);
    expect(await badge(7)).toBe('3');
    await report(7, ADA, true, profileFindings('ada-palmer'));
    expect((await getTabFindings(7))?.findings.profiles).toEqual([]);
    expect(await badge(7)).toBe('1');
  });

  it('does not lose reports that arrive together', async () => {
    await report(7, SEARCH, true, people('a'));
    await Promise.all(['b', 'c', 'd', 'e'].map((slug) => report(7, SEARCH, false, people(slug))));
    expect((await getTabFindings(7))?.findings.profiles).toHaveLength(5);
  });

  it('keeps tabs apart', async () => {
    await report(7, SEARCH, true, people('a', 'b'));
    await report(9, ADA, true, profileFindings('ada-palmer'));
    expect((await getTabFindings(7))?.url).toBe(SEARCH);
    expect((await getTabFindings(9))?.url).toBe(ADA);
    expect(await badge(7)).toBe('2');
    expect(await badge(9)).toBe('1');
  });

  it('forgets a tab when it loads another page, and clears its badge', async () => {
    await report(7, SEARCH, true, people('a', 'b'));
    await fakeBrowser.tabs.onUpdated.trigger(
      7,
      { status: 'loading', url: 'https://example.com/' },
      {} as never,
    );
    expect(await getTabFindings(7)).toBeNull();
    expect(await badge(7)).toBe('');
  });

  it('forgets a tab on reload, even at the same address', async () => {
    await report(7, SEARCH, true, people('a'));
    await fakeBrowser.tabs.onUpdated.trigger(7, { status: 'loading' }, {} as never);
    expect(await getTabFindings(7)).toBeNull();
  });

  it('keeps findings the content script already reported for the new address', async () => {
    await report(7, ADA, true, profileFindings('ada-palmer'));
    await fakeBrowser.tabs.onUpdated.trigger(7, { url: ADA }, {} as never);
    expect((await getTabFindings(7))?.url).toBe(ADA);
    await fakeBrowser.tabs.onUpdated.trigger(7, { url: SEARCH }, {} as never);
    expect(await getTabFindings(7)).toBeNull();
    await fakeBrowser.tabs.onUpdated.trigger(7, { status: 'complete' }, {} as never);
  });

  it('ignores updates that are not navigations', async () => {
    await report(7, ADA, true, profileFindings('ada-palmer'));
    await fakeBrowser.tabs.onUpdated.trigger(7, { status: 'complete' }, {} as never);
    await fakeBrowser.tabs.onUpdated.trigger(7, { title: 'Ada' }, {} as never);
    expect((await getTabFindings(7))?.url).toBe(ADA);
  });

  it('forgets a tab when it closes', async () => {
    await report(7, ADA, true, profileFindings('ada-palmer'));
    await report(9, SEARCH, true, people('a'));
    await fakeBrowser.tabs.onRemoved.trigger(7, { windowId: 1, isWindowClosing: false });
    expect(await getTabFindings(7)).toBeNull();
    expect(await getTabFindings(9)).not.toBeNull();
  });

  it('survives the worker being stopped: a fresh copy of the modules reads the same findings', async () => {
    await report(7, ADA, true, profileFindings('ada-palmer', ['grace-okafor']));
    vi.resetModules();
    const restarted = await import('@/lib/findings');
    expect(restarted.getTabFindings).not.toBe(getTabFindings);
    expect((await restarted.getTabFindings(7))?.findings.profiles).toEqual([
      'https://www.linkedin.com/in/grace-okafor',
    ]);
  });

  it("answers an extension page asking for a tab's findings", async () => {
    await report(7, ADA, true, profileFindings('ada-palmer'));
    const sidePanel = {
      id: 'test-extension-id',
      url: 'chrome-extension://test-extension-id/sidepanel.html',
    };
    const [reply] = await fakeBrowser.runtime.onMessage.trigger(
      { type: 'getTabFindings', data: { tabId: 7 } },
      sidePanel,
      () => {},
    );
    expect(await reply).toMatchObject({ ok: true, value: { url: ADA } });
  });
});

describe('a company website', () => {
  it('is stored under its registrable domain, which the site script leaves to the background', async () => {
    const pageUrl = 'https://shop.northwind.co.uk/about';
    const reply = await report(7, pageUrl, true, {
      ...profileFindings(),
      subject: { kind: 'domain', domain: 'shop.northwind.co.uk' },
      profiles: [],
      domain: 'shop.northwind.co.uk',
    });
    expect(reply.ok).toBe(true);
    const stored = await getTabFindings(7);
    expect(stored?.findings.domain).toBe('northwind.co.uk');
    expect(stored?.findings.subject).toEqual({ kind: 'domain', domain: 'northwind.co.uk' });
  });
});

describe('what the page shows, kept per tab', () => {
  const TARIQ = 'https://www.linkedin.com/in/tariq-petrov-81d';

  it('merges names across reports: a shown name replaces a slug-like one, never the reverse', async () => {
    const named = (name: string): Findings => ({
      ...people('tariq-petrov-81d'),
      hints: { [TARIQ]: { name } },
    });
    await report(7, SEARCH, true, named('Tariq Petrov 81d'));
    await report(7, SEARCH, false, named('Tariq Petrov'));
    await report(7, SEARCH, false, named('tariq petrov'));
    expect((await getTabFindings(7))?.findings.hints[TARIQ]).toEqual({ name: 'Tariq Petrov' });
  });

  it('stores a page cut at the limit and counts its people', async () => {
    const slugs = Array.from({ length: 2_000 }, (_, n) => `member-${n}`);
    const reply = await report(7, SEARCH, true, { ...people(...slugs), truncated: true });
    expect(reply).toEqual({ ok: true, value: { people: 2_000 } });
    expect((await getTabFindings(7))?.findings.truncated).toBe(true);
    expect(await badge(7)).toBe('999+');
  });

  it('refuses hints keyed by anything but a LinkedIn identity URL, or longer than 200', async () => {
    const reply = await report(7, SEARCH, true, {
      ...people('jane-doe'),
      hints: { 'https://evil.example/x': { name: 'x'.repeat(201) } },
    });
    expect(reply.ok).toBe(false);
    expect(await getTabFindings(7)).toBeNull();
  });
});
