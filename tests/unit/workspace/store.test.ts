import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { handlers } from '@/entrypoints/background/index';
import { dispatch } from '@/lib/messaging';
import { settingsItem } from '@/lib/storage';
import {
  createWorkspaceStore,
  quoteReveal,
  selectedRows,
  type WorkspaceStore,
} from '@/lib/workspace-ui';
import { extensionPageSender } from '../messaging/fixtures';
import { resetBackground } from '../support/db';

let store: WorkspaceStore;
const state = () => store.getState();

beforeEach(async () => {
  fakeBrowser.reset();
  await resetBackground();
  fakeBrowser.runtime.onMessage.addListener((message, _sender, sendResponse) => {
    void dispatch(handlers, message, extensionPageSender()).then(sendResponse);
    return true;
  });
  await settingsItem.setValue({ demoMode: true });
  store = createWorkspaceStore();
  await state().loadAccount();
});

const used = () => state().account!.credits.used!;

describe('workspace store', () => {
  it('reveals 150 selected people in requests of 100 with progress; Stop keeps what was revealed', async () => {
    await state().search();
    await state().nextPage();
    await state().nextPage();
    const rows = state().tables.prospecting.rows;
    expect(rows).toHaveLength(150);
    state().select(
      'prospecting',
      rows.map((r) => r.key),
      true,
    );
    const quote = quoteReveal(
      selectedRows(state().tables.prospecting),
      ['emails'],
      state().revealed,
      state().account!.pricing,
    );
    expect(quote.cards.length).toBeGreaterThan(100);

    const seen: number[] = [];
    const unsubscribe = store.subscribe((s) => {
      if (s.revealing && !seen.includes(s.revealing.done)) {
        seen.push(s.revealing.done);
        if (s.revealing.done > 0) s.stopReveal();
      }
    });
    await state().loadAccount(true);
    const before = used();
    await state().confirmReveal('prospecting');
    unsubscribe();
    expect(seen).toEqual([0, 100]);
    const outcome = state().revealResult!.outcome;
    const firstHundred = quoteReveal(
      rows.filter((r) => quote.cards.slice(0, 100).some((c) => c.key === r.key)),
      ['emails'],
      {},
      state().account!.pricing,
    ).total;
    // Lusha bills what it reveals: a person it refuses (compliance) costs nothing.
    expect(outcome.entries.length + outcome.failures.length).toBe(100);
    expect(outcome.failures.every((f) => f.code === 'COMPLIANCE_RESTRICTED')).toBe(true);
    expect(outcome.creditsCharged).toBe(firstHundred - outcome.failures.length);
    await state().loadAccount(true);
    expect(used() - before).toBe(outcome.creditsCharged);
    // What was revealed is now in history: marked, and never quoted again.
    const again = quoteReveal(rows, ['emails'], state().revealed, state().account!.pricing);
    expect(again.cards.length).toBe(quote.cards.length - outcome.entries.length);
    expect(again.total).toBe(quote.total - outcome.entries.length);
  });

  it('seeds from a selection: below five it says why and sends nothing', async () => {
    await state().search();
    const rows = state().tables.prospecting.rows;
    state().setSeeds(rows.slice(0, 4));
    expect(state().section).toBe('lookalikes');
    expect(state().seedProblem()).toMatch(/at least 5 people.*4 are picked/);
    await state().findSimilar();
    expect(state().look.run).toBeNull();
    state().setSeeds(rows.slice(0, 5));
    expect(state().seedProblem()).toBeNull();
    await state().findSimilar();
    expect(state().tables.lookalikes.rows).toHaveLength(25);
    await state().more();
    expect(new Set(state().tables.lookalikes.rows.map((r) => r.key)).size).toBe(50);
  });
});
