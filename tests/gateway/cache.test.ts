/**
 * One team cache: a look-up asked for by two reps within the cache lifetime goes to Lusha once
 * and the second rep pays nothing; fields the team revealed are served from the team's store;
 * misses of several reps share one Lusha search, whose charge is split exactly.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Contact } from '@/lib/sandbox';
import { callsTo, startStack, type Stack } from './support';

let stack: Stack;
let people: Contact[];
beforeAll(async () => {
  // A wide batch window makes "these arrived together" certain on a busy machine.
  stack = await startStack({ vars: { SEARCH_BATCH_WINDOW_MS: '150' } });
  people = stack.sandbox.sandbox.dataset.contacts.filter(
    (c) =>
      c.emails.length > 0 &&
      c.phones.length > 0 &&
      c.linkedinUrl &&
      !c.complianceRestricted &&
      !c.partial,
  );
});
afterAll(() => stack?.close());

type Preview = {
  id?: string;
  clientReferenceId?: string;
  canReveal?: { field: string; credits: number }[];
  error?: { code: string };
};
type Answer = {
  results: Preview[] & Record<string, unknown>[];
  billing: { creditsCharged: number; resultsReturned: number };
};

const searches = () => callsTo(stack, '/v3/contacts/search').length;

async function spent(repId: string): Promise<number> {
  const { reps } = (await (await stack.admin('GET', '/admin/reps')).json()) as {
    reps: { id: string; spentToday: number }[];
  };
  return reps.find((r) => r.id === repId)!.spentToday;
}

describe('team cache: searches', () => {
  it('a person searched by one rep is free for the next, however the URL is written', async () => {
    const person = people[0]!;
    const [a, b] = [await stack.newRep('A1'), await stack.newRep('B1')];
    const before = searches();
    const first = await a.post('/v3/contacts/search', {
      contacts: [{ clientReferenceId: 'x', linkedinUrl: person.linkedinUrl }],
    });
    const second = await b.post('/v3/contacts/search', {
      contacts: [
        {
          clientReferenceId: 'y',
          linkedinUrl: `${person.linkedinUrl!.replace('https://www.', 'http://').toUpperCase()}/?trk=abc`,
        },
      ],
    });
    const [one, two] = [(await first.json()) as Answer, (await second.json()) as Answer];
    expect(searches() - before).toBe(1);
    expect(one.billing.creditsCharged).toBe(1);
    expect(two.billing).toEqual({ creditsCharged: 0, resultsReturned: 1 });
    expect(second.headers.get('x-gateway-cache')).toBe('hit');
    expect(two.results[0]).toEqual({ ...one.results[0], clientReferenceId: 'y' });
    expect([await spent(a.id), await spent(b.id)]).toEqual([1, 0]);
  });

  it('reps asking at the same moment share one search, and its charge adds up exactly', async () => {
    const reps = await Promise.all(['C2', 'D2', 'E2', 'F2', 'G2'].map((n) => stack.newRep(n)));
    const before = searches();
    const used = (await stack.state()).credits.used;
    const shared = people[1]!;
    const answers = await Promise.all(
      reps.map((rep, i) =>
        rep.post('/v3/contacts/search', {
          contacts: [{ id: shared.id }, { id: people[10 + i]!.id }],
        }),
      ),
    );
    expect(answers.map((r) => r.status)).toEqual([200, 200, 200, 200, 200]);
    const sent = callsTo(stack, '/v3/contacts/search').slice(before);
    expect(sent).toHaveLength(1);
    expect((sent[0]!.body as { contacts: unknown[] }).contacts).toHaveLength(6);
    const charged = await Promise.all(
      answers.map(async (r) => ((await r.json()) as Answer).billing.creditsCharged),
    );
    const lushaCharged = (await stack.state()).credits.used - used;
    expect(lushaCharged).toBe(1);
    expect(charged.reduce((a, b) => a + b, 0)).toBe(lushaCharged);
    const spends = await Promise.all(reps.map((r) => spent(r.id)));
    expect(spends.reduce((a, b) => a + b, 0)).toBe(lushaCharged);
  });

  it('keeps "not found" answers too, so an unknown person is not searched (and billed) again', async () => {
    const rep = await stack.newRep('H3');
    const before = searches();
    for (let i = 0; i < 2; i++) {
      const answer = (await (
        await rep.post('/v3/contacts/search', { contacts: [{ email: 'no.one@nowhere.example' }] })
      ).json()) as Answer;
      expect(answer.results[0]!.error?.code).toBe('NOT_FOUND');
    }
    expect(searches() - before).toBe(1);
  });

  it('keeps searches with other options apart (a signals filter changes the answer)', async () => {
    const rep = await stack.newRep('I4');
    const person = people[20]!;
    const before = searches();
    await rep.post('/v3/contacts/search', { contacts: [{ id: person.id }] });
    await rep.post('/v3/contacts/search', {
      contacts: [{ id: person.id }],
      signals: { types: ['promotion'] },
    });
    await rep.post('/v3/contacts/search', {
      contacts: [{ id: person.id }],
      signals: { types: ['promotion'] },
    });
    expect(searches() - before).toBe(2);
  });
});

describe('team store: reveals', () => {
  it('fields one rep revealed are served free to the next, and previews show them at 0 credits', async () => {
    const person = people[30]!;
    const [a, b] = [await stack.newRep('J5'), await stack.newRep('K5')];
    const enriched = await a.post('/v3/contacts/enrich', { ids: [person.id], reveal: ['emails'] });
    const first = (await enriched.json()) as Answer;
    expect(first.billing.creditsCharged).toBe(1);
    const enrichCalls = callsTo(stack, '/v3/contacts/enrich').length;
    const again = await b.post('/v3/contacts/enrich', { ids: [person.id], reveal: ['emails'] });
    const second = (await again.json()) as Answer;
    expect(callsTo(stack, '/v3/contacts/enrich').length).toBe(enrichCalls);
    expect(again.headers.get('x-gateway-cache')).toBe('hit');
    expect(second.billing).toEqual({ creditsCharged: 0, resultsReturned: 1 });
    expect(second.results[0]).toEqual(first.results[0]);
    expect(second.results[0]!.phones).toEqual([]);
    const preview = (await (
      await b.post('/v3/contacts/search', { contacts: [{ id: person.id }] })
    ).json()) as Answer;
    expect(preview.results[0]!.canReveal).toEqual([
      { field: 'emails', credits: 0 },
      { field: 'phones', credits: 5 },
    ]);
  });

  it('a field not yet revealed goes to Lusha (charged once); then both are in the store', async () => {
    const person = people[31]!;
    const [a, b, c] = [
      await stack.newRep('L6'),
      await stack.newRep('M6'),
      await stack.newRep('N6'),
    ];
    await a.post('/v3/contacts/enrich', { ids: [person.id], reveal: ['emails'] });
    const phones = (await (
      await b.post('/v3/contacts/enrich', { ids: [person.id], reveal: ['phones'] })
    ).json()) as Answer;
    expect(phones.billing.creditsCharged).toBe(5);
    const enrichCalls = callsTo(stack, '/v3/contacts/enrich').length;
    const both = (await (
      await c.post('/v3/contacts/enrich', { ids: [person.id] })
    ).json()) as Answer;
    expect(callsTo(stack, '/v3/contacts/enrich').length).toBe(enrichCalls);
    expect(both.billing.creditsCharged).toBe(0);
    expect((both.results[0]!.emails as unknown[]).length).toBe(person.emails.length);
    expect((both.results[0]!.phones as unknown[]).length).toBe(person.phones.length);
  });

  it('mixes store and Lusha in one answer, in the order asked, unknown ids as NOT_FOUND', async () => {
    const [known, fresh] = [people[32]!, people[33]!];
    const rep = await stack.newRep('O7');
    await rep.post('/v3/contacts/enrich', { ids: [known.id], reveal: ['emails'] });
    const response = await rep.post('/v3/contacts/enrich', {
      ids: [fresh.id, 'nope-1', known.id],
      reveal: ['emails'],
    });
    const answer = (await response.json()) as Answer;
    expect(response.headers.get('x-gateway-cache')).toBe('partial');
    expect(answer.results.map((r) => r.id)).toEqual([fresh.id, 'nope-1', known.id]);
    expect(answer.results[1]!.error?.code).toBe('NOT_FOUND');
    expect(answer.billing).toEqual({ creditsCharged: 1, resultsReturned: 2 });
    const last = callsTo(stack, '/v3/contacts/enrich').at(-1)!;
    expect((last.body as { ids: string[] }).ids).toEqual([fresh.id, 'nope-1']);
  });
});

describe('cache lifetime', () => {
  it('after the lifetime the next search goes to Lusha again', async () => {
    await stack.restart({ CACHE_TTL_HOURS: String(1.5 / 3600) });
    const rep = await stack.newRep('P8');
    const person = people[40]!;
    const before = searches();
    await rep.post('/v3/contacts/search', { contacts: [{ id: person.id }] });
    await rep.post('/v3/contacts/search', { contacts: [{ id: person.id }] });
    expect(searches() - before).toBe(1);
    await new Promise((resolve) => setTimeout(resolve, 1600));
    await rep.post('/v3/contacts/search', { contacts: [{ id: person.id }] });
    expect(searches() - before).toBe(2);
  });
});

describe('requests the cache saved', () => {
  it('never sent Lusha an empty search (a cache hit must not open a batch)', () => {
    const empty = stack.seen.filter(
      (c) =>
        c.path.endsWith('/search') &&
        ((c.body as { contacts?: unknown[] })?.contacts ?? [1]).length === 0,
    );
    expect(empty).toEqual([]);
  });
});
