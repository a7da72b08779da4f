/** Account: credit usage, rate limits, plan and pricing; webhook account secret. */
import { z } from 'zod';

/** One rate-limit tier of the usage answer. */
export const RateLimitTier = z.looseObject({
  limit: z.number().optional(),
  used: z.number().optional(),
  remaining: z.number().optional(),
  resetsAt: z.string().optional(),
});
export type RateLimitTier = z.infer<typeof RateLimitTier>;

/** Answer of GET /v3/account/usage. */
export const GetAccountUsageResponse = z.looseObject({
  credits: z
    .looseObject({
      total: z.number().optional(),
      used: z.number().optional(),
      remaining: z.number().optional(),
    })
    .optional(),
  rateLimits: z
    .looseObject({
      daily: RateLimitTier.optional(),
      hourly: RateLimitTier.optional(),
      minute: RateLimitTier.optional(),
    })
    .optional(),
  plan: z
    .looseObject({
      category: z.string().optional(),
      renewalType: z.string().optional(),
      startDate: z.string().optional(),
      endDate: z.string().nullish(),
    })
    .optional(),
  pricing: z
    .record(
      z.string(),
      z.looseObject({ credits: z.number().optional(), perQuantity: z.number().optional() }),
    )
    .optional(),
});
export type GetAccountUsageResponse = z.infer<typeof GetAccountUsageResponse>;

/** Answer of GET /api/account/secret and POST /api/account/secret/regenerate. */
export const AccountSecretResponse = z.looseObject({ secret: z.string() });
export type AccountSecretResponse = z.infer<typeof AccountSecretResponse>;
