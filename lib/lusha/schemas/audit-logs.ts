/** Webhook delivery audit logs (`/api/audit-logs`): entries and their stats. */
import * as z from 'zod/mini';
import { OffsetPagination } from './webhooks';

/** Delivery status of an audit log entry. */
export const AuditLogStatus = z.enum(['success', 'failed', 'permanent_failure']);
export type AuditLogStatus = z.infer<typeof AuditLogStatus>;

/** Query of GET /api/audit-logs. */
export const GetAuditLogsQuery = z.lazy(() =>
  z.looseObject({
    subscriptionId: z.optional(z.string()),
    status: z.optional(AuditLogStatus),
    limit: z.optional(z.int().check(z.minimum(1), z.maximum(100))),
    offset: z.optional(z.int().check(z.minimum(0))),
  }),
);
export type GetAuditLogsQuery = z.infer<typeof GetAuditLogsQuery>;

/** Answer of GET /api/audit-logs. */
export const GetAuditLogsResponse = z.lazy(() =>
  z.looseObject({
    data: z.array(
      z.looseObject({
        id: z.string(),
        subscriptionId: z.string(),
        payloadId: z.string(),
        status: AuditLogStatus,
        statusCode: z.optional(z.int()),
        url: z.string(),
        deliveredAt: z.string(),
        durationMs: z.optional(z.int()),
        error: z.nullish(z.string()),
      }),
    ),
    pagination: OffsetPagination,
  }),
);
export type GetAuditLogsResponse = z.infer<typeof GetAuditLogsResponse>;

/** Answer of GET /api/audit-logs/stats. */
export const GetAuditLogStatsResponse = z.lazy(() =>
  z.looseObject({
    total: z.int(),
    success: z.int(),
    failed: z.int(),
    successRate: z.string(),
  }),
);
export type GetAuditLogStatsResponse = z.infer<typeof GetAuditLogStatsResponse>;
