// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { scanDocument } from '@/lib/detect';
import {
  createMessageListener,
  dispatch,
  Findings,
  isContentScript,
  isExtensionPage,
  protocol,
  type Handlers,
} from '@/lib/messaging';
import { handlers as backgroundHandlers } from '@/entrypoints/background/index';
import { contentScriptSender, extensionPageSender, OWN_ID, profileFindings } from './fixtures';

const calls: string[] = [];
// Only the two messages this file exercises; the others are never dispatched here.
const someHandlers: Pick<Handlers, 'findingsChanged' | 'getTabFindings'> = {
  findingsChanged: (data) => {
    calls.push(`findingsChanged ${data.pageUrl}`);
    return { people: 1 };
  },
  getTabFindings: (data) => {
    calls.push(`getTabFindings ${data.tabId}`);
    return null;
  },
};
const handlers = someHandlers as Handlers;

const report = {
  type: 'findingsChanged',
  data: {
    pageUrl: 'https://www.linkedin.com/in/ada-palmer',
    reset: true,
    findings: profileFindings(),
  },
};

beforeEach(() => {
  fakeBrowser.reset();
  calls.length = 0;
});

describe('sender guards', () => {
  it('tells content scripts, extension pages and strangers apart', () => {
    expect(isContentScript(contentScriptSender())).toBe(true);
    expect(isExtensionPage(contentScriptSender())).toBe(false);
    expect(isExtensionPage(extensionPageSender())).toBe(true);
    expect(isContentScript(extensionPageSender())).toBe(false);
    const optionsInTab = { ...extensionPageSender(), tab: contentScriptSender().tab };
    expect(isExtensionPage(optionsInTab)).toBe(true);
    expect(isContentScript(optionsInTab)).toBe(false);
    const foreign = { ...contentScriptSender(), id: 'another-extension' };
    expect(isContentScript(foreign)).toBe(false);
    expect(isExtensionPage({ ...extensionPageSender(), id: 'another-extension' })).toBe(false);
    expect(isContentScript({ id: OWN_ID, url: 'https://example.com/' })).toBe(false);
  });
});

describe('dispatch', () => {
  it('accepts a valid report from a content script', async () => {
    await expect(dispatch(handlers, report, contentScriptSender())).resolves.toEqual({
      ok: true,
      value: { people: 1 },
    });
    expect(calls).toEqual(['findingsChanged https://www.linkedin.com/in/ada-palmer']);
  });

  it.each([
    ['not an object', 'findingsChanged'],
    ['no type', { data: report.data }],
    ['unknown type', { type: 'fetchUrl', data: { url: 'https://evil.example' } }],
    ['inherited name', { type: 'toString', data: {} }],
    ['no data', { type: 'findingsChanged' }],
    ['extra reset type', { ...report, data: { ...report.data, reset: 'yes' } }],
    ['javascript: page', { ...report, data: { ...report.data, pageUrl: 'javascript:alert(1)' } }],
    [
      'non-LinkedIn profile URL',
      {
        ...report,
        data: {
          ...report.data,
          findings: { ...profileFindings(), profiles: ['https://evil.example/in/x'] },
        },
      },
    ],
    [
      'oversized list',
      {
        ...report,
        data: {
          ...report.data,
          findings: { ...profileFindings(), emails: Array(2_001).fill('a@b.co') },
        },
      },
    ],
  ])('refuses a malformed message (%s)', async (_name, message) => {
    const reply = await dispatch(handlers, message, contentScriptSender());
    expect(reply.ok).toBe(false);
    expect(calls).toEqual([]);
  });

  it('refuses messages from the wrong or a foreign sender', async () => {
    const foreign = { ...contentScriptSender(), id: 'another-extension' };
    expect(await dispatch(handlers, report, foreign)).toEqual({
      ok: false,
      error: 'sender not allowed',
    });
    expect(await dispatch(handlers, report, extensionPageSender())).toMatchObject({ ok: false });
    const ask = { type: 'getTabFindings', data: { tabId: 7 } };
    expect(await dispatch(handlers, ask, contentScriptSender())).toMatchObject({ ok: false });
    expect(await dispatch(handlers, ask, extensionPageSender())).toEqual({ ok: true, value: null });
    expect(calls).toEqual(['getTabFindings 7']);
  });

  it('turns a failing handler into a refusal instead of a rejection', async () => {
    const failing = { ...handlers, findingsChanged: () => Promise.reject(new Error('disk full')) };
    expect(await dispatch(failing, report, contentScriptSender())).toEqual({
      ok: false,
      error: 'disk full',
    });
  });
});

describe('the runtime.onMessage listener', () => {
  it('answers protocol messages and leaves other messages to other listeners', async () => {
    fakeBrowser.runtime.onMessage.addListener(createMessageListener(handlers));
    const [answer] = await fakeBrowser.runtime.onMessage.trigger(
      report,
      contentScriptSender(),
      () => {},
    );
    expect(await answer).toEqual({ ok: true, value: { people: 1 } });
    const [ignored] = await fakeBrowser.runtime.onMessage.trigger(
      { type: 'somebodyElse' },
      contentScriptSender(),
      () => {},
    );
    expect(ignored).toBeUndefined();
  });
});

describe('conventions', () => {
  it('every message of the protocol map has a background handler', () => {
    expect(Object.keys(backgroundHandlers).sort()).toEqual(Object.keys(protocol).sort());
  });

  it('the wire schema accepts what the detectors really produce', () => {
    document.body.innerHTML = `
      <a href="https://www.linkedin.com/in/grace-okafor/">Grace</a>
      <a href="/company/umbrella-logistics/">Umbrella</a>
      <a href="https://www.linkedin.com/sales/lead/ACwAAA1234567890,NAME_SEARCH">lead</a>
      <p>Write to sales@umbrella-logistics.example</p>`;
    const found = scanDocument(document, 'https://www.linkedin.com/in/ada-palmer/');
    expect(found.profiles.length).toBeGreaterThan(0);
    const parsed = Findings.safeParse(found);
    expect(parsed.success, parsed.error?.message).toBe(true);
  });
});
