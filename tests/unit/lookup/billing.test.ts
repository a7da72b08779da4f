import { beforeEach, describe, expect, it } from 'vitest';
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

  it('a server error that billed is found in usage and not sent again', async () => {
    const p = sandboxPipeline();
    await p.account.get();
    await p.fault({ kind: 'status', status: 503, phase: 'after', path: '/v3/contacts/search' });
    const error = await search(p, 'b').catch((e: unknown) => e);
    expect(error).toMatchObject({ kind: 'chargedNoAnswer', charged: 1 });
    expect(p.requests.filter((r) => r.path === '/v3/contacts/search')).toHaveLength(1);
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
