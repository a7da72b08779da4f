import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { storage } from 'wxt/utils/storage';
import {
  CapExceededError,
  createCreditLedger,
  dayKey,
  emptyLedger,
  type LedgerData,
} from '@/lib/lookup/ledger';

const item = () => storage.defineItem<LedgerData>('local:testLedger', { fallback: emptyLedger });

describe('the credit ledger', () => {
  let now = new Date(2026, 10, 24, 10, 0).getTime();
  beforeEach(() => {
    fakeBrowser.reset();
    now = new Date(2026, 10, 24, 10, 0).getTime();
  });

  it('records billed responses by action and day, in storage', async () => {
    const ledger = createCreditLedger(item(), () => now);
    await ledger.record('searchContacts', 2);
    await ledger.record('enrichContacts', 6);
    await ledger.record('searchContacts', 1);
    await ledger.record('enrichContacts', 0);
    expect(await ledger.spent()).toEqual({
      today: 9,
      month: 9,
      held: 0,
      todayByAction: { searchContacts: 3, enrichContacts: 6 },
    });
    const stored = (await fakeBrowser.storage.local.get('testLedger')).testLedger as LedgerData;
    expect(stored.days[dayKey(now)]).toEqual({ searchContacts: 3, enrichContacts: 6 });
  });

  it('loses no record when many are written at once', async () => {
    const ledger = createCreditLedger(item(), () => now);
    await Promise.all(Array.from({ length: 50 }, () => ledger.record('enrichContacts', 1)));
    expect((await ledger.spent()).today).toBe(50);
  });

  it('counts the month across days and starts each day at zero', async () => {
    const ledger = createCreditLedger(item(), () => now);
    await ledger.record('enrichContacts', 5);
    now += 86_400_000;
    await ledger.record('enrichContacts', 3);
    expect(await ledger.spent()).toMatchObject({ today: 3, month: 8 });
    now = new Date(2026, 11, 1, 9).getTime();
    expect(await ledger.spent()).toMatchObject({ today: 0, month: 0 });
  });

  it('refuses a call that would pass the daily or monthly cap, and says how to go on', async () => {
    const ledger = createCreditLedger(item(), () => now);
    await ledger.record('enrichContacts', 8);
    await expect(ledger.check({ daily: 10, monthly: null }, 2)).resolves.toBeUndefined();
    const error = await ledger.check({ daily: 10, monthly: null }, 3).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CapExceededError);
    expect(error).toMatchObject({ cap: 'daily', limit: 10, spent: 8, estimate: 3 });
    expect((error as CapExceededError).userMessage).toMatch(/daily cap is 10.*Settings/);
    await expect(ledger.check({ daily: null, monthly: 9 }, 2)).rejects.toMatchObject({
      cap: 'monthly',
    });
    await expect(ledger.check({ daily: 1, monthly: 1 }, 0)).resolves.toBeUndefined();
  });

  it('forgets days older than about 13 months', async () => {
    const ledger = createCreditLedger(item(), () => now);
    await ledger.record('enrichContacts', 1);
    const first = dayKey(now);
    now += 500 * 86_400_000;
    await ledger.record('enrichContacts', 1);
    const stored = (await fakeBrowser.storage.local.get('testLedger')).testLedger as LedgerData;
    expect(Object.keys(stored.days)).toEqual([dayKey(now)]);
    expect(first).not.toBe(dayKey(now));
  });

  it('holds a quote against the caps until it settles, one decision at a time', async () => {
    const ledger = createCreditLedger(item(), () => now);
    const caps = { daily: 10, monthly: null };
    await ledger.record('enrichContacts', 8);
    const results = await Promise.allSettled([
      ledger.reserve(caps, 1, 'enrichContacts', 'a'),
      ledger.reserve(caps, 1, 'enrichContacts', 'b'),
      ledger.reserve(caps, 1, 'enrichContacts', 'c'),
    ]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'fulfilled', 'rejected']);
    expect(await ledger.spent()).toMatchObject({ today: 8, held: 2 });
    await ledger.settle('a', 1);
    await ledger.settle('b', 0);
    expect(await ledger.spent()).toMatchObject({ today: 9, held: 0, todayByAction: { enrichContacts: 9 } });
    await expect(ledger.reserve(caps, 1, 'enrichContacts', 'd')).resolves.toMatchObject({ credits: 1 });
  });

  it('a hold a stopped worker left stops counting after a while; fractions are kept', async () => {
    const ledger = createCreditLedger(item(), () => now);
    await ledger.reserve({ daily: 5, monthly: null }, 5, 'enrichContacts', 'left');
    await expect(ledger.check({ daily: 5, monthly: null }, 1)).rejects.toBeInstanceOf(CapExceededError);
    now += 16 * 60_000;
    await expect(ledger.check({ daily: 5, monthly: null }, 1)).resolves.toBeUndefined();
    await ledger.record('enrichContacts', 6.5);
    expect((await ledger.spent()).today).toBe(6.5);
  });
});
