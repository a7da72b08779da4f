import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { companyByDomain, personByEmail, personByLinkedIn, type UserError } from '@/lib/lookup';
import {
  autoPreviewTargets,
  costLabel,
  createPanelStore,
  errorAdvice,
  fieldLabel,
  jobLine,
  formatCredits,
  formatSeconds,
  identifiersOf,
  pinnedTabId,
  previewCost,
  revealOptions,
  secondsLeft,
  targetLabel,
} from '@/lib/panel';
import { DEFAULT_SETTINGS } from '@/lib/settings';
import type { HistoryEntry } from '@/lib/history';
import type { Card, PreviewState } from '@/lib/panel';

const lusha = (status: number, kind: UserError['kind'], retryable = false): UserError => ({
  kind,
  status,
  retryable,
  message: `Lusha says ${status}.`,
});

describe('errors in place', () => {
  it('an inactive account says so, not "not on your plan"', () => {
    const inactive = {
      ...lusha(403, 'forbidden'),
      lushaSaid: 'Your account is not active. Contact support.',
    };
    expect(errorAdvice(inactive)).toMatchObject({
      title: 'Your Lusha account is not active',
      action: null,
      detail: expect.stringContaining('Your account is not active'),
    });
    expect(
      errorAdvice({ ...lusha(403, 'forbidden'), lushaSaid: 'Feature not in plan' }).title,
    ).toBe('Not on your plan');
  });
});

describe('jobLine', () => {
  it.each([
    [
      { title: 'Vice President of Sales', seniority: 'Vice President', departments: ['Sales'] },
      'Vice President of Sales',
    ],
    [
      { title: 'Head of Growth', seniority: 'Director', departments: ['Marketing', 'Marketing'] },
      'Head of Growth · Director · Marketing',
    ],
    [{ seniority: 'Manager', departments: ['Engineering'] }, 'Manager · Engineering'],
    [{}, ''],
  ])('%j → %s', (jobTitle, line) => {
    expect(jobLine({ jobTitle })).toBe(line);
  });
});

describe('errorAdvice', () => {
  it.each([
    [lusha(401, 'unauthorized'), 'Your API key was not accepted', 'settings'],
    [lusha(402, 'noCredits'), 'Out of credits', 'history'],
    [lusha(403, 'forbidden'), 'Not on your plan', null],
    [lusha(429, 'rateLimited', true), 'Lusha asked us to slow down', 'retry'],
    [lusha(451, 'gdprBlocked'), 'Blocked by GDPR', null],
    [lusha(503, 'server', true), 'Lusha is having trouble', 'retry'],
    [{ kind: 'network', message: 'x', retryable: true }, 'No connection to Lusha', 'retry'],
    [{ kind: 'noKey', message: 'x', retryable: false }, 'No API key yet', 'settings'],
    [
      { kind: 'capExceeded', message: 'x', retryable: false },
      'Your credit cap is reached',
      'settings',
    ],
    [{ kind: 'unexpected', message: 'x', retryable: true }, 'Something went wrong', 'retry'],
  ] as [UserError, string, string | null][])('%o → %s', (error, title, action) => {
    const advice = errorAdvice(error);
    expect(advice.title).toBe(title);
    expect(advice.action).toBe(action);
    expect(advice.detail).toContain(error.message);
  });

  it('adds the balance to "out of credits"', () => {
    expect(errorAdvice(lusha(402, 'noCredits'), 3).detail).toBe('Lusha says 402. Your balance: 3.');
  });
});

describe('words and numbers', () => {
  it('says costs, fields and countdowns plainly', () => {
    expect(costLabel(0)).toBe('already revealed, free');
    expect(costLabel(1)).toBe('1 credit');
    expect(formatCredits(1500)).toBe('1,500 credits');
    expect(fieldLabel('phones')).toBe('Phones');
    expect(fieldLabel('revenueRange')).toBe('Revenue range');
    expect(fieldLabel('sic')).toBe('SIC codes');
    expect(fieldLabel('naics')).toBe('NAICS codes');
    expect(fieldLabel('linkedinFollowers')).toBe('LinkedIn followers');
    expect(fieldLabel('estimatedItBudget')).toBe('Estimated IT budget');
    expect(fieldLabel('company_size')).toBe('Company size');
    expect(secondsLeft(10_500, 1_000)).toBe(10);
    expect(secondsLeft(0, 1_000)).toBe(0);
    expect(formatSeconds(45)).toBe('45 s');
    expect(formatSeconds(125)).toBe('2 min 05 s');
    expect(targetLabel(personByLinkedIn('https://www.linkedin.com/in/maya-lindqvist'))).toBe(
      'Maya Lindqvist',
    );
  });

  it('costs a preview by batches of search results, people and companies apart', () => {
    const pricing = { api_search: { credits: 1, perQuantity: 25 } };
    expect(previewCost(pricing, 23, 0)).toBe(1);
    expect(previewCost(pricing, 26, 0)).toBe(2);
    expect(previewCost(pricing, 0, 0)).toBe(0);
    // 10 people and 3 companies are two searches: at least one credit each.
    expect(previewCost(pricing, 10, 3)).toBe(2);
    // 150 people are two requests (100 + 50): 4 + 2.
    expect(previewCost(pricing, 150, 0)).toBe(6);
  });

  it('offers the base company record and its optional fields with their prices', () => {
    const target = companyByDomain('acme.example');
    const pricing = { reveal_company: { credits: 2 }, competitors: { credits: 3 } };
    const card = (preview: PreviewState, revealed?: HistoryEntry): Card => ({
      key: target.key,
      kind: 'company',
      targets: [target],
      preview,
      lushaId: '1',
      revealed,
    });
    const found: PreviewState = {
      status: 'found',
      kind: 'company',
      fetchedAt: 0,
      data: { id: '1', has: ['competitors'], canReveal: [{ field: 'intent', credits: 0 }] },
    };
    expect(revealOptions(card(found), pricing)).toEqual([
      { field: 'company', credits: 2 },
      { field: 'intent', credits: 0 },
      { field: 'competitors', credits: 3 },
    ]);
    expect(revealOptions(card({ status: 'failed', error: lusha(500, 'server') }), {})).toEqual([]);
    // Revealed before with the base record only: only what is left is offered.
    const revealed: HistoryEntry = {
      kind: 'company',
      id: '1',
      name: 'Acme',
      fields: { employees: 10 },
      revealedAt: 1,
      creditsCharged: 2,
      demo: false,
      revealedFields: ['company'],
    };
    expect(revealOptions(card(found, revealed), pricing)).toEqual([
      { field: 'intent', credits: 0 },
      { field: 'competitors', credits: 3 },
    ]);
  });
});

describe('following a tab', () => {
  beforeEach(() => fakeBrowser.reset());

  it('pins to ?tabId=N only for a whole number', () => {
    expect(pinnedTabId('?tabId=42')).toBe(42);
    expect(pinnedTabId('?tabId=4x')).toBeNull();
    expect(pinnedTabId('')).toBeNull();
  });

  it('matches history by LinkedIn URL, email and domain', () => {
    const targets = [
      personByLinkedIn('https://www.linkedin.com/in/a'),
      personByEmail('B@x.com'),
      companyByDomain('x.com'),
    ];
    expect(identifiersOf(targets)).toEqual(['https://www.linkedin.com/in/a', 'b@x.com', 'x.com']);
  });

  it('auto-previews nothing, the subject, or the first N not yet previewed', () => {
    const store = createPanelStore();
    const targets = ['a', 'b', 'c'].map((s) =>
      personByLinkedIn(`https://www.linkedin.com/in/${s}`),
    );
    const keys = (hasSubject: boolean) =>
      autoPreviewTargets(store, targets, hasSubject).map((t) => t.key.split('/in/')[1]);
    expect(keys(true)).toEqual([]);
    store.getState().setSettings({ ...DEFAULT_SETTINGS, autoPreview: 'subject' });
    expect(keys(true)).toEqual(['a']);
    expect(keys(false)).toEqual([]);
    store.getState().previewsLoading([targets[0]!.key]);
    expect(keys(true)).toEqual([]);
    store.getState().setSettings({ ...DEFAULT_SETTINGS, autoPreview: 'all', autoPreviewLimit: 2 });
    expect(keys(false)).toEqual(['b', 'c']);
  });
});
