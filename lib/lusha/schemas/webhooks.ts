/** Webhook subscriptions (`/api/...`): create, list, update, delete, test, opt-out; audit logs. */
import * as z from 'zod/mini';

/** What a subscription watches. */
export const EntityType = z.enum(['contact', 'company']);
export type EntityType = z.infer<typeof EntityType>;

/** A subscription as listed (its secret is never included). */
export const Subscription = z.lazy(() =>
  z.looseObject({
    id: z.string(),
    entityType: EntityType,
    entityId: z.string(),
    signalTypes: z.array(z.string()),
    url: z.string(),
    name: z.optional(z.string()),
    isActive: z.boolean(),
    blockReason: z.nullish(z.string()),
    blockedAt: z.nullish(z.string()),
    createdAt: z.string(),
    updatedAt: z.string(),
  }),
);
export type Subscription = z.infer<typeof Subscription>;

/** POST /api/subscriptions: 1..25 subscriptions sharing `defaults` (the client chunks more). */
export const CreateSubscriptionRequest = z.lazy(() =>
  z.looseObject({
    defaults: z.looseObject({
      url: z.url(),
      entityType: z.optional(EntityType),
      signalTypes: z.optional(z.array(z.string())),
    }),
    name: z.optional(z.string()),
    subscriptions: z
      .array(
        z.looseObject({
          entityId: z.string(),
          entityType: z.optional(EntityType),
          signalTypes: z.optional(z.array(z.string())),
          name: z.optional(z.string()),
        }),
      )
      .check(z.minLength(1), z.maxLength(25)),
  }),
);
export type CreateSubscriptionRequest = z.infer<typeof CreateSubscriptionRequest>;

/** One item's outcome in a batch: `success` tells which shape it has. */
function batchResult<T extends z.ZodMiniType, C extends z.ZodMiniType>(subscription: T, code: C) {
  return z.discriminatedUnion('success', [
    z.looseObject({ index: z.int(), success: z.literal(true), subscription }),
    z.looseObject({
      index: z.int(),
      success: z.literal(false),
      error: z.looseObject({ code, message: z.string() }),
    }),
  ]);
}

const batchCounts = {
  total: z.int(),
  successful: z.int(),
  failed: z.int(),
};

/** Answer of subscription creation (201). */
export const CreateSubscriptionResponse = z.lazy(() =>
  z.looseObject({
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
  }),
);
export type CreateSubscriptionResponse = z.infer<typeof CreateSubscriptionResponse>;

/** `limit`/`offset` paging answer; the spec's own examples sometimes omit limit/offset. */
export const OffsetPagination = z.lazy(() =>
  z.looseObject({
    total: z.int(),
    limit: z.optional(z.int()),
    offset: z.optional(z.int()),
    hasMore: z.boolean(),
  }),
);
export type OffsetPagination = z.infer<typeof OffsetPagination>;

/** Query of GET /api/subscriptions. */
export const ListSubscriptionsQuery = z.lazy(() =>
  z.looseObject({
    limit: z.optional(z.int().check(z.minimum(1), z.maximum(100))),
    offset: z.optional(z.int().check(z.minimum(0))),
  }),
);
export type ListSubscriptionsQuery = z.infer<typeof ListSubscriptionsQuery>;

/** Answer of GET /api/subscriptions. */
export const ListSubscriptionsResponse = z.lazy(() =>
  z.looseObject({
    data: z.array(Subscription),
    pagination: OffsetPagination,
  }),
);
export type ListSubscriptionsResponse = z.infer<typeof ListSubscriptionsResponse>;

/** PATCH /api/subscriptions/{id}. */
export const UpdateSubscriptionRequest = z.lazy(() =>
  z.looseObject({
    signalTypes: z.optional(z.array(z.string())),
    url: z.optional(z.url()),
    name: z.optional(z.string()),
    isActive: z.optional(z.boolean()),
    regenerateSecret: z.optional(z.boolean()),
  }),
);
export type UpdateSubscriptionRequest = z.infer<typeof UpdateSubscriptionRequest>;

/** Answer of an update: the subscription, with its `secret`. */
export const UpdateSubscriptionResponse = z.lazy(() =>
  z.looseObject({
    id: z.optional(z.string()),
    entityType: z.optional(EntityType),
    entityId: z.optional(z.string()),
    signalTypes: z.optional(z.array(z.string())),
    url: z.optional(z.string()),
    name: z.optional(z.string()),
    isActive: z.optional(z.boolean()),
    secret: z.optional(z.string()),
    createdAt: z.optional(z.string()),
    updatedAt: z.optional(z.string()),
  }),
);
export type UpdateSubscriptionResponse = z.infer<typeof UpdateSubscriptionResponse>;

/** POST /api/subscriptions/delete: 1..25 ids (the client chunks more). */
export const DeleteSubscriptionsRequest = z.lazy(() =>
  z.looseObject({
    ids: z.array(z.string()).check(z.minLength(1), z.maxLength(25)),
  }),
);
export type DeleteSubscriptionsRequest = z.infer<typeof DeleteSubscriptionsRequest>;

/** Answer of a batch delete. */
export const DeleteSubscriptionsResponse = z.lazy(() =>
  z.looseObject({
    ...batchCounts,
    results: z.array(
      batchResult(
        z.looseObject({
          id: z.optional(z.string()),
          entityType: z.optional(z.string()),
          entityId: z.optional(z.string()),
          name: z.optional(z.string()),
        }),
        z.enum(['NOT_FOUND', 'VALIDATION_ERROR', 'FORBIDDEN', 'UNKNOWN_ERROR']),
      ),
    ),
  }),
);
export type DeleteSubscriptionsResponse = z.infer<typeof DeleteSubscriptionsResponse>;

/** `mode` of a test delivery. */
export const TestSubscriptionMode = z.enum(['direct', 'kafka', 'full']);
export type TestSubscriptionMode = z.infer<typeof TestSubscriptionMode>;

/** Answer of POST /api/subscriptions/{id}/test. */
export const TestSubscriptionResponse = z.lazy(() =>
  z.looseObject({
    subscriptionId: z.string(),
    subscriptionName: z.optional(z.string()),
    url: z.string(),
    mode: TestSubscriptionMode,
    flowCheck: z.optional(
      z.looseObject({
        success: z.optional(z.boolean()),
        statusCode: z.optional(z.int()),
        durationMs: z.optional(z.int()),
      }),
    ),
    testPayload: z.optional(
      z.looseObject({
        entityType: z.optional(z.string()),
        signalType: z.optional(z.string()),
        data: z.optional(z.looseObject({})),
      }),
    ),
    isSuccess: z.boolean(),
    timestamp: z.string(),
  }),
);
export type TestSubscriptionResponse = z.infer<typeof TestSubscriptionResponse>;

/** POST /api/subscriptions/opt-out. */
export const CreateOptOutSubscriptionRequest = z.lazy(() =>
  z.looseObject({
    entityType: z.literal('contact'),
    url: z.url(),
    name: z.optional(z.string()),
  }),
);
export type CreateOptOutSubscriptionRequest = z.infer<typeof CreateOptOutSubscriptionRequest>;

/** Answer of opt-out subscription creation (201). */
export const CreateOptOutSubscriptionResponse = z.lazy(() =>
  z.looseObject({
    id: z.string(),
    entityType: z.literal('contact'),
    entityId: z.string(),
    signalTypes: z.array(z.string()),
    url: z.string(),
    name: z.optional(z.string()),
    isActive: z.boolean(),
    createdAt: z.string(),
    updatedAt: z.string(),
  }),
);
export type CreateOptOutSubscriptionResponse = z.infer<typeof CreateOptOutSubscriptionResponse>;
