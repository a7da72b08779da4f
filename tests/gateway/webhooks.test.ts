/**
 * Webhooks: the gateway is the receiver. A delivery signed with the account secret
 * (X-Lusha-Signature = HMAC-SHA256 of `timestamp.body`) is acknowledged at once and stored once
 * however often it comes; a forged, tampered, stale or unsigned one gets 401. Subscriptions are
 * managed through the gateway, which holds the key; the sandbox delivers real signed test events.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signWebhookPayload } from '@/lib/lusha/webhook-signature';
import { callsTo, startStack, TEAM_KEY, type RepClient, type Stack } from './support';

let stack: Stack;
let rep: RepClient;
let secret: string;
let hookUrl: string;
beforeAll(async () => {
  stack = await startStack();
  rep = await stack.newRep('Sig');
  hookUrl = `${stack.gateway.url}/webhooks/lusha`;
  const regenerated = await stack.admin('POST', '/admin/lusha/api/account/secret/regenerate');
  secret = ((await regenerated.json()) as { secret: string }).secret;
});
afterAll(() => stack?.close());

const payload = (id: string) =>
  JSON.stringify({
    id,
    type: 'promotion',
    entityType: 'contact',
    entityId: '4400000001',
    subscriptionId: '507f1f77bcf86cd799439011',
    data: { personId: 4400000001, currentTitle: 'Chief Revenue Officer', signalDate: '2026-06-01' },
    timestamp: new Date().toISOString(),
    billing: { creditsCharged: 1 },
  });

async function deliver(
  body: string,
  options: { secret?: string; at?: number; signature?: string } = {},
) {
  const timestamp = String(Math.floor((options.at ?? Date.now()) / 1000));
  const signature =
    options.signature ?? (await signWebhookPayload(options.secret ?? secret, timestamp, body));
  return fetch(hookUrl, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'user-agent': 'Lusha-Webhooks/1.0',
      'x-lusha-signature': signature,
      'x-lusha-timestamp': timestamp,
    },
    body,
  });
}

type Signals = {
  signals: { id: string; receivedAt: string; data?: unknown }[];
  cursor: string | null;
  hasMore: boolean;
};

async function signals(query = ''): Promise<Signals> {
  const response = await rep.call('GET', `/team/signals${query}`);
  expect(response.status).toBe(200);
  return (await response.json()) as Signals;
}

describe('receiving deliveries', () => {
  it('acknowledges a signed delivery as Lusha asks, and stores it once however often it comes', async () => {
    const id = crypto.randomUUID();
    const body = payload(id);
    const started = Date.now();
    const first = await deliver(body);
    expect(first.status).toBe(201);
    expect(Date.now() - started).toBeLessThan(10_000);
    const ack = (await first.json()) as { received: boolean; timestamp: string; webhookId: string };
    expect(ack).toEqual({ received: true, timestamp: expect.any(String), webhookId: id });
    expect(Number.isNaN(Date.parse(ack.timestamp))).toBe(false);
    // A redelivery (new timestamp, new signature) and an exact replay within the tolerance.
    const redelivered = await deliver(body, { at: Date.now() + 2000 });
    expect(redelivered.status).toBe(201);
    const timestamp = String(Math.floor(Date.now() / 1000));
    const signature = await signWebhookPayload(secret, timestamp, body);
    for (let i = 0; i < 2; i++) {
      const replay = await fetch(hookUrl, {
        method: 'POST',
        headers: { 'x-lusha-signature': signature, 'x-lusha-timestamp': timestamp },
        body,
      });
      expect(replay.status).toBe(201);
    }
    const stored = (await signals()).signals.filter((s) => s.id === id);
    expect(stored).toHaveLength(1);
    expect(stored[0]!.data).toEqual(JSON.parse(body).data);
  });

  it.each([
    ['a wrong secret', async (body: string) => deliver(body, { secret: 'whsec_wrong' })],
    [
      'a tampered body',
      async (body: string) => {
        const timestamp = String(Math.floor(Date.now() / 1000));
        const signature = await signWebhookPayload(secret, timestamp, body);
        return deliver(body.replace('Chief', 'Vice'), { signature, at: Number(timestamp) * 1000 });
      },
    ],
    [
      'a stale timestamp (6 minutes old, replayed)',
      async (body: string) => deliver(body, { at: Date.now() - 360_000 }),
    ],
    [
      'a timestamp 6 minutes ahead',
      async (body: string) => deliver(body, { at: Date.now() + 360_000 }),
    ],
    ['no signature', async (body: string) => fetch(hookUrl, { method: 'POST', body })],
  ])('refuses %s with 401 and stores nothing', async (_name, send) => {
    const id = crypto.randomUUID();
    const response = await send(payload(id));
    expect(response.status).toBe(401);
    expect(((await response.json()) as { statusCode: number }).statusCode).toBe(401);
    expect((await signals()).signals.some((s) => s.id === id)).toBe(false);
  });

  it('reads the team signals since a time, and page by page with the cursor', async () => {
    const since = new Date().toISOString();
    await new Promise((r) => setTimeout(r, 5));
    const ids = [crypto.randomUUID(), crypto.randomUUID(), crypto.randomUUID()];
    for (const id of ids) expect((await deliver(payload(id))).status).toBe(201);
    expect((await signals(`?since=${encodeURIComponent(since)}`)).signals.map((s) => s.id)).toEqual(
      ids,
    );
    const page1 = await signals(`?since=${encodeURIComponent(since)}&limit=2`);
    expect(page1.signals.map((s) => s.id)).toEqual(ids.slice(0, 2));
    expect(page1.hasMore).toBe(true);
    const page2 = await signals(`?cursor=${page1.cursor}&limit=2`);
    expect(page2.signals.map((s) => s.id)).toEqual(ids.slice(2));
    expect((await rep.call('GET', '/team/signals?since=yesterday')).status).toBe(400);
    expect((await fetch(`${stack.gateway.url}/team/signals`)).status).toBe(401);
  });
});

describe('subscriptions through the gateway', () => {
  const contacts = () => stack.sandbox.sandbox.dataset.contacts.slice(100, 130).map((c) => c.id);

  it('creates 30 in chunks of 25, lists, updates, tests (a real signed delivery), deletes', async () => {
    const created = await stack.admin('POST', '/admin/lusha/api/subscriptions', {
      defaults: {
        url: hookUrl,
        entityType: 'contact',
        signalTypes: ['promotion', 'companyChange'],
      },
      subscriptions: contacts().map((entityId) => ({ entityId })),
    });
    expect(created.status).toBe(201);
    const batch = (await created.json()) as {
      total: number;
      successful: number;
      results: { index: number; subscription: { id: string } }[];
    };
    expect(batch).toMatchObject({ total: 30, successful: 30 });
    expect(batch.results.map((r) => r.index)).toEqual([...Array(30).keys()]);
    const sent = callsTo(stack, '/api/subscriptions').filter((c) => c.method === 'POST');
    expect(sent.map((c) => (c.body as { subscriptions: unknown[] }).subscriptions.length)).toEqual([
      25, 5,
    ]);

    const id = batch.results[0]!.subscription.id;
    const list = (await (
      await stack.admin('GET', '/admin/lusha/api/subscriptions?limit=100')
    ).json()) as { data: unknown[] };
    expect(list.data).toHaveLength(30);
    const paused = await stack.admin('PATCH', `/admin/lusha/api/subscriptions/${id}`, {
      isActive: false,
    });
    expect(((await paused.json()) as { isActive: boolean }).isActive).toBe(false);
    await stack.admin('PATCH', `/admin/lusha/api/subscriptions/${id}`, { isActive: true });

    const before = (await signals()).signals.length;
    const test = (await (
      await stack.admin('POST', `/admin/lusha/api/subscriptions/${id}/test`)
    ).json()) as { isSuccess: boolean; flowCheck: { statusCode: number } };
    expect(test).toMatchObject({ isSuccess: true, flowCheck: { statusCode: 201 } });
    expect((await signals()).signals).toHaveLength(before + 1);
    const stats = (await (
      await stack.admin('GET', '/admin/lusha/api/audit-logs/stats')
    ).json()) as { success: number };
    expect(stats.success).toBeGreaterThanOrEqual(1);

    const deleted = await stack.admin('POST', '/admin/lusha/api/subscriptions/delete', {
      ids: batch.results.map((r) => r.subscription.id),
    });
    expect(((await deleted.json()) as { successful: number }).successful).toBe(30);
  });

  it('follows a secret regenerated elsewhere (the dashboard): the next delivery is still accepted', async () => {
    await stack.restart();
    const sub = await stack.admin('POST', '/admin/lusha/api/subscriptions', {
      defaults: {
        url: `${stack.gateway.url}/webhooks/lusha`,
        entityType: 'contact',
        signalTypes: ['promotion'],
      },
      subscriptions: [{ entityId: stack.sandbox.sandbox.dataset.contacts[200]!.id }],
    });
    const id = ((await sub.json()) as { results: { subscription: { id: string } }[] }).results[0]!
      .subscription.id;
    const direct = await fetch(`${stack.sandbox.url}/api/account/secret/regenerate`, {
      method: 'POST',
      headers: { api_key: TEAM_KEY },
    });
    expect(direct.status).toBe(200);
    const test = (await (
      await stack.admin('POST', `/admin/lusha/api/subscriptions/${id}/test`)
    ).json()) as { isSuccess: boolean };
    expect(test.isSuccess).toBe(true);
  });

  it('refuses paths outside the webhook API and needs the admin token', async () => {
    expect((await stack.admin('GET', '/admin/lusha/v3/account/usage')).status).toBe(404);
    expect(
      (await stack.admin('GET', '/admin/lusha/api/subscriptions', undefined, 'nope')).status,
    ).toBe(401);
  });
});
