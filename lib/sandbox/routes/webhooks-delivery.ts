/**
 * Webhook deliveries of the sandbox: `POST /api/subscriptions/:id/test` sends a REAL signed POST
 * to the subscription's URL through `ctx.fetch`, records it in the audit log, and the audit-log
 * and account-secret operations read and manage that state.
 */
import * as z from 'zod/mini';
import { signWebhookPayload } from '@/lib/lusha/webhook-signature';
import { SandboxHttpError, type RouteInput, type SandboxContext } from '../types';
import { badRequest, parseInput, seededUuid } from './prospecting-common';
import { ackProblem } from './webhooks-ack';
import {
  findSubscription,
  retainedLogs,
  listPagination,
  newSecret,
  nextId,
  webhookState,
  type AuditLog,
  type Subscription,
} from './webhooks-store';

const TestQuery = z.object({ mode: z._default(z.enum(['direct', 'kafka', 'full']), 'full') });

const AuditQuery = z.object({
  subscriptionId: z.optional(z.string()),
  status: z.optional(z.enum(['success', 'failed', 'permanent_failure'])),
  limit: z._default(z.coerce.number().check(z.int(), z.minimum(1), z.maximum(100)), 50),
  offset: z._default(z.coerce.number().check(z.int(), z.minimum(0)), 0),
});

/** How long the sandbox waits for an acknowledgement, as Lusha documents (10 s). */
const DELIVERY_TIMEOUT_MS = 10_000;

function mockData(sub: Subscription, signalType: string, now: number): Record<string, unknown> {
  const signalDate = new Date(now).toISOString().slice(0, 10);
  if (sub.entityType === 'contact') {
    return {
      personId: Number(sub.entityId) || 0,
      currentCompanyName: 'Sandbox Test Company',
      currentDomain: 'sandbox-test.example',
      currentTitle: signalType === 'promotion' ? 'Vice President of Sales' : 'Director of Sales',
      previousCompanyName: 'Previous Test Company',
      previousDomain: 'previous-test.example',
      signalDate,
    };
  }
  return {
    companyId: sub.entityId,
    companyName: 'Sandbox Test Company',
    domain: 'sandbox-test.example',
    signalDate,
  };
}

/** The body Lusha would POST for one signal of `sub`, marked as a free test. */
function testPayload(ctx: SandboxContext, sub: Subscription, payloadId: string) {
  const now = ctx.clock.now();
  const signalType = sub.signalTypes.find((t) => t !== 'allSignals') ?? 'promotion';
  return {
    id: payloadId,
    type: signalType,
    entityType: sub.entityType,
    entityId: sub.entityId,
    subscriptionId: sub.id,
    data: mockData(sub, signalType, now),
    timestamp: new Date(now).toISOString(),
    // Test deliveries do not consume credits (spec, testSubscription).
    billing: { creditsCharged: 0 },
  };
}

interface DeliveryOutcome {
  success: boolean;
  statusCode?: number;
  durationMs: number;
  error: string | null;
}

async function deliver(
  ctx: SandboxContext,
  url: string,
  secret: string,
  body: string,
  payloadId: string,
): Promise<DeliveryOutcome> {
  const timestamp = String(Math.floor(ctx.clock.now() / 1000));
  const signature = await signWebhookPayload(secret, timestamp, body);
  const started = performance.now();
  try {
    const response = await ctx.fetch(url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'user-agent': 'Lusha-Webhooks/1.0',
        'x-lusha-signature': signature,
        'x-lusha-timestamp': timestamp,
      },
      body,
      signal: AbortSignal.timeout(DELIVERY_TIMEOUT_MS),
    });
    const text = await response.text();
    const durationMs = Math.round(performance.now() - started);
    const error = response.ok
      ? ackProblem(response, text, payloadId)
      : `Endpoint answered HTTP ${response.status}`;
    return { success: error === null, statusCode: response.status, durationMs, error };
  } catch (cause) {
    const durationMs = Math.round(performance.now() - started);
    const error = cause instanceof Error ? cause.message : String(cause);
    return { success: false, durationMs, error: `Delivery failed: ${error}` };
  }
}

function auditEntry(
  ctx: SandboxContext,
  sub: Subscription,
  payloadId: string,
  outcome: DeliveryOutcome,
): AuditLog {
  return {
    id: nextId(ctx, 'log'),
    subscriptionId: sub.id,
    payloadId,
    status: outcome.success ? 'success' : 'failed',
    ...(outcome.statusCode === undefined ? {} : { statusCode: outcome.statusCode }),
    url: sub.url,
    deliveredAt: new Date(ctx.clock.now()).toISOString(),
    durationMs: outcome.durationMs,
    error: outcome.error,
  };
}

/** `POST /api/subscriptions/:id/test`: one real signed delivery, logged, free of charge. */
export async function testSubscription(input: RouteInput, ctx: SandboxContext) {
  const { mode } = parseInput(TestQuery, Object.fromEntries(input.query));
  const sub = findSubscription(ctx, input.params.id);
  const state = webhookState(ctx);
  if (!state.secret) {
    badRequest('Account webhook secret not found', [
      'Create an account secret with POST /api/account/secret/regenerate before testing',
    ]);
  }
  const payloadId = seededUuid(ctx.account.key, 'payload', nextId(ctx, 'payload'));
  const payload = testPayload(ctx, sub, payloadId);
  const outcome = await deliver(ctx, sub.url, state.secret, JSON.stringify(payload), payloadId);
  const log = auditEntry(ctx, sub, payloadId, outcome);
  state.logs.push(log);
  const flowCheck = {
    success: outcome.success,
    ...(outcome.statusCode === undefined ? {} : { statusCode: outcome.statusCode }),
    durationMs: outcome.durationMs,
  };
  const { type: signalType, entityType, data } = payload;
  return {
    status: 200,
    body: {
      subscriptionId: sub.id,
      ...(sub.name ? { subscriptionName: sub.name } : {}),
      url: sub.url,
      mode,
      flowCheck,
      testPayload: { entityType, signalType, data },
      isSuccess: outcome.success,
      timestamp: log.deliveredAt,
    },
  };
}

/** `GET /api/audit-logs`: deliveries, newest first, filtered and paginated. */
export function getAuditLogs(input: RouteInput, ctx: SandboxContext) {
  const query = parseInput(AuditQuery, Object.fromEntries(input.query));
  const logs = retainedLogs(ctx)
    .filter((l) => !query.subscriptionId || l.subscriptionId === query.subscriptionId)
    .filter((l) => !query.status || l.status === query.status)
    .reverse();
  return {
    status: 200,
    body: {
      data: logs.slice(query.offset, query.offset + query.limit),
      pagination: listPagination(logs.length, query.limit, query.offset),
    },
  };
}

/** `GET /api/audit-logs/stats`: totals and success rate as `"95.00%"`. */
export function getAuditLogStats(input: RouteInput, ctx: SandboxContext) {
  const subscriptionId = input.query.get('subscriptionId');
  const logs = retainedLogs(ctx).filter(
    (l) => !subscriptionId || l.subscriptionId === subscriptionId,
  );
  const success = logs.filter((l) => l.status === 'success').length;
  const rate = logs.length ? (success * 100) / logs.length : 0;
  return {
    status: 200,
    body: {
      total: logs.length,
      success,
      failed: logs.length - success,
      successRate: `${rate.toFixed(2)}%`,
    },
  };
}

/** `GET /api/account/secret`: 404 until one was generated. */
export function getAccountSecret(_input: RouteInput, ctx: SandboxContext) {
  const { secret } = webhookState(ctx);
  if (!secret) throw new SandboxHttpError(404, 'Account secret not found');
  return { status: 200, body: { secret } };
}

/** `POST /api/account/secret/regenerate`: always succeeds; the old secret stops signing. */
export function regenerateAccountSecret(_input: RouteInput, ctx: SandboxContext) {
  const state = webhookState(ctx);
  state.secret = newSecret(ctx);
  return { status: 200, body: { secret: state.secret } };
}
