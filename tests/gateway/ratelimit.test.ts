/**
 * The team's rate limit: Lusha allows 25 requests a second per account, so the gateway queues
 * every rep's calls under it (the team never draws a 429 from its own bursts), and passes
 * Lusha's own 429 on with a `retry-after`.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SANDBOX_KEYS } from '@/lib/sandbox';
import { callsTo, startStack, type Stack } from './support';

describe('queued under 25 requests a second', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack();
  });
  afterAll(() => stack?.close());

  it('80 calls from 4 reps at once: all answered, never more than 25 in a second at Lusha', async () => {
    const reps = await Promise.all(['R1', 'R2', 'R3', 'R4'].map((n) => stack.newRep(n)));
    const route = '/v3/contacts/prospecting/filters';
    const started = Date.now();
    const responses = await Promise.all(
      Array.from({ length: 80 }, (_, i) => reps[i % 4]!.call('GET', route)),
    );
    const failed = responses.filter((r) => r.status !== 200);
    expect(await Promise.all(failed.map((r) => r.text()))).toEqual([]);
    const arrivals = callsTo(stack, route).map((c) => c.at);
    expect(arrivals).toHaveLength(80);
    // The sandbox counts whole seconds; so does this check (and any 1 s span).
    const perSecond = new Map<number, number>();
    for (const at of arrivals)
      perSecond.set(Math.floor(at / 1000), (perSecond.get(Math.floor(at / 1000)) ?? 0) + 1);
    expect(Math.max(...perSecond.values())).toBeLessThanOrEqual(25);
    // Lusha (the sandbox) never had to refuse one: the team drew no 429.
    expect(callsTo(stack, route).filter((c) => c.status === 429)).toEqual([]);
    expect(Date.now() - started).toBeGreaterThanOrEqual(3000);
  });

  it('ten reps reading their usage make one usage call to Lusha (it allows 5 a minute)', async () => {
    const reps = await Promise.all(Array.from({ length: 10 }, (_, i) => stack.newRep(`U${i}`)));
    const before = callsTo(stack, '/v3/account/usage').length;
    const responses = await Promise.all(reps.map((rep) => rep.call('GET', '/v3/account/usage')));
    expect(responses.every((r) => r.status === 200)).toBe(true);
    expect(callsTo(stack, '/v3/account/usage').length - before).toBeLessThanOrEqual(1);
  });
});

describe("Lusha's own 429", () => {
  let stack: Stack;
  beforeAll(async () => {
    // The throttled sandbox account allows 3 general requests a minute.
    stack = await startStack({
      lushaKey: SANDBOX_KEYS.throttled,
      vars: { QUEUE_MAX_WAIT_MS: '1000' },
    });
  });
  afterAll(() => stack?.close());

  it('is passed on with retry-after and Lusha headers; the queue then holds the team back', async () => {
    const rep = await stack.newRep('T1');
    const route = '/v3/contacts/prospecting/filters';
    let limited: Response | undefined;
    for (let i = 0; i < 8 && !limited; i++) {
      const response = await rep.call('GET', route);
      if (response.status === 429) limited = response;
      else expect(response.status).toBe(200);
    }
    expect(limited).toBeDefined();
    const seconds = Number(limited!.headers.get('retry-after'));
    expect(seconds).toBeGreaterThanOrEqual(1);
    expect(seconds).toBeLessThanOrEqual(60);
    expect(limited!.headers.get('x-minute-requests-left')).toBe('0');
    expect(await limited!.json()).toEqual({
      statusCode: 429,
      message: 'Too many requests. Please wait before making another request.',
    });
    // Until the window turns (more than the 1 s the queue may wait here), the gateway answers
    // 429 itself instead of hammering Lusha.
    if (seconds > 1) {
      const sent = callsTo(stack, route).length;
      const next = await rep.call('GET', route);
      expect(next.status).toBe(429);
      expect(Number(next.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
      expect(callsTo(stack, route).length).toBe(sent);
    }
  });
});
