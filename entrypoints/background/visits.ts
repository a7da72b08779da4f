/**
 * The website-visits handlers (extension pages only): tracked domains and pages of visiting
 * companies. Revealing a visiting company is the ordinary `enrich` message (./lookup).
 */
import type { DataScope } from '@/lib/db';
import type { Handlers } from '@/lib/messaging';
import { createVisitsService } from '@/lib/monitoring/visits';
import { normalizeTrackedDomain } from '@/lib/monitoring/visits-range';
import { trackedDomainsItem } from '@/lib/storage';
import { outcome } from './lookup';
import { connection, pipelines, ready } from './pipelines';

const visitsFor = (scope: DataScope) =>
  createVisitsService({
    client: () => connection.clientFor(scope),
    billing: pipelines[scope].billing,
    trackedDomains: () => trackedDomainsItem.getValue(),
  });

const services = { live: visitsFor('live'), demo: visitsFor('demo') };

/** A domain the rep typed that is not one. */
class DomainError extends Error {
  readonly kind = 'itemFailed';
  constructor(readonly userMessage: string) {
    super(userMessage);
  }
}

/** Handlers of the website-visits messages. */
export const visitHandlers: Pick<
  Handlers,
  'getTrackedDomains' | 'saveTrackedDomains' | 'getWebsiteVisits'
> = {
  getTrackedDomains: () => trackedDomainsItem.getValue(),
  saveTrackedDomains: ({ domains }) =>
    outcome(async () => {
      const wrong = domains.filter((d) => !normalizeTrackedDomain(d));
      if (wrong.length) {
        throw new DomainError(
          `${wrong.map((d) => `“${d.slice(0, 60)}”`).join(', ')} ${wrong.length === 1 ? 'is not a domain' : 'are not domains'}: type them as example.com.`,
        );
      }
      const clean = [...new Set(domains.map((d) => normalizeTrackedDomain(d)!))];
      await trackedDomainsItem.setValue(clean);
      return clean;
    }),
  getWebsiteVisits: async ({ requestId, ...query }) => {
    await ready;
    return outcome(async () => services[await connection.scope()].visits(query, requestId));
  },
};
