import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { handlers } from '@/entrypoints/background/index';
import { dispatch } from '@/lib/messaging';
import { companyByDomain, personByEmail, personByLinkedIn, type LookupTarget } from '@/lib/lookup';
import {
  balanceAfter,
  cardsOf,
  createPanelStore,
  enrichRequests,
  revealOptions,
  selectionTotal,
  type PanelStore,
} from '@/lib/panel';
import { SHOWCASE } from '@/lib/sandbox';
import { settingsItem } from '@/lib/storage';
import { extensionPageSender, profileFindings } from '../messaging/fixtures';
import { resetBackground } from '../support/db';

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
  await resetBackground();
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
  /** Shows targets in the panel (as the manual look-up does) and previews them. */
  const showAndPreview = async (...targets: LookupTarget[]) => {
    for (const target of [...targets].reverse()) store.getState().addManualTarget(target);
    await store.getState().loadPreviews(targets, true);
  };
  const cardOf = (key: string) => cardsOf(store.getState()).find((c) => c.key === key)!;

  it('totals ticked fields, says the balance after, and bills only on confirm', async () => {
    const state = () => store.getState();
    await state().loadAccount(false);
    await showAndPreview(mayaTarget, theoTarget);
    const pricing = state().account!.pricing;
    const mayaCosts = revealOptions(cardOf(mayaTarget.key), pricing);
    const cost = (field: string) => mayaCosts.find((o) => o.field === field)!.credits;

    state().toggleField(mayaTarget.key, 'emails');
    state().toggleField(mayaTarget.key, 'phones');
    state().toggleField(theoTarget.key, 'emails');
    state().toggleField(theoTarget.key, 'emails'); // unticked again
    const total = selectionTotal(cardsOf(state()), state().selection, pricing);
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

  it('after an email-only reveal, the card still offers the phone, at its cost', async () => {
    const state = () => store.getState();
    // Nobody else in this file reveals her (the demo sandbox remembers reveals per worker).
    const rosa = personByLinkedIn(SHOWCASE.contacts[5]!.linkedinUrl);
    await state().loadAccount(false);
    await showAndPreview(rosa);
    state().toggleField(rosa.key, 'emails');
    await state().confirmReveal();
    await vi.waitFor(() => expect(cardOf(rosa.key).revealed).toBeTruthy());
    const options = revealOptions(cardOf(rosa.key), state().account!.pricing);
    expect(options.map((o) => o.field)).toEqual(['phones']);
    expect(options[0]!.credits).toBeGreaterThan(0);
  });

  it('groups people by the fields ticked: one enrich per set of fields', async () => {
    const state = () => store.getState();
    await showAndPreview(mayaTarget, theoTarget);
    state().toggleField(mayaTarget.key, 'emails');
    state().toggleField(theoTarget.key, 'phones');
    const requests = enrichRequests(state());
    expect(requests.map((r) => [r.ids, r.reveal])).toEqual([
      [[maya!.id], ['emails']],
      [[theo!.id], ['phones']],
    ]);
  });

  it('one person found by link and by email is one card, quoted and sent once', async () => {
    const state = () => store.getState();
    const byEmail = personByEmail(maya!.email!);

    await showAndPreview(byEmail);
    await state().loadPreviews([mayaTarget], true);
    expect(state().previews[byEmail.key]).toMatchObject({ status: 'found', data: { id: maya!.id } });
    state().setTab(3, {
      url: maya!.linkedinUrl,
      findings: profileFindings('maya-lindqvist', []),
      updatedAt: 1,
    });
    const cards = cardsOf(state()).filter((c) => c.kind === 'person');
    expect(cards).toHaveLength(1);
    expect(cards[0]!.targets.map((t) => t.key).sort()).toEqual([byEmail.key, mayaTarget.key].sort());
    state().selectField('emails', true);
    expect(enrichRequests(state())).toEqual([
      expect.objectContaining({ ids: [maya!.id], expectedCredits: 1 }),
    ]);
  });

  it('selects a field for everyone at once, or a shift-click range', async () => {
    const state = () => store.getState();
    const targets = SHOWCASE.contacts.slice(0, 5).map((c) => personByLinkedIn(c.linkedinUrl));
    await state().loadPreviews(targets, true);
    state().setTab(1, {
      url: 'https://www.linkedin.com/search/results/people/',
      findings: {
        ...profileFindings('x', []),
        subject: null,
        profiles: SHOWCASE.contacts.slice(0, 5).map((c) => c.linkedinUrl),
      },
      updatedAt: 1,
    });
    const offering = cardsOf(state()).filter((c) =>
      revealOptions(c, {}).some((o) => o.field === 'emails' && o.credits > 0),
    );
    state().selectField('emails', true);
    expect(Object.keys(state().selection)).toHaveLength(offering.length);
    state().selectField('emails', false);
    expect(state().selection).toEqual({});
    const keys = cardsOf(state()).map((c) => c.key);
    state().toggleField(keys[0]!, 'phones');
    state().toggleField(keys[3]!, 'phones', true);
    const ticked = keys.filter((k) => state().selection[k]?.includes('phones'));
    expect(ticked.length).toBeGreaterThanOrEqual(3);
    expect(ticked[0]).toBe(keys[0]);
    expect(ticked).toContain(keys[3]);
    expect(ticked).not.toContain(keys[4]);
  });

  it('a company field brings the base company record and its cost along', async () => {
    const state = () => store.getState();
    const quill = companyByDomain(SHOWCASE.companies[0]!.domain);
    await state().loadAccount(false);
    await showAndPreview(quill);
    const options = revealOptions(cardOf(quill.key), state().account!.pricing);
    const cost = (field: string) => options.find((o) => o.field === field)!.credits;
    expect(cost('company')).toBeGreaterThan(0);

    state().toggleField(quill.key, 'competitors');
    const total = selectionTotal(cardsOf(state()), state().selection, state().account!.pricing);
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
