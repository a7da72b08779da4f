/**
 * `GET /v3/account/usage` (getAccountUsage): credits, rate-limit windows, plan and the price
 * list the sandbox bills from. Free, and limited to 5 requests per minute.
 */
import type { Dataset } from '../dataset';
import type { RouteDef } from '../types';

export const accountRoutes: RouteDef<Dataset>[] = [
  {
    operationId: 'getAccountUsage',
    method: 'GET',
    path: '/v3/account/usage',
    rateClass: 'usage',
    handler: (_input, ctx) => ({ status: 200, body: ctx.usage() }),
  },
];
