import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { handlers } from '@/entrypoints/background/index';
import { dispatch } from '@/lib/messaging';
import { companyByDomain, personByLinkedIn } from '@/lib/lookup';
import {
  balanceAfter,
  createPanelStore,
  enrichRequests,
  revealOptions,
  selectionTotal,
  type PanelStore,
} from '@/lib/panel';
import { SHOWCASE } from '@/lib/sandbox';
import { settingsItem } from '@/lib/storage';
import { extensionPageSender, profileFindings } from '../messaging/fixtures';

const [maya, theo] = SHOWCASE.contacts;
const mayaTarget = personByLinkedIn(maya!.linkedinUrl);
const theoTarget = personByLinkedIn(theo!.linkedinUrl);

/** The real background handlers answer the panel's messages, as in the extension. */
function connectBackground() {
  fakeBrowser.runtime.onMessage.addListener((message, _sender, sendResponse) => {
    void dispatch(handlers, message, extensionPageSender()).then(sendResponse);
    return true;
  });
}

let store: PanelStore;

beforeEach(async () => {
  fakeBrowser.reset();
  connectBackground();
  await settingsItem.setValue({ demoMode: true });
  store = createPanelStore();
});

describe('tab slice', () => {
  it('lists the page subject first, then the others, each once', () => {
    const findings = profileFindings('maya-lindqvist', ['theo-marchetti-qf', 'maya-lindqvist']);
    store.getState().setTab(3, { url: maya!.linkedinUrl, findings, updatedAt: 1 });
    const keys = store.getState().targets.map((t) => t.key);
    expect(keys[0]).toBe(mayaTarget.key);
    expect(keys).toContain(theoTarget.key);
    expect(new Set(keys).size).toBe(keys.length);
    store.getState().setTab(4, null);
    expect(store.getState().targets).toEqual([]);
  });
});

describe('previews slice', () => {
  it('goes loading → found through the background; cached-only asks leave nothing behind', async () => {
    const state = () => store.getState();
    await state().loadPreviews([mayaTarget], false);
    expect(state().previews[mayaTarget.key]).toBeUndefined();

    state().previewsLoading([mayaTarget.key]);
    expect(state().previews[mayaTarget.key]).toEqual({ status: 'loading' });
    state().previewsLoaded([mayaTarget.key], {});
    expect(state().previews[mayaTarget.key]).toBeUndefined();

    await state().loadPreviews([mayaTarget], true);
    expect(state().previews[mayaTarget.key]).toMatchObject({
      status: 'found',
      data: { id: maya!.id },
    });
    // Now cached: a free ask finds it.
    const fresh = createPanelStore();
    await fresh.getState().loadPreviews([mayaTarget], false);
    expect(fresh.getState().previews[mayaTarget.key]?.status).toBe('found');
  });
});

describe('selection slice', () => {
  it('totals ticked fields, says the balance after, and bills only on confirm', async () => {
    const state = () => store.getState();
    await state().loadAccount(false);
    await state().loadPreviews([mayaTarget, theoTarget], true);
    const pricing = state().account!.pricing;
    const mayaCosts = revealOptions(state().previews[mayaTarget.key] as never, pricing);
    const cost = (field: string) => mayaCosts.find((o) => o.field === field)!.credits;

    state().toggleField(mayaTarget.key, 'emails');
    state().toggleField(mayaTarget.key, 'phones');
    state().toggleField(theoTarget.key, 'emails');
    state().toggleField(theoTarget.key, 'emails'); // unticked again
    const total = selectionTotal(state().selection, state().previews, pricing);
    expect(total).toBe(cost('emails') + cost('phones'));
    expect(state().selection).toEqual({ [mayaTarget.key]: ['emails', 'phones'] });

    const remaining = state().account!.credits.remaining!;
    expect(balanceAfter(remaining, total)).toBe(remaining - total);
    expect(balanceAfter(null, total)).toBeNull();
    expect(enrichRequests(state())).toEqual([
      { kind: 'person', ids: [maya!.id], reveal: ['emails', 'phones'], expectedCredits: total },
    ]);

    await state().confirmReveal();
    expect(state().revealError).toBeNull();
    expect(state().revealResult?.entries[0]).toMatchObject({ kind: 'person', id: maya!.id });
    expect(state().revealResult?.creditsCharged).toBe(total);
    expect(state().selection).toEqual({});
  });

  it('groups people by the fields ticked: one enrich per set of fields', async () => {
    const state = () => store.getState();
    await state().loadPreviews([mayaTarget, theoTarget], true);
    state().toggleField(mayaTarget.key, 'emails');
    state().toggleField(theoTarget.key, 'phones');
    const requests = enrichRequests(state());
    expect(requests.map((r) => [r.ids, r.reveal])).toEqual([
      [[maya!.id], ['emails']],
      [[theo!.id], ['phones']],
    ]);
  });

  it('a company field brings the base company record and its cost along', async () => {
    const state = () => store.getState();
    const quill = companyByDomain(SHOWCASE.companies[0]!.domain);
    await state().loadAccount(false);
    await state().loadPreviews([quill], true);
    const options = revealOptions(state().previews[quill.key] as never, state().account!.pricing);
    const cost = (field: string) => options.find((o) => o.field === field)!.credits;
    expect(cost('company')).toBeGreaterThan(0);

    state().toggleField(quill.key, 'competitors');
    const total = selectionTotal(state().selection, state().previews, state().account!.pricing);
    expect(total).toBe(cost('company') + cost('competitors'));
    expect(enrichRequests(state())).toEqual([
      {
        kind: 'company',
        ids: [SHOWCASE.companies[0]!.id],
        reveal: ['competitors'],
        expectedCredits: total,
      },
    ]);
    await state().confirmReveal();
    expect(state().revealError).toBeNull();
    expect(state().revealResult).toMatchObject({
      creditsCharged: total,
      entries: [{ kind: 'company', id: SHOWCASE.companies[0]!.id }],
    });
  });
});
