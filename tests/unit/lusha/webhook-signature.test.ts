import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { signWebhookPayload, verifyWebhookSignature } from '@/lib/lusha/webhook-signature';

const secret = 'whsec_test_secret';
const body = '{"event":"contact.updated","id":"v1.abc"}';
const timestamp = 1700000000;
const now = timestamp * 1000;

describe('signWebhookPayload', () => {
  it('matches a vector computed with openssl dgst -sha256 -hmac', async () => {
    // printf '%s' '1700000000.{"event":"contact.updated","id":"v1.abc"}' | openssl dgst -sha256 -hmac whsec_test_secret
    expect(await signWebhookPayload(secret, timestamp, body)).toBe(
      'a8a07ef835ffb758e6e1e3ff7b7ba3a323c6f91bddc80f8186585b31be24d7ee',
    );
    // printf '%s' '42.' | openssl dgst -sha256 -hmac k
    expect(await signWebhookPayload('k', '42', '')).toBe(
      '8b39da342ea5ffdfeef76bb188bebc0f1c6f8fb35a98281fd3f6370ec477b2a4',
    );
  });

  it.each([
    ['ascii', 'secret', '1', '{}'],
    ['unicode body', 's3cr3t', '1712345678', '{"name":"Zoë Ångström","emoji":"📇"}'],
    ['long secret', 'x'.repeat(200), 99, JSON.stringify({ data: Array(50).fill('a') })],
  ])('agrees with node crypto.createHmac (%s)', async (_name, key, ts, payload) => {
    const expected = createHmac('sha256', key).update(`${ts}.${payload}`).digest('hex');
    expect(await signWebhookPayload(key, ts, payload)).toBe(expected);
  });
});

describe('verifyWebhookSignature', () => {
  const signed = () => signWebhookPayload(secret, timestamp, body);

  it('accepts a fresh, correct signature (any hex case, optional sha256= prefix)', async () => {
    const signature = await signed();
    const base = { secret, timestamp, body, now };
    expect(await verifyWebhookSignature({ ...base, signature })).toEqual({ ok: true });
    expect(await verifyWebhookSignature({ ...base, signature: signature.toUpperCase() })).toEqual({
      ok: true,
    });
    expect(await verifyWebhookSignature({ ...base, signature: `sha256=${signature}` })).toEqual({
      ok: true,
    });
  });

  it('applies the tolerance window both ways', async () => {
    const signature = await signed();
    const base = { secret, signature, timestamp, body };
    expect(await verifyWebhookSignature({ ...base, now: now + 300_000 })).toEqual({ ok: true });
    expect(await verifyWebhookSignature({ ...base, now: now + 301_000 })).toEqual({
      ok: false,
      reason: 'stale',
    });
    expect(await verifyWebhookSignature({ ...base, now: now - 301_000 })).toEqual({
      ok: false,
      reason: 'stale',
    });
    expect(
      await verifyWebhookSignature({ ...base, now: now + 3_600_000, toleranceSeconds: 3600 }),
    ).toEqual({ ok: true });
  });

  it('rejects a tampered body, another secret or another timestamp', async () => {
    const signature = await signed();
    const base = { secret, signature, timestamp, body, now };
    const bad = { ok: false, reason: 'bad-signature' };
    expect(await verifyWebhookSignature({ ...base, body: body.replace('abc', 'abd') })).toEqual(
      bad,
    );
    expect(await verifyWebhookSignature({ ...base, secret: 'other' })).toEqual(bad);
    expect(await verifyWebhookSignature({ ...base, timestamp: timestamp + 1 })).toEqual(bad);
    const flipped = (signature[0] === 'a' ? 'b' : 'a') + signature.slice(1);
    expect(await verifyWebhookSignature({ ...base, signature: flipped })).toEqual(bad);
  });

  it.each([
    ['non-hex signature', { signature: 'z'.repeat(64) }],
    ['short signature', { signature: 'abcd' }],
    ['empty signature', { signature: '' }],
    ['non-numeric timestamp', { timestamp: 'yesterday' }],
    ['negative timestamp', { timestamp: '-5' }],
    ['empty secret', { secret: '' }],
  ])('reports %s as malformed', async (_name, override) => {
    const signature = await signed();
    const result = await verifyWebhookSignature({
      secret,
      signature,
      timestamp,
      body,
      now,
      ...override,
    });
    expect(result).toEqual({ ok: false, reason: 'malformed' });
  });
});
