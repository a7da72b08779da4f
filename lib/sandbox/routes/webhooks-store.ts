/**
 * Per-account webhook state of the sandbox: subscriptions, the account secret and the delivery
 * audit log, kept in `account.modules` so every key has its own.
 */
import { SandboxHttpError, type SandboxContext } from '../types';
import { badRequest, DAY_MS, hash32, moduleState, seededHex } from './prospecting-common';
import {
  COMPANY_SIGNAL_TYPES as VOCAB_COMPANY_SIGNALS,
  CONTACT_SIGNAL_TYPES as VOCAB_CONTACT_SIGNALS,
} from '../vocab';

export type EntityType = 'contact' | 'company';

/** One stored subscription. */
export interface Subscription {
  id: string;
  entityType: EntityType;
  entityId: string;
  signalTypes: string[];
  url: string;
  name?: string;
  isActive: boolean;
  blockReason: string | null;
  blockedAt: string | null;
  createdAt: string;
  updatedAt: string;
}

export type DeliveryStatus = 'success' | 'failed' | 'permanent_failure';

/** One delivery attempt, as `GET /api/audit-logs` lists it. */
export interface AuditLog {
  id: string;
  subscriptionId: string;
  payloadId: string;
  status: DeliveryStatus;
  statusCode?: number;
  url: string;
  deliveredAt: string;
  durationMs: number;
  error: string | null;
}

/** Everything the webhook routes keep for one account. */
export interface WebhookState {
  secret: string | null;
  subscriptions: Map<string, Subscription>;
  logs: AuditLog[];
  /** Ever-growing counter feeding deterministic ids. */
  sequence: number;
}

/** Signal types a subscription may name: the dataset's, plus `allSignals` (and LinkedIn intent). */
export const CONTACT_SIGNAL_TYPES = ['allSignals', ...VOCAB_CONTACT_SIGNALS] as const;

export const COMPANY_SIGNAL_TYPES = [
  'allSignals',
  'linkedinActivityIntent',
  ...VOCAB_COMPANY_SIGNALS,
] as const;

/** The calling account's webhook state. */
export function webhookState(ctx: SandboxContext): WebhookState {
  return moduleState<WebhookState>(ctx, 'webhooks', () => ({
    secret: null,
    subscriptions: new Map(),
    logs: [],
    sequence: 0,
  }));
}

/** A fresh 24-hex id (Mongo ObjectId shaped, like Lusha's), deterministic per account. */
export function nextId(ctx: SandboxContext, kind: string): string {
  const state = webhookState(ctx);
  state.sequence += 1;
  return seededHex(24, ctx.account.key, kind, state.sequence);
}

/** A fresh `whsec_...` secret. */
export function newSecret(ctx: SandboxContext): string {
  return `whsec_${nextId(ctx, 'secret')}${seededHex(24, ctx.account.key, ctx.clock.now())}`;
}

/** A numeric account id for the opt-out subscription's `entityId`. */
export function accountNumber(key: string): string {
  return String(100_000 + (hash32('account', key) % 900_000));
}

/** True for ids shaped like the ones this store hands out. */
export function isSubscriptionId(id: string): boolean {
  return /^[0-9a-f]{24}$/.test(id);
}

/** Allowed signal types for an entity type. */
export function signalTypesFor(entityType: EntityType): readonly string[] {
  return entityType === 'contact' ? CONTACT_SIGNAL_TYPES : COMPANY_SIGNAL_TYPES;
}

/**
 * Why a webhook URL is refused, or null when it is acceptable: HTTPS only, except plain HTTP
 * on loopback hosts so that local tests can receive real deliveries.
 */
export function urlProblem(url: string): string | null {
  if (url.length > 2048) return 'url must be at most 2048 characters';
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'url must be a valid URL';
  }
  if (parsed.protocol === 'https:') return null;
  const loopback = ['127.0.0.1', 'localhost', '[::1]'].includes(parsed.hostname);
  if (parsed.protocol === 'http:' && loopback) return null;
  return 'url must use HTTPS';
}

/** The public view of a subscription (a copy: the account secret is never part of it). */
export function publicSubscription(sub: Subscription): Subscription {
  return { ...sub };
}

/**
 * Pagination of the `/api` lists: the spec's schema requires `page` and `size` while its example
 * shows `limit`/`offset`, so the sandbox sends both.
 */
export function listPagination(total: number, limit: number, offset: number) {
  return {
    total,
    limit,
    offset,
    page: Math.floor(offset / limit),
    size: limit,
    hasMore: offset + limit < total,
  };
}

/** The caller's subscription by path id: 400 on a malformed id, 404 when unknown. */
export function findSubscription(ctx: SandboxContext, id: string | undefined): Subscription {
  if (!id || !isSubscriptionId(id))
    badRequest('Invalid subscription id', ['id must be a valid id']);
  const sub = webhookState(ctx).subscriptions.get(id);
  if (!sub) throw new SandboxHttpError(404, 'Resource not found');
  return sub;
}

/** Creates and stores an active subscription, stamped with the sandbox clock. */
export function storeSubscription(
  ctx: SandboxContext,
  fields: Pick<Subscription, 'entityType' | 'entityId' | 'signalTypes' | 'url'> & { name?: string },
): Subscription {
  const now = new Date(ctx.clock.now()).toISOString();
  const { name, ...rest } = fields;
  const subscription: Subscription = {
    id: nextId(ctx, 'subscription'),
    ...rest,
    ...(name ? { name } : {}),
    isActive: true,
    blockReason: null,
    blockedAt: null,
    createdAt: now,
    updatedAt: now,
  };
  webhookState(ctx).subscriptions.set(subscription.id, subscription);
  return subscription;
}

/** "Logs are retained for 90 days (successful) and 180 days (failed/DLQ)" (getAuditLogs). */
export const LOG_RETENTION_DAYS = { success: 90, failed: 180 } as const;

/** The account's logs still retained at the sandbox clock's now (older ones are dropped). */
export function retainedLogs(ctx: SandboxContext): AuditLog[] {
  const state = webhookState(ctx);
  const now = ctx.clock.now();
  state.logs = state.logs.filter((log) => {
    const days = log.status === 'success' ? LOG_RETENTION_DAYS.success : LOG_RETENTION_DAYS.failed;
    return now - Date.parse(log.deliveredAt) <= days * DAY_MS;
  });
  return state.logs;
}

/** 400 when a webhook URL is refused (see `urlProblem`). */
export function checkUrl(url: string): void {
  const problem = urlProblem(url);
  if (problem) badRequest('URL validation failed', [problem]);
}

/**
 * "Ensure your account has a webhook secret before creating subscriptions" (createSubscription,
 * createOptOutSubscription): without one, Lusha could sign no delivery. The status and words
 * of this 400 are the sandbox's; the spec does not show Lusha's.
 */
export function checkSecret(ctx: SandboxContext): void {
  if (webhookState(ctx).secret) return;
  badRequest('Account webhook secret not found', [
    'Create an account secret with POST /api/account/secret/regenerate before creating subscriptions',
  ]);
}
