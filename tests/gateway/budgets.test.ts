/**
 * Budgets are exact under concurrency: a billed call whose quote would pass the rep's budget
 * answers 402 naming the budget, before Lusha is called; spend is what Lusha charged.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Contact } from '@/lib/sandbox';
import { callsTo, startStack, type Stack } from './support';

let stack: Stack;
let people: Contact[];
beforeAll(async () => {
  stack = await startStack();
  people = stack.sandbox.sandbox.dataset.contacts.filter(
    (c) => c.emails.length > 0 && c.phones.length > 0 && !c.complianceRestricted && !c.partial,
  );
});
afterAll(() => stack?.close());

type Body = { statusCode?: number; message?: string; billing?: { creditsCharged: number } };

async function spendOf(repId: string) {
  const { reps } = (await (await stack.admin('GET', '/admin/reps')).json()) as {
    reps: { id: string; spentToday: number; spentThisMonth: number; remaining: number | null }[];
  };
  return reps.find((r) => r.id === repId)!;
}

describe('budgets', () => {
  it('20 parallel 1-credit reveals with 10 credits left: exactly 10 succeed, 10 get 402 before Lusha', async () => {
    const rep = await stack.newRep('Eve', { dailyCredits: 10 });
    const before = await stack.state();
    const enrichCalls = callsTo(stack, '/v3/contacts/enrich').length;
    const batch = people.slice(0, 20);
    const responses = await Promise.all(
      batch.map((p) => rep.post('/v3/contacts/enrich', { ids: [p.id], reveal: ['emails'] })),
    );
    const bodies = (await Promise.all(responses.map((r) => r.json()))) as Body[];
    const ok = responses.filter((r) => r.status === 200);
    const refused = responses.filter((r) => r.status === 402);
    expect(ok).toHaveLength(10);
    expect(refused).toHaveLength(10);
    for (const [i, body] of bodies.entries()) {
      if (responses[i]!.status === 200) expect(body.billing?.creditsCharged).toBe(1);
      else {
        expect(body).toEqual({
          statusCode: 402,
          message: expect.stringMatching(/Eve's daily budget is 10 credits/),
        });
      }
    }
    // Lusha (the sandbox) saw only the 10 that fit, and billed exactly those.
    expect(callsTo(stack, '/v3/contacts/enrich').length - enrichCalls).toBe(10);
    const after = await stack.state();
    expect(after.credits.used - before.credits.used).toBe(10);
    expect(await spendOf(rep.id)).toMatchObject({
      spentToday: 10,
      spentThisMonth: 10,
      remaining: 0,
    });
    const usage = (await (await rep.call('GET', '/v3/account/usage')).json()) as {
      credits: unknown;
    };
    expect(usage.credits).toEqual({ total: 10, used: 10, remaining: 0 });
  });

  it('names the monthly budget when that is the one passed', async () => {
    const rep = await stack.newRep('Finn', { dailyCredits: 100, monthlyCredits: 0 });
    const response = await rep.post('/v3/contacts/enrich', {
      ids: [people[30]!.id],
      reveal: ['emails'],
    });
    expect(response.status).toBe(402);
    expect(((await response.json()) as Body).message).toMatch(
      /monthly budget is 0 credits a month/,
    );
  });

  it("quotes from the team's previews: a phone reveal costs what canReveal said", async () => {
    const person = people[40]!;
    const rep = await stack.newRep('Gus', { dailyCredits: 6 });
    const preview = await rep.post('/v3/contacts/search', { contacts: [{ id: person.id }] });
    const { results } = (await preview.json()) as {
      results: { canReveal: { field: string; credits: number }[] }[];
    };
    const phone = results[0]!.canReveal.find((c) => c.field === 'phones')!.credits;
    expect(phone).toBe(5);
    const phones = await rep.post('/v3/contacts/enrich', { ids: [person.id], reveal: ['phones'] });
    expect(phones.status).toBe(200);
    expect(phones.headers.get('x-gateway-budget-remaining')).toBe('0');
    // 1 (search) + 5 spent: the email (1 credit) no longer fits.
    const email = await rep.post('/v3/contacts/enrich', { ids: [person.id], reveal: ['emails'] });
    expect(email.status).toBe(402);
  });

  it('a rep with nothing left is refused a search before Lusha, but still gets cached previews free', async () => {
    const cached = people[50]!;
    const other = await stack.newRep('Hal');
    await other.post('/v3/contacts/search', { contacts: [{ id: cached.id }] });
    const rep = await stack.newRep('Ivy', { dailyCredits: 0 });
    const searches = callsTo(stack, '/v3/contacts/search').length;
    const refused = await rep.post('/v3/contacts/search', { contacts: [{ id: people[51]!.id }] });
    expect(refused.status).toBe(402);
    const free = await rep.post('/v3/contacts/search', { contacts: [{ id: cached.id }] });
    expect(free.status).toBe(200);
    expect(((await free.json()) as Body).billing?.creditsCharged).toBe(0);
    expect(callsTo(stack, '/v3/contacts/search').length).toBe(searches);
  });
});
