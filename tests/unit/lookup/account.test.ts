import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createAccountService, type AccountSummary } from '@/lib/lookup/account';
import { sandboxPipeline } from './support';

function setup(key?: string) {
  const p = sandboxPipeline(key);
  let kept: AccountSummary | null = null;
  let now = 1_000_000;
  const service = createAccountService({
    client: async () => p.client,
    queue: p.queue,
    demo: async () => false,
    load: async () => kept,
    save: async (s) => void (kept = s),
    now: () => now,
  });
  return { ...p, service, tick: (ms: number) => (now += ms), kept: () => kept };
}

const usageCalls = (p: ReturnType<typeof setup>) =>
  p.requests.filter((r) => r.path === '/v3/account/usage').length;

describe('the account', () => {
  beforeEach(() => fakeBrowser.reset());

  it('reports credits, plan, pricing and rate limits from the usage endpoint', async () => {
    const p = setup();
    const account = await p.service.get();
    expect(account.credits.remaining).toBe((await p.state()).credits.remaining);
    expect(account.plan).toEqual(expect.any(String));
    expect(account.pricing.revealPhone).toMatchObject({ credits: expect.any(Number) });
    expect(account.rateLimit.minute.limit).toEqual(expect.any(Number));
    expect(account.nextRefreshAt - account.fetchedAt).toBe(12_000);
  });

  it('stays within 5 usage calls a minute however often the panel asks', async () => {
    const p = setup();
    for (let i = 0; i < 30; i++) {
      await p.service.get({ refresh: true });
      p.tick(2_000);
    }
    // 60 s of asking every 2 s: at most one call per 12 s.
    expect(usageCalls(p)).toBeLessThanOrEqual(5);
    expect(usageCalls(p)).toBeGreaterThanOrEqual(4);
  });

  it('lowers the kept balance by what a billed call charged', async () => {
    const p = setup();
    const before = (await p.service.get()).credits.remaining!;
    await p.service.applyCharge(6);
    expect((await p.service.get()).credits.remaining).toBe(before - 6);
    expect(usageCalls(p)).toBe(1);
  });

  it('passes on a wrong key as unauthorized', async () => {
    const p = setup('not-a-key');
    await expect(p.service.get()).rejects.toMatchObject({ kind: 'unauthorized' });
  });
});
