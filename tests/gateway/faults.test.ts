/**
 * Upstream faults (the sandbox's fault injection): 5xx answers, hangs past the timeout, dropped
 * connections, cut and non-JSON bodies are retried with backoff; the rep is charged once, what
 * the call cost, and nothing when it failed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Contact } from '@/lib/sandbox';
import { callsTo, startStack, type RepClient, type Stack } from './support';

let stack: Stack;
let people: Contact[];
let next = 0;
beforeAll(async () => {
  stack = await startStack({
    vars: { UPSTREAM_TIMEOUT_MS: '600', BACKOFF_BASE_MS: '20', UPSTREAM_RETRIES: '2' },
  });
  people = stack.sandbox.sandbox.dataset.contacts.filter(
    (c) => c.emails.length > 0 && !c.complianceRestricted && !c.partial,
  );
});
afterAll(() => stack?.close());

const ENRICH = '/v3/contacts/enrich';

async function spentToday(rep: RepClient): Promise<number> {
  const { reps } = (await (await stack.admin('GET', '/admin/reps')).json()) as {
    reps: { id: string; spentToday: number }[];
  };
  return reps.find((r) => r.id === rep.id)!.spentToday;
}

async function lastAudit() {
  const { entries } = (await (await stack.admin('GET', '/admin/audit?limit=1')).json()) as {
    entries: {
      upstreamCalls: number;
      credits: number;
      outcome: string;
      status: number;
      note: string | null;
    }[];
  };
  return entries[0]!;
}

/** One fresh reveal (1 credit) under a fault; what the rep got and what each side counted. */
async function revealUnder(fault: Record<string, unknown>) {
  const rep = await stack.newRep(`Rep${next}`);
  const person = people[next++]!;
  const used = (await stack.state()).credits.used;
  const calls = callsTo(stack, ENRICH).length;
  await stack.fault({ path: ENRICH, ...fault });
  const response = await rep.post(ENRICH, { ids: [person.id], reveal: ['emails'] });
  const body = (await response.json()) as {
    statusCode?: number;
    message?: string;
    billing?: { creditsCharged: number };
  };
  return {
    status: response.status,
    body,
    charged: Number(response.headers.get('x-gateway-credits-charged')),
    lusha: (await stack.state()).credits.used - used,
    sent: callsTo(stack, ENRICH).length - calls,
    spent: await spentToday(rep),
    audit: await lastAudit(),
  };
}

describe('retried failures charge once', () => {
  it.each([
    ['two 503 answers', { kind: 'status', status: 503, count: 2 }, 3],
    ['a hang past the timeout', { kind: 'hang', hangMs: 5000, count: 1 }, 2],
    ['a dropped connection', { kind: 'drop', count: 1 }, 2],
    ['a non-JSON 200', { kind: 'malformed', count: 1 }, 2],
  ])('%s, then success: 200, charged 1 once', async (_name, fault, attempts) => {
    const r = await revealUnder(fault);
    expect(r.status).toBe(200);
    expect(r.sent).toBe(attempts);
    expect(r.lusha).toBe(1);
    expect(r.charged).toBe(1);
    expect(r.spent).toBe(1);
    expect(r.audit).toMatchObject({ upstreamCalls: attempts, credits: 1, outcome: 'ok' });
  });

  it('a cut answer Lusha billed: the retry is a free re-reveal, the rep is charged the 1 credit once', async () => {
    const r = await revealUnder({ kind: 'truncate', count: 1 });
    expect(r.status).toBe(200);
    expect(r.lusha).toBe(1);
    expect(r.spent).toBe(1);
    expect(r.audit.note).toMatch(/lost/);
  });
});

describe('failures that outlast the retries charge nothing', () => {
  it('three 500 answers: the rep gets the 500, charged 0', async () => {
    const r = await revealUnder({ kind: 'status', status: 500, count: 3 });
    expect(r.status).toBe(500);
    expect(r.body).toMatchObject({ statusCode: 500 });
    expect(r.sent).toBe(3);
    expect([r.lusha, r.charged, r.spent]).toEqual([0, 0, 0]);
    expect(r.audit).toMatchObject({ outcome: 'error', credits: 0, status: 500 });
  });

  it('three hangs: 504 naming the timeout, charged 0', async () => {
    const r = await revealUnder({ kind: 'hang', hangMs: 5000, count: 3 });
    expect(r.status).toBe(504);
    expect(r.body).toEqual({ statusCode: 504, message: 'Lusha did not answer within 600 ms.' });
    expect([r.lusha, r.charged, r.spent]).toEqual([0, 0, 0]);
  });

  it('a 402 from Lusha (the team is out of credits) is passed on, charged 0, not retried', async () => {
    const r = await revealUnder({ kind: 'status', status: 402, count: 1 });
    expect(r.status).toBe(402);
    expect(r.sent).toBe(1);
    expect(r.spent).toBe(0);
  });
});

describe('searches under faults', () => {
  it('a shared search retried after 503s charges its rep once', async () => {
    const rep = await stack.newRep('SearchRep');
    await stack.fault({ path: '/v3/contacts/search', kind: 'status', status: 503, count: 2 });
    const used = (await stack.state()).credits.used;
    const response = await rep.post('/v3/contacts/search', {
      contacts: [{ id: people[next++]!.id }],
    });
    expect(response.status).toBe(200);
    expect(
      ((await response.json()) as { billing: { creditsCharged: number } }).billing.creditsCharged,
    ).toBe(1);
    expect((await stack.state()).credits.used - used).toBe(1);
    expect(await spentToday(rep)).toBe(1);
  });
});
