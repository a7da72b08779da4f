import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { verifyWebhookSignature } from '@/lib/lusha/webhook-signature';
import { specAvailable, specOperation } from '../../../support/spec';
import { creditsUsed, expectSpec, sandboxFixture } from './helpers';

interface Received {
  headers: IncomingMessage['headers'];
  body: string;
}

/** How a receiver answers a delivery of payload `id`: the acknowledgement Lusha requires. */
type Answer = (id: string) => { type: string; body: string };
const properAck: Answer = (id) => ({
  type: 'application/json',
  body: JSON.stringify({ received: true, timestamp: new Date().toISOString(), webhookId: id }),
});

/** A real HTTP receiver on 127.0.0.1 that acknowledges as Lusha requires (or fails on demand). */
async function startReceiver(status = 201, answer: Answer = properAck) {
  const received: Received[] = [];
  const server: Server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
    req.on('end', () => {
      received.push({ headers: req.headers, body });
      const reply = answer((JSON.parse(body) as { id: string }).id);
      res.writeHead(status, { 'content-type': reply.type });
      res.end(reply.body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { received, url: `http://127.0.0.1:${port}/hooks`, close: () => server.close() };
}

const contactDefaults = (url: string) => ({
  entityType: 'contact',
  signalTypes: ['promotion', 'companyChange'],
  url,
});

describe.runIf(specAvailable())('sandbox webhooks', () => {
  let fx: ReturnType<typeof sandboxFixture>;
  beforeEach(() => {
    fx = sandboxFixture();
  });
  /** Lusha wants an account secret before any subscription: make one. */
  const makeSecret = async () =>
    (await fx.call('POST', '/api/account/secret/regenerate')).body.secret as string;

  it('refuses subscriptions, the opt-out one included, until the account has a secret', async () => {
    const create = () =>
      fx.call('POST', '/api/subscriptions', {
        defaults: contactDefaults('https://example.com/h'),
        subscriptions: [{ entityId: '1' }],
      });
    const optOut = () =>
      fx.call('POST', '/api/subscriptions/opt-out', { entityType: 'contact', url: 'https://x.io' });
    const refused = await create();
    expectSpec('createSubscription', refused, 400);
    expect(refused.body.errors).toEqual([expect.stringMatching(/secret/)]);
    expectSpec('createOptOutSubscription', await optOut(), 400);
    expect((await fx.call('GET', '/api/subscriptions')).body.pagination).toMatchObject({
      total: 0,
    });
    await makeSecret();
    expectSpec('createSubscription', await create(), 201);
    expectSpec('createOptOutSubscription', await optOut(), 201);
  });

  it('accepts every request example of createSubscription and answers per item', async () => {
    await makeSecret();
    for (const example of specOperation('createSubscription').requestExamples) {
      const reply = await fx.call('POST', '/api/subscriptions', example.value);
      expectSpec('createSubscription', reply, 201);
      const results = reply.body.results as { success: boolean }[];
      expect(results.length, example.name).toBeGreaterThan(0);
    }
  });

  it('reports duplicates and invalid items without failing the batch', async () => {
    await makeSecret();
    const url = 'https://example.com/hook';
    await fx.call('POST', '/api/subscriptions', {
      defaults: contactDefaults(url),
      subscriptions: [{ entityId: '1' }],
    });
    const reply = await fx.call('POST', '/api/subscriptions', {
      defaults: { url, signalTypes: ['promotion'] },
      subscriptions: [
        { entityId: '1', entityType: 'contact' },
        { entityId: '2', entityType: 'contact' },
        { entityId: '3', entityType: 'company' },
        { entityId: '4' },
      ],
    });
    expectSpec('createSubscription', reply, 201);
    expect(reply.body).toMatchObject({ total: 4, successful: 1, failed: 3 });
    const codes = (reply.body.results as { error?: { code: string } }[]).map((r) => r.error?.code);
    expect(codes).toEqual([
      'DUPLICATE_SUBSCRIPTION',
      undefined,
      'VALIDATION_ERROR',
      'VALIDATION_ERROR',
    ]);
  });

  it('refuses more than 25 items, plain-http non-loopback URLs and bad bodies with 400', async () => {
    await makeSecret();
    const tooMany = Array.from({ length: 26 }, (_, i) => ({ entityId: String(i) }));
    const cases = [
      { defaults: contactDefaults('https://example.com/h'), subscriptions: tooMany },
      { defaults: contactDefaults('http://example.com/h'), subscriptions: [{ entityId: '1' }] },
      { defaults: contactDefaults('not a url'), subscriptions: [{ entityId: '1' }] },
      { defaults: { ...contactDefaults('https://x.io'), entityType: 'lead' }, subscriptions: [] },
    ];
    for (const body of cases)
      expectSpec('createSubscription', await fx.call('POST', '/api/subscriptions', body), 400);
    const loopback = await fx.call('POST', '/api/subscriptions', {
      defaults: contactDefaults('http://localhost:9/h'),
      subscriptions: [{ entityId: '1' }],
    });
    expectSpec('createSubscription', loopback, 201);
  });

  it('lists, gets, updates and bulk-deletes subscriptions', async () => {
    await makeSecret();
    const created = await fx.call('POST', '/api/subscriptions', {
      defaults: contactDefaults('https://example.com/h'),
      subscriptions: Array.from({ length: 12 }, (_, i) => ({ entityId: `c${i}` })),
    });
    const ids = (created.body.results as { subscription: { id: string } }[]).map(
      (r) => r.subscription.id,
    );
    const page = await fx.call('GET', '/api/subscriptions?limit=5&offset=10');
    expectSpec('listSubscriptions', page, 200);
    expect(page.body.pagination).toMatchObject({ total: 12, limit: 5, offset: 10, hasMore: false });
    expect(page.body.data).toHaveLength(2);
    expectSpec('listSubscriptions', await fx.call('GET', '/api/subscriptions?limit=101'), 400);

    const one = await fx.call('GET', `/api/subscriptions/${ids[0]}`);
    expectSpec('getSubscriptionById', one, 200);
    expectSpec(
      'getSubscriptionById',
      await fx.call('GET', `/api/subscriptions/${'f'.repeat(24)}`),
      404,
    );

    for (const example of specOperation('updateSubscription').requestExamples) {
      const updated = await fx.call('PATCH', `/api/subscriptions/${ids[1]}`, example.value);
      expectSpec('updateSubscription', updated, 200);
    }
    const disabled = await fx.call('GET', `/api/subscriptions/${ids[1]}`);
    expect(disabled.body).toMatchObject({
      isActive: false,
      url: 'https://new-domain.com/webhooks/lusha',
    });
    const bad = await fx.call('PATCH', `/api/subscriptions/${ids[1]}`, { signalTypes: ['nope'] });
    expectSpec('updateSubscription', bad, 400);

    const deleted = await fx.call('POST', '/api/subscriptions/delete', {
      ids: [ids[0], ids[0], 'missing'],
    });
    expectSpec('deleteSubscriptions', deleted, 200);
    expect(deleted.body).toMatchObject({ total: 2, successful: 1, failed: 1 });
    const tooMany = await fx.call('POST', '/api/subscriptions/delete', {
      ids: ids.concat(ids, ids),
    });
    expectSpec('deleteSubscriptions', tooMany, 400);
    expect((await fx.call('GET', '/api/subscriptions')).body.pagination).toMatchObject({
      total: 11,
    });
  });

  it('creates one opt-out subscription per account', async () => {
    await makeSecret();
    const body = specOperation('createOptOutSubscription').requestExamples[0]?.value;
    const first = await fx.call('POST', '/api/subscriptions/opt-out', body);
    expectSpec('createOptOutSubscription', first, 201);
    expect(first.body.signalTypes).toEqual(['optOut']);
    expectSpec(
      'createOptOutSubscription',
      await fx.call('POST', '/api/subscriptions/opt-out', body),
      403,
    );
    const wrong = await fx.call('POST', '/api/subscriptions/opt-out', {
      entityType: 'company',
      url: 'https://x.io',
    });
    expectSpec('createOptOutSubscription', wrong, 400);
  });

  it('manages the account secret', async () => {
    expectSpec('getAccountSecret', await fx.call('GET', '/api/account/secret'), 404);
    const first = await fx.call('POST', '/api/account/secret/regenerate');
    expectSpec('regenerateAccountSecret', first, 200);
    const read = await fx.call('GET', '/api/account/secret');
    expectSpec('getAccountSecret', read, 200);
    expect(read.body.secret).toBe(first.body.secret);
    const second = await fx.call('POST', '/api/account/secret/regenerate');
    expect(second.body.secret).not.toBe(first.body.secret);
  });

  describe('test deliveries', () => {
    let receiver: Awaited<ReturnType<typeof startReceiver>>;
    afterEach(() => receiver.close());

    async function subscribe(url: string) {
      await makeSecret();
      const reply = await fx.call('POST', '/api/subscriptions', {
        defaults: contactDefaults(url),
        subscriptions: [{ entityId: '4389064624', name: 'Local receiver' }],
      });
      return (reply.body.results as { subscription: { id: string } }[])[0]!.subscription.id;
    }

    it('POSTs a payload signed with the account secret to a real local server, free of charge', async () => {
      receiver = await startReceiver();
      const id = await subscribe(receiver.url);
      const { secret } = (await fx.call('GET', '/api/account/secret')).body as { secret: string };
      const usedBefore = await creditsUsed(fx.call);

      const reply = await fx.call('POST', `/api/subscriptions/${id}/test?mode=direct`);
      expectSpec('testSubscription', reply, 200);
      expect(reply.body).toMatchObject({
        isSuccess: true,
        mode: 'direct',
        flowCheck: { success: true, statusCode: 201 },
      });
      expect(receiver.received).toHaveLength(1);
      const { headers, body } = receiver.received[0]!;
      const signature = String(headers['x-lusha-signature']);
      const timestamp = String(headers['x-lusha-timestamp']);
      expect(signature).toMatch(/^[0-9a-f]{64}$/);
      const now = fx.clock.time;
      expect(await verifyWebhookSignature({ secret, timestamp, body, signature, now })).toEqual({
        ok: true,
      });
      const forged = await verifyWebhookSignature({
        secret: `${secret}x`,
        timestamp,
        body,
        signature,
        now,
      });
      expect(forged).toEqual({ ok: false, reason: 'bad-signature' });
      expect(JSON.parse(body)).toMatchObject({
        entityType: 'contact',
        entityId: '4389064624',
        subscriptionId: id,
      });
      expect(await creditsUsed(fx.call)).toBe(usedBefore);

      const logs = await fx.call('GET', `/api/audit-logs?subscriptionId=${id}`);
      expectSpec('getAuditLogs', logs, 200);
      expect(logs.body.data).toMatchObject([
        { subscriptionId: id, status: 'success', statusCode: 201 },
      ]);
    });

    it('regenerates the account secret from an update: deliveries are signed with the new one', async () => {
      receiver = await startReceiver();
      const id = await subscribe(receiver.url);
      const old = (await fx.call('GET', '/api/account/secret')).body.secret as string;
      const updated = await fx.call('PATCH', `/api/subscriptions/${id}`, {
        regenerateSecret: true,
      });
      expectSpec('updateSubscription', updated, 200);
      const fresh = updated.body.secret as string;
      expect(fresh).toMatch(/^whsec_/);
      expect(fresh).not.toBe(old);
      expect((await fx.call('GET', '/api/account/secret')).body.secret).toBe(fresh);
      expect((await fx.call('GET', `/api/subscriptions/${id}`)).body.secret).toBeUndefined();
      await fx.call('POST', `/api/subscriptions/${id}/test`);
      const { headers, body } = receiver.received[0]!;
      const check = (secret: string) =>
        verifyWebhookSignature({
          secret,
          body,
          signature: String(headers['x-lusha-signature']),
          timestamp: String(headers['x-lusha-timestamp']),
          now: fx.clock.time,
        });
      expect(await check(fresh)).toEqual({ ok: true });
      expect(await check(old)).toEqual({ ok: false, reason: 'bad-signature' });
    });

    it('records failed deliveries and reports stats', async () => {
      receiver = await startReceiver(500);
      const id = await subscribe(receiver.url);
      const failed = await fx.call('POST', `/api/subscriptions/${id}/test`);
      expectSpec('testSubscription', failed, 200);
      expect(failed.body).toMatchObject({
        isSuccess: false,
        flowCheck: { success: false, statusCode: 500 },
      });
      const stats = await fx.call('GET', '/api/audit-logs/stats');
      expectSpec('getAuditLogStats', stats, 200);
      expect(stats.body).toEqual({ total: 1, success: 0, failed: 1, successRate: '0.00%' });
      const onlyFailed = await fx.call('GET', '/api/audit-logs?status=failed&limit=1');
      expect(onlyFailed.body.data).toHaveLength(1);
      expectSpec('getAuditLogs', await fx.call('GET', '/api/audit-logs?status=lost'), 400);
      expectSpec(
        'testSubscription',
        await fx.call('POST', `/api/subscriptions/${id}/test?mode=slow`),
        400,
      );
    });

    it('counts a 2xx without the required acknowledgement as a failed delivery', async () => {
      const answers: [string, Answer][] = [
        ['plain text', () => ({ type: 'text/plain', body: 'ok' })],
        ['not JSON', () => ({ type: 'application/json', body: 'ok' })],
        [
          'received false',
          (id) => ({
            ...properAck(id),
            body: JSON.stringify({
              received: false,
              timestamp: new Date().toISOString(),
              webhookId: id,
            }),
          }),
        ],
        [
          'no timestamp',
          (id) => ({ ...properAck(id), body: JSON.stringify({ received: true, webhookId: id }) }),
        ],
        ['another webhookId', () => properAck('someone-else')],
      ];
      for (const [what, answer] of answers) {
        receiver = await startReceiver(200, answer);
        const id = await subscribe(receiver.url);
        const reply = await fx.call('POST', `/api/subscriptions/${id}/test`);
        expectSpec('testSubscription', reply, 200);
        expect(reply.body, what).toMatchObject({
          isSuccess: false,
          flowCheck: { success: false, statusCode: 200 },
        });
        const logs = await fx.call('GET', `/api/audit-logs?subscriptionId=${id}`);
        expect(logs.body.data, what).toMatchObject([
          { status: 'failed', statusCode: 200, error: expect.stringMatching(/acknowledge/) },
        ]);
        receiver.close();
        await fx.call('POST', '/api/subscriptions/delete', { ids: [id] });
      }
      receiver = await startReceiver(200);
      const id = await subscribe(receiver.url);
      const ok = await fx.call('POST', `/api/subscriptions/${id}/test`);
      expect(ok.body).toMatchObject({ isSuccess: true, flowCheck: { statusCode: 200 } });
    });

    it('keeps delivery logs 90 days when successful and 180 days when failed', async () => {
      receiver = await startReceiver(201);
      const good = await subscribe(receiver.url);
      await fx.call('POST', `/api/subscriptions/${good}/test`);
      const failing = await startReceiver(500);
      const bad = (
        (
          await fx.call('POST', '/api/subscriptions', {
            defaults: contactDefaults(failing.url),
            subscriptions: [{ entityId: '4389064625' }],
          })
        ).body.results as { subscription: { id: string } }[]
      )[0]!.subscription.id;
      await fx.call('POST', `/api/subscriptions/${bad}/test`);
      failing.close();
      const DAY = 86_400_000;
      const sent = fx.clock.time;
      /** Statuses of the logs still kept `days` after the deliveries. */
      const statusesAfter = async (days: number) => {
        fx.clock.time = sent + days * DAY;
        const logs = await fx.call('GET', '/api/audit-logs');
        expectSpec('getAuditLogs', logs, 200);
        const stats = await fx.call('GET', '/api/audit-logs/stats');
        expect(stats.body.total).toBe((logs.body.data as unknown[]).length);
        return (logs.body.data as { status: string }[]).map((l) => l.status).sort();
      };
      expect(await statusesAfter(90)).toEqual(['failed', 'success']);
      expect(await statusesAfter(90.01)).toEqual(['failed']);
      expect(await statusesAfter(180)).toEqual(['failed']);
      expect(await statusesAfter(180.01)).toEqual([]);
    });
  });
});
