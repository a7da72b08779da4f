/**
 * Request bodies and queries of the sandbox's webhook management API (routes in webhooks.ts):
 * at most 25 items a batch, URLs up to 2048 characters, names up to 100.
 */
import * as z from 'zod/mini';

const EntityTypeSchema = z.enum(['contact', 'company']);

/** `POST /api/subscriptions`: shared `defaults` and 1-25 subscriptions. */
export const CreateSubscriptionsBody = z.object({
  defaults: z.object({
    url: z.string().check(z.maxLength(2048)),
    entityType: z.optional(EntityTypeSchema),
    signalTypes: z.optional(z.array(z.string())),
  }),
  name: z.optional(z.string().check(z.maxLength(100))),
  subscriptions: z
    .array(
      z.object({
        entityId: z.string().check(z.minLength(1), z.maxLength(255)),
        entityType: z.optional(EntityTypeSchema),
        signalTypes: z.optional(z.array(z.string())),
        name: z.optional(z.string().check(z.maxLength(100))),
      }),
    )
    .check(z.minLength(1), z.maxLength(25)),
});
export type CreateSubscriptionsBody = z.infer<typeof CreateSubscriptionsBody>;
/** One subscription of a create request. */
export type CreateItem = CreateSubscriptionsBody['subscriptions'][number];

/** `PATCH /api/subscriptions/:id`. */
export const UpdateSubscriptionBody = z.object({
  signalTypes: z.optional(z.array(z.string()).check(z.minLength(1))),
  url: z.optional(z.string().check(z.maxLength(2048))),
  name: z.optional(z.string().check(z.maxLength(100))),
  isActive: z.optional(z.boolean()),
  regenerateSecret: z.optional(z.boolean()),
});

/** `POST /api/subscriptions/delete`: 1-25 ids. */
export const DeleteSubscriptionsBody = z.object({
  ids: z.array(z.string()).check(z.minLength(1), z.maxLength(25)),
});

/** `POST /api/subscriptions/opt-out`. */
export const OptOutBody = z.object({
  entityType: z.literal('contact'),
  url: z.string().check(z.maxLength(2048)),
  name: z.optional(z.string().check(z.maxLength(100))),
});

/** Query of `GET /api/subscriptions` (text, hence coerced). */
export const ListQuery = z.object({
  limit: z._default(z.coerce.number().check(z.int(), z.minimum(1), z.maximum(100)), 10),
  offset: z._default(z.coerce.number().check(z.int(), z.minimum(0)), 0),
});
