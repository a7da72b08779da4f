import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { ManualClock } from '@/lib/sandbox';
import { SHOWCASE } from '@/lib/sandbox';
import { SESSION_TTL_MS, type LookalikeRequest } from '@/lib/workspace';
import { workspaceServices } from './support';

let ws: ReturnType<typeof workspaceServices>;
const DAY = 86_400_000;

beforeEach(() => {
  fakeBrowser.reset();
  ws = workspaceServices();
});

const seeds = (n: number) => ({ ids: SHOWCASE.contacts.slice(0, n).map((c) => c.id) });
const find = (
  runId: string,
  n = 10,
  limit = 25,
): Promise<Awaited<ReturnType<typeof ws.lookalikes.find>>> =>
  ws.lookalikes.find({
    runId,
    kind: 'contacts',
    seeds: seeds(n),
    label: 'x',
    limit,
  } as LookalikeRequest);
const sentSessions = () =>
  ws.requests
    .filter((r) => r.path === '/v3/contacts/lookalike')
    .map((r) => (r.body as { dedupeSessionId?: string }).dedupeSessionId);

describe('lookalikes', () => {
  it('needs 5 to 100 seeds and sends nothing otherwise', async () => {
    await expect(find('run-fourseed', 4)).rejects.toThrow(/5 to 100 seeds; 4 were given/);
    expect(ws.requests).toEqual([]);
  });

  it('continues the seed set’s session: more without a repeat, billed per result', async () => {
    const before = (await ws.state()).credits.used;
    const first = await find('run-similar1');
    expect(first.rows).toHaveLength(25);
    expect(first.charged).toBe(25);
    const more = await find('run-similar1');
    expect(more.rows).toHaveLength(25);
    const seen = new Set(first.rows.map((r) => r.key));
    expect(more.rows.filter((r) => seen.has(r.key))).toEqual([]);
    expect((await ws.state()).credits.used - before).toBe(50);
    const [none, session] = sentSessions();
    expect(none).toBeUndefined();
    expect(session).toMatch(/^[0-9a-f-]{36}$/);
    expect(first.rows.some((r) => seeds(10).ids.includes(r.lushaId))).toBe(false);

    // The same seeds in another run later: still no repeats (one session per seed set).
    ws.clock.now += 10 * DAY;
    const later = await find('run-similar2');
    expect(
      later.rows.filter((r) => seen.has(r.key) || more.rows.some((m) => m.key === r.key)),
    ).toEqual([]);
    expect(sentSessions()[2]).toBe(session);
  });

  it('a session Lusha forgot (410) starts a new one in the same click, billed once', async () => {
    await find('run-expired1');
    // Lusha's clock passes 30 days; ours says the session was used within 30 days.
    (ws.sandbox.clock as ManualClock).advance(SESSION_TTL_MS + DAY);
    const calls = (await ws.calls()).operations.getContactLookalikes!;
    const renewed = await find('run-expired1');
    expect(renewed.renewed).toBe(true);
    expect(renewed.rows.length + renewed.repeated).toBe(25);
    const after = (await ws.calls()).operations.getContactLookalikes!;
    expect(after.calls - calls.calls).toBe(2);
    expect(after.creditsCharged - calls.creditsCharged).toBe(25);
    // The old session was sent (and refused), then the same click went on without one.
    const sent = sentSessions();
    expect(sent[1]).toMatch(/^[0-9a-f-]{36}$/);
    expect(sent[2]).toBeUndefined();
  });

  it('forgets its own session 30 days after its last use', async () => {
    await find('run-old00001');
    ws.clock.now += SESSION_TTL_MS + DAY;
    await find('run-old00002');
    expect(sentSessions()).toEqual([undefined, undefined]);
  });

  it('lookalike rows get exact reveal costs from a search by id, kept in the run', async () => {
    const { rows } = await find('run-priced01', 5, 5);
    expect(rows.every((r) => r.canReveal === undefined)).toBe(true);
    const priced = await ws.priceRows.price(
      'contacts',
      rows.map((r) => r.lushaId),
      'run-priced01',
    );
    expect(priced.charged).toBe(1);
    expect(priced.rows.every((r) => Array.isArray(r.canReveal))).toBe(true);
    const kept = await ws.runs.rows('run-priced01');
    expect(kept.every((r) => Array.isArray(r.canReveal))).toBe(true);
    expect(kept.map((r) => r.key)).toEqual(rows.map((r) => r.key));
  });
});
