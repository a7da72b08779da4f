/**
 * Every operation the sandbox serves: the core's enrichment and account routes plus the route
 * modules for prospecting, filters, signals, lookalikes, website visits and webhooks.
 */
import type { Dataset } from '../dataset';
import type { RouteDef } from '../types';
import { accountRoutes } from './account';
import { enrichRoutes } from './enrich';
import { filterRoutes } from './filters';
import { lookalikeRoutes } from './lookalikes';
import { prospectingRoutes } from './prospecting';
import { searchRoutes } from './search';
import { searchAndEnrichRoutes } from './search-and-enrich';
import { signalRoutes } from './signals';
import { webhookRoutes } from './webhooks';
import { websiteVisitRoutes } from './website-visits';

/** All routes, core first. */
export const allRoutes: RouteDef<Dataset>[] = [
  ...searchRoutes,
  ...enrichRoutes,
  ...searchAndEnrichRoutes,
  ...accountRoutes,
  ...prospectingRoutes,
  ...filterRoutes,
  ...signalRoutes,
  ...lookalikeRoutes,
  ...websiteVisitRoutes,
  ...webhookRoutes,
];
