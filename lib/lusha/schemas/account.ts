/** Account: credit usage, rate limits, plan and pricing; webhook account secret. */
import * as z from 'zod/mini';

/** One rate-limit tier of the usage answer. */
export const RateLimitTier = z.lazy(() =>
  z.looseObject({
    limit: z.optional(z.number()),
    used: z.optional(z.number()),
    remaining: z.optional(z.number()),
    resetsAt: z.optional(z.string()),
  }),
);
export type RateLimitTier = z.infer<typeof RateLimitTier>;

/** Answer of GET /v3/account/usage. */
export const GetAccountUsageResponse = z.lazy(() =>
  z.looseObject({
    credits: z.optional(
      z.looseObject({
        total: z.optional(z.number()),
        used: z.optional(z.number()),
        remaining: z.optional(z.number()),
      }),
    ),
    rateLimits: z.optional(
      z.looseObject({
        daily: z.optional(RateLimitTier),
        hourly: z.optional(RateLimitTier),
        minute: z.optional(RateLimitTier),
      }),
    ),
    plan: z.optional(
      z.looseObject({
        category: z.optional(z.string()),
        renewalType: z.optional(z.string()),
        startDate: z.optional(z.string()),
        endDate: z.nullish(z.string()),
      }),
    ),
    pricing: z.optional(
      z.record(
        z.string(),
        z.looseObject({ credits: z.optional(z.number()), perQuantity: z.optional(z.number()) }),
      ),
    ),
  }),
);
export type GetAccountUsageResponse = z.infer<typeof GetAccountUsageResponse>;

/** Answer of GET /api/account/secret and POST /api/account/secret/regenerate. */
export const AccountSecretResponse = z.lazy(() => z.looseObject({ secret: z.string() }));
export type AccountSecretResponse = z.infer<typeof AccountSecretResponse>;
