/**
 * Lusha's webhook management API (`/api/...`, rate class `webhooks`): bulk create and delete
 * (at most 25 items), list, get, update, opt-out subscriptions, test deliveries, audit logs
 * and the account secret. Per-item failures are reported in `results`, as the spec shows.
 */
import type { Dataset } from '../dataset';
import { SandboxHttpError, type RouteDef, type RouteInput, type SandboxContext } from '../types';
import { badRequest, parseInput } from './prospecting-common';
import {
  accountNumber,
  checkSecret,
  checkUrl,
  findSubscription,
  listPagination,
  storeSubscription,
  newSecret,
  publicSubscription,
  signalTypesFor,
  webhookState,
  type EntityType,
} from './webhooks-store';
import {
  getAccountSecret,
  getAuditLogs,
  getAuditLogStats,
  regenerateAccountSecret,
  testSubscription,
} from './webhooks-delivery';
import {
  CreateSubscriptionsBody,
  DeleteSubscriptionsBody,
  ListQuery,
  OptOutBody,
  UpdateSubscriptionBody,
  type CreateItem,
} from './webhooks-schema';

function invalidSignalTypes(entityType: EntityType, types: string[]): string[] {
  const allowed = signalTypesFor(entityType);
  return types.filter((t) => !allowed.includes(t));
}

type ItemOutcome =
  | { index: number; success: true; subscription: ReturnType<typeof publicSubscription> }
  | { index: number; success: false; error: { code: string; message: string } };

/** Why an item cannot be created, or null when it can. */
function itemProblem(
  ctx: SandboxContext,
  entityType: EntityType | undefined,
  signalTypes: string[] | undefined,
  entityId: string,
): { code: string; message: string } | null {
  const invalid = (code: string, message: string) => ({ code, message });
  if (!entityType)
    return invalid('VALIDATION_ERROR', 'entityType must be one of: contact, company');
  if (!signalTypes?.length) return invalid('VALIDATION_ERROR', 'signalTypes must not be empty');
  const unknown = invalidSignalTypes(entityType, signalTypes);
  if (unknown.length) {
    return invalid(
      'VALIDATION_ERROR',
      `Invalid signal types for ${entityType}: ${unknown.join(', ')}`,
    );
  }
  const duplicate = [...webhookState(ctx).subscriptions.values()].some(
    (s) => s.entityType === entityType && s.entityId === entityId,
  );
  if (duplicate) {
    return invalid(
      'DUPLICATE_SUBSCRIPTION',
      `Subscription already exists for entity type '${entityType}' with entity ID '${entityId}'`,
    );
  }
  return null;
}

function createOne(
  ctx: SandboxContext,
  body: CreateSubscriptionsBody,
  item: CreateItem,
  index: number,
): ItemOutcome {
  const entityType = item.entityType ?? body.defaults.entityType;
  const signalTypes = item.signalTypes ?? body.defaults.signalTypes;
  const problem = itemProblem(ctx, entityType, signalTypes, item.entityId);
  if (problem) return { index, success: false, error: problem };
  // itemProblem has checked that both are present.
  const subscription = storeSubscription(ctx, {
    entityType: entityType!,
    entityId: item.entityId,
    signalTypes: [...new Set(signalTypes!)],
    url: body.defaults.url,
    name: item.name ?? (body.name ? `${body.name} ${item.entityId}` : undefined),
  });
  return { index, success: true, subscription: publicSubscription(subscription) };
}

function createSubscription(input: RouteInput, ctx: SandboxContext) {
  const body = parseInput(CreateSubscriptionsBody, input.body);
  checkUrl(body.defaults.url);
  checkSecret(ctx);
  const results = body.subscriptions.map((item, index) => createOne(ctx, body, item, index));
  const successful = results.filter((r) => r.success).length;
  return {
    status: 201,
    body: { total: results.length, successful, failed: results.length - successful, results },
  };
}

function listSubscriptions(input: RouteInput, ctx: SandboxContext) {
  const { limit, offset } = parseInput(ListQuery, Object.fromEntries(input.query));
  const all = [...webhookState(ctx).subscriptions.values()].sort(
    (a, b) => b.createdAt.localeCompare(a.createdAt) || b.id.localeCompare(a.id),
  );
  return {
    status: 200,
    body: {
      data: all.slice(offset, offset + limit).map(publicSubscription),
      pagination: listPagination(all.length, limit, offset),
    },
  };
}

function getSubscriptionById(input: RouteInput, ctx: SandboxContext) {
  return { status: 200, body: publicSubscription(findSubscription(ctx, input.params.id)) };
}

function updateSubscription(input: RouteInput, ctx: SandboxContext) {
  const sub = findSubscription(ctx, input.params.id);
  const body = parseInput(UpdateSubscriptionBody, input.body ?? {});
  if (body.url !== undefined) checkUrl(body.url);
  if (body.signalTypes) {
    const invalid = invalidSignalTypes(sub.entityType, body.signalTypes);
    if (invalid.length)
      badRequest('Validation failed', [`Invalid signal types: ${invalid.join(', ')}`]);
    sub.signalTypes = [...new Set(body.signalTypes)];
  }
  if (body.url !== undefined) sub.url = body.url;
  if (body.name !== undefined) sub.name = body.name;
  if (body.isActive !== undefined) {
    sub.isActive = body.isActive;
    if (body.isActive) Object.assign(sub, { blockReason: null, blockedAt: null });
  }
  // "The new secret affects all subscriptions for your account ... immediately invalidates the
  // old secret" (updateSubscription): it is the account secret that deliveries are signed with.
  if (body.regenerateSecret) webhookState(ctx).secret = newSecret(ctx);
  sub.updatedAt = new Date(ctx.clock.now()).toISOString();
  const { blockReason: _r, blockedAt: _b, ...view } = publicSubscription(sub);
  return {
    status: 200,
    body: body.regenerateSecret ? { ...view, secret: webhookState(ctx).secret } : view,
  };
}

function deleteSubscriptions(input: RouteInput, ctx: SandboxContext) {
  const { ids } = parseInput(DeleteSubscriptionsBody, input.body);
  const state = webhookState(ctx);
  const results = [...new Set(ids)].map((id, index) => {
    const sub = state.subscriptions.get(id);
    if (!sub) {
      const error = { code: 'NOT_FOUND', message: `Subscription with id '${id}' not found` };
      return { index, success: false as const, error };
    }
    state.subscriptions.delete(id);
    const { entityType, entityId, name } = sub;
    return { index, success: true as const, subscription: { id, entityType, entityId, name } };
  });
  const successful = results.filter((r) => r.success).length;
  return {
    status: 200,
    body: { total: results.length, successful, failed: results.length - successful, results },
  };
}

function createOptOutSubscription(input: RouteInput, ctx: SandboxContext) {
  const body = parseInput(OptOutBody, input.body);
  checkUrl(body.url);
  checkSecret(ctx);
  const state = webhookState(ctx);
  const existing = [...state.subscriptions.values()].some((s) => s.signalTypes.includes('optOut'));
  if (existing) {
    throw new SandboxHttpError(403, 'An opt-out subscription already exists for this account');
  }
  const subscription = storeSubscription(ctx, {
    entityType: 'contact',
    entityId: accountNumber(ctx.account.key),
    signalTypes: ['optOut'],
    url: body.url,
    name: body.name,
  });
  const { blockReason: _r, blockedAt: _b, ...view } = publicSubscription(subscription);
  return { status: 201, body: view };
}

const route = (
  operationId: string,
  method: RouteDef['method'],
  path: string,
  handler: RouteDef<Dataset>['handler'],
): RouteDef<Dataset> => ({ operationId, method, path, rateClass: 'webhooks', handler });

/** The webhook operations, for the sandbox router. */
export const webhookRoutes: RouteDef<Dataset>[] = [
  route('createSubscription', 'POST', '/api/subscriptions', createSubscription),
  route('listSubscriptions', 'GET', '/api/subscriptions', listSubscriptions),
  route('deleteSubscriptions', 'POST', '/api/subscriptions/delete', deleteSubscriptions),
  route('createOptOutSubscription', 'POST', '/api/subscriptions/opt-out', createOptOutSubscription),
  route('getSubscriptionById', 'GET', '/api/subscriptions/:id', getSubscriptionById),
  route('updateSubscription', 'PATCH', '/api/subscriptions/:id', updateSubscription),
  route('testSubscription', 'POST', '/api/subscriptions/:id/test', testSubscription),
  route('getAuditLogs', 'GET', '/api/audit-logs', getAuditLogs),
  route('getAuditLogStats', 'GET', '/api/audit-logs/stats', getAuditLogStats),
  route('getAccountSecret', 'GET', '/api/account/secret', getAccountSecret),
  route(
    'regenerateAccountSecret',
    'POST',
    '/api/account/secret/regenerate',
    regenerateAccountSecret,
  ),
];
