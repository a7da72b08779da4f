import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SHOWCASE } from '@/lib/sandbox';
import { sandboxPipeline } from './support';

const maya = SHOWCASE.contacts[0]!;

describe('the billing gate', () => {
  beforeEach(() => fakeBrowser.reset());

  const search = (p: ReturnType<typeof sandboxPipeline>, id: string) =>
    p.billing.call({
      id,
      action: 'searchContacts',
      estimate: 1,
      repeatable: false,
      send: () => p.client.searchContacts({ contacts: [{ linkedinUrl: maya.linkedinUrl }] }),
    });

  it('records what a call charged and lowers the kept balance at once', async () => {
    const p = sandboxPipeline();
    const before = (await p.account.get()).credits.remaining!;
    const { charged } = await search(p, 'a');
    expect(charged).toBe(1);
    expect((await p.ledger.spent()).today).toBe(1);
    expect((await p.account.get()).credits.remaining).toBe(before - 1);
  });

  it('a server error on the way is retried, then usage tells whether it was billed too', async () => {
    const p = sandboxPipeline();
    await p.account.get();
    await p.fault({ kind: 'status', status: 503, path: '/v3/contacts/search' });
    const { charged, uncertain } = await search(p, 'b');
    expect({ charged, uncertain }).toEqual({ charged: 1, uncertain: true });
    const usage = p.requests.filter((r) => r.path === '/v3/account/usage');
    await vi.waitFor(() => expect(usage.length + 1).toBeLessThanOrEqual(
      p.requests.filter((r) => r.path === '/v3/account/usage').length,
    ));
    expect((await p.ledger.spent()).today).toBe(1);
  });

  it('when usage cannot be asked, the error says Lusha may have charged; nothing is sent again', async () => {
    const p = sandboxPipeline();
    await p.fault({ kind: 'truncate', path: '/v3/contacts/search' });
    // No balance kept yet: usage has nothing to compare with.
    const error = await search(p, 'c').catch((e: unknown) => e);
    expect(error).toMatchObject({ kind: 'network', billingUnknown: true });
    expect(p.requests.filter((r) => r.path === '/v3/contacts/search')).toHaveLength(1);
    expect((await p.ledger.spent()).held).toBe(0);
  });

  it('a refusal (402) releases the hold and records nothing', async () => {
    const p = sandboxPipeline('sandbox-no-credits');
    await expect(search(p, 'd')).rejects.toMatchObject({ kind: 'noCredits' });
    expect(await p.ledger.spent()).toMatchObject({ today: 0, held: 0 });
  });
});
