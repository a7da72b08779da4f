/** Webhook subscriptions (`/api/...`): create, list, update, delete, test, opt-out; audit logs. */
import { z } from 'zod';

/** What a subscription watches. */
export const EntityType = z.enum(['contact', 'company']);
export type EntityType = z.infer<typeof EntityType>;

/** A subscription as listed (its secret is never included). */
export const Subscription = z.looseObject({
  id: z.string(),
  entityType: EntityType,
  entityId: z.string(),
  signalTypes: z.array(z.string()),
  url: z.string(),
  name: z.string().optional(),
  isActive: z.boolean(),
  blockReason: z.string().nullish(),
  blockedAt: z.string().nullish(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Subscription = z.infer<typeof Subscription>;

/** POST /api/subscriptions: 1..25 subscriptions sharing `defaults` (the client chunks more). */
export const CreateSubscriptionRequest = z.looseObject({
  defaults: z.looseObject({
    url: z.url(),
    entityType: EntityType.optional(),
    signalTypes: z.array(z.string()).optional(),
  }),
  name: z.string().optional(),
  subscriptions: z
    .array(
      z.looseObject({
        entityId: z.string(),
        entityType: EntityType.optional(),
        signalTypes: z.array(z.string()).optional(),
        name: z.string().optional(),
      }),
    )
    .min(1)
    .max(25),
});
export type CreateSubscriptionRequest = z.infer<typeof CreateSubscriptionRequest>;

/** One item's outcome in a batch: `success` tells which shape it has. */
function batchResult<T extends z.ZodType, C extends z.ZodType>(subscription: T, code: C) {
  return z.discriminatedUnion('success', [
    z.looseObject({ index: z.number().int(), success: z.literal(true), subscription }),
    z.looseObject({
      index: z.number().int(),
      success: z.literal(false),
      error: z.looseObject({ code, message: z.string() }),
    }),
  ]);
}

const batchCounts = {
  total: z.number().int(),
  successful: z.number().int(),
  failed: z.number().int(),
};

/** Answer of subscription creation (201). */
export const CreateSubscriptionResponse = z.looseObject({
  ...batchCounts,
  results: z.array(
    batchResult(
      Subscription,
      z.enum([
        'VALIDATION_ERROR',
        'DUPLICATE_SUBSCRIPTION',
        'URL_VALIDATION_FAILED',
        'WEBHOOK_VERIFICATION_FAILED',
        'FORBIDDEN',
        'UNKNOWN_ERROR',
      ]),
    ),
  ),
});
export type CreateSubscriptionResponse = z.infer<typeof CreateSubscriptionResponse>;

/** `limit`/`offset` paging answer; the spec's own examples sometimes omit limit/offset. */
export const OffsetPagination = z.looseObject({
  total: z.number().int(),
  limit: z.number().int().optional(),
  offset: z.number().int().optional(),
  hasMore: z.boolean(),
});
export type OffsetPagination = z.infer<typeof OffsetPagination>;

/** Query of GET /api/subscriptions. */
export const ListSubscriptionsQuery = z.looseObject({
  limit: z.number().int().min(1).max(100).optional(),
  offset: z.number().int().min(0).optional(),
});
export type ListSubscriptionsQuery = z.infer<typeof ListSubscriptionsQuery>;

/** Answer of GET /api/subscriptions. */
export const ListSubscriptionsResponse = z.looseObject({
  data: z.array(Subscription),
  pagination: OffsetPagination,
});
export type ListSubscriptionsResponse = z.infer<typeof ListSubscriptionsResponse>;

/** PATCH /api/subscriptions/{id}. */
export const UpdateSubscriptionRequest = z.looseObject({
  signalTypes: z.array(z.string()).optional(),
  url: z.url().optional(),
  name: z.string().optional(),
  isActive: z.boolean().optional(),
  regenerateSecret: z.boolean().optional(),
});
export type UpdateSubscriptionRequest = z.infer<typeof UpdateSubscriptionRequest>;

/** Answer of an update: the subscription, with its `secret`. */
export const UpdateSubscriptionResponse = z.looseObject({
  id: z.string().optional(),
  entityType: EntityType.optional(),
  entityId: z.string().optional(),
  signalTypes: z.array(z.string()).optional(),
  url: z.string().optional(),
  name: z.string().optional(),
  isActive: z.boolean().optional(),
  secret: z.string().optional(),
  createdAt: z.string().optional(),
  updatedAt: z.string().optional(),
});
export type UpdateSubscriptionResponse = z.infer<typeof UpdateSubscriptionResponse>;

/** POST /api/subscriptions/delete: 1..25 ids (the client chunks more). */
export const DeleteSubscriptionsRequest = z.looseObject({
  ids: z.array(z.string()).min(1).max(25),
});
export type DeleteSubscriptionsRequest = z.infer<typeof DeleteSubscriptionsRequest>;

/** Answer of a batch delete. */
export const DeleteSubscriptionsResponse = z.looseObject({
  ...batchCounts,
  results: z.array(
    batchResult(
      z.looseObject({
        id: z.string().optional(),
        entityType: z.string().optional(),
        entityId: z.string().optional(),
        name: z.string().optional(),
      }),
      z.enum(['NOT_FOUND', 'VALIDATION_ERROR', 'FORBIDDEN', 'UNKNOWN_ERROR']),
    ),
  ),
});
export type DeleteSubscriptionsResponse = z.infer<typeof DeleteSubscriptionsResponse>;

/** `mode` of a test delivery. */
export const TestSubscriptionMode = z.enum(['direct', 'kafka', 'full']);
export type TestSubscriptionMode = z.infer<typeof TestSubscriptionMode>;

/** Answer of POST /api/subscriptions/{id}/test. */
export const TestSubscriptionResponse = z.looseObject({
  subscriptionId: z.string(),
  subscriptionName: z.string().optional(),
  url: z.string(),
  mode: TestSubscriptionMode,
  flowCheck: z
    .looseObject({
      success: z.boolean().optional(),
      statusCode: z.number().int().optional(),
      durationMs: z.number().int().optional(),
    })
    .optional(),
  testPayload: z
    .looseObject({
      entityType: z.string().optional(),
      signalType: z.string().optional(),
      data: z.looseObject({}).optional(),
    })
    .optional(),
  isSuccess: z.boolean(),
  timestamp: z.string(),
});
export type TestSubscriptionResponse = z.infer<typeof TestSubscriptionResponse>;

/** POST /api/subscriptions/opt-out. */
export const CreateOptOutSubscriptionRequest = z.looseObject({
  entityType: z.literal('contact'),
  url: z.url(),
  name: z.string().optional(),
});
export type CreateOptOutSubscriptionRequest = z.infer<typeof CreateOptOutSubscriptionRequest>;

/** Answer of opt-out subscription creation (201). */
export const CreateOptOutSubscriptionResponse = z.looseObject({
  id: z.string(),
  entityType: z.literal('contact'),
  entityId: z.string(),
  signalTypes: z.array(z.string()),
  url: z.string(),
  name: z.string().optional(),
  isActive: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type CreateOptOutSubscriptionResponse = z.infer<typeof CreateOptOutSubscriptionResponse>;

/** Delivery status of an audit log entry. */
export const AuditLogStatus = z.enum(['success', 'failed', 'permanent_failure']);
export type AuditLogStatus = z.infer<typeof AuditLogStatus>;

/** Query of GET /api/audit-logs. */
export const GetAuditLogsQuery = z.looseObject({
  subscriptionId: z.string().optional(),
  status: AuditLogStatus.optional(),
  limit: z.number().int().min(1).max(100).optional(),
  offset: z.number().int().min(0).optional(),
});
export type GetAuditLogsQuery = z.infer<typeof GetAuditLogsQuery>;

/** Answer of GET /api/audit-logs. */
export const GetAuditLogsResponse = z.looseObject({
  data: z.array(
    z.looseObject({
      id: z.string(),
      subscriptionId: z.string(),
      payloadId: z.string(),
      status: AuditLogStatus,
      statusCode: z.number().int().optional(),
      url: z.string(),
      deliveredAt: z.string(),
      durationMs: z.number().int().optional(),
      error: z.string().nullish(),
    }),
  ),
  pagination: OffsetPagination,
});
export type GetAuditLogsResponse = z.infer<typeof GetAuditLogsResponse>;

/** Answer of GET /api/audit-logs/stats. */
export const GetAuditLogStatsResponse = z.looseObject({
  total: z.number().int(),
  success: z.number().int(),
  failed: z.number().int(),
  successRate: z.string(),
});
export type GetAuditLogStatsResponse = z.infer<typeof GetAuditLogStatsResponse>;
