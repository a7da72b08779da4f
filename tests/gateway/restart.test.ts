/**
 * A restart of the local gateway loses no audit entry and no budget spend: D1 and the Durable
 * Object's storage persist under the data folder. A call cut off by the restart is audited as
 * interrupted and charged its quote (the most it could have cost), never lost.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Contact } from '@/lib/sandbox';
import { callsTo, startStack, type Stack } from './support';

let stack: Stack;
let people: Contact[];
beforeAll(async () => {
  stack = await startStack({ vars: { UPSTREAM_TIMEOUT_MS: '20000' } });
  people = stack.sandbox.sandbox.dataset.contacts.filter(
    (c) => c.emails.length > 0 && !c.complianceRestricted && !c.partial,
  );
});
afterAll(() => stack?.close());

type Entry = { callId: string; credits: number; outcome: string; path: string; repId: string };
type Listed = { id: string; spentToday: number; spentThisMonth: number; remaining: number | null };

async function audit(): Promise<Entry[]> {
  return (
    (await (await stack.admin('GET', '/admin/audit?limit=1000')).json()) as { entries: Entry[] }
  ).entries;
}

async function reps(): Promise<Listed[]> {
  return ((await (await stack.admin('GET', '/admin/reps')).json()) as { reps: Listed[] }).reps;
}

describe('restart', () => {
  it('keeps every audit entry, every rep and their spend; budgets go on from there', async () => {
    const rep = await stack.newRep('Rita', { dailyCredits: 4 });
    await rep.post('/v3/contacts/search', {
      contacts: [{ id: people[0]!.id }, { id: people[1]!.id }],
    });
    await rep.post('/v3/contacts/enrich', {
      ids: [people[0]!.id, people[1]!.id],
      reveal: ['emails'],
    });
    await rep.call('GET', '/v3/account/usage');
    const [entriesBefore, repsBefore] = [await audit(), await reps()];
    expect(repsBefore.find((r) => r.id === rep.id)).toMatchObject({ spentToday: 3, remaining: 1 });

    await stack.restart();

    expect(await audit()).toEqual(entriesBefore);
    expect(await reps()).toEqual(repsBefore);
    // The old token still works, and the budget still counts what was spent before.
    const over = await rep.post('/v3/contacts/enrich', {
      ids: [people[2]!.id, people[3]!.id],
      reveal: ['emails'],
    });
    expect(over.status).toBe(402);
    const fits = await rep.post('/v3/contacts/enrich', {
      ids: [people[2]!.id],
      reveal: ['emails'],
    });
    expect(fits.status).toBe(200);
    expect((await reps()).find((r) => r.id === rep.id)).toMatchObject({
      spentToday: 4,
      remaining: 0,
    });
  });

  it('a call cut off by the restart is audited as interrupted and charged its quote', async () => {
    const rep = await stack.newRep('Ravi', { dailyCredits: 10 });
    await stack.fault({ path: '/v3/contacts/enrich', kind: 'hang', hangMs: 30_000, count: 1 });
    const sent = callsTo(stack, '/v3/contacts/enrich').length;
    const cut = rep
      .post('/v3/contacts/enrich', { ids: [people[5]!.id], reveal: ['emails'] })
      .catch((e: unknown) => e);
    while (callsTo(stack, '/v3/contacts/enrich').length === sent)
      await new Promise((r) => setTimeout(r, 20));

    await stack.restart();
    expect(await cut).toBeInstanceOf(Error);

    const listed = (await reps()).find((r) => r.id === rep.id)!;
    expect(listed).toMatchObject({ spentToday: 1, remaining: 9 });
    const entry = (await audit()).find((e) => e.repId === rep.id)!;
    expect(entry).toMatchObject({
      path: '/v3/contacts/enrich',
      outcome: 'interrupted',
      credits: 1,
    });
  });
});
