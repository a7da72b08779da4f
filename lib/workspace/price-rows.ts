/**
 * Reveal costs for rows that came without them (lookalike results are "lightweight previews"):
 * a billed search by Lusha id (`api_search` per result) brings each one's `canReveal`, so the
 * reveal that follows is quoted exactly. The costs are kept in the run's rows.
 */
import type { LushaClient } from '@/lib/lusha';
import type { Billing } from '@/lib/lookup/billing';
import type { Pricing } from '@/lib/lookup/pricing';
import { priceRowsCost } from './costs';
import { rowsOf } from './rows';
import type { RunStore } from './runs';
import type { EntityKind, ResultRow } from './types';

export interface PriceRowsDeps {
  client: () => Promise<LushaClient>;
  billing: Billing;
  runs: RunStore;
  pricing: () => Promise<Pricing>;
}

export interface PricedRows {
  /** The rows with `has` and `canReveal` filled in (others left out). */
  rows: ResultRow[];
  charged: number;
}

/** The service; one per pipeline. */
export function createPriceRowsService(deps: PriceRowsDeps) {
  return {
    /** Searches `ids` by id; fills in their costs (in `runId`'s rows when given). */
    async price(kind: EntityKind, ids: string[], runId?: string): Promise<PricedRows> {
      const unique = [...new Set(ids)];
      const client = await deps.client();
      const { result, charged } = await deps.billing.call({
        id: `price:${crypto.randomUUID()}`,
        action: kind === 'contacts' ? 'searchContacts' : 'searchCompanies',
        estimate: priceRowsCost(await deps.pricing(), unique.length),
        repeatable: false,
        send: () =>
          kind === 'contacts'
            ? client.searchContacts({
                contacts: unique.map((id) => ({ clientReferenceId: id, id })),
              })
            : client.searchCompanies({
                companies: unique.map((id) => ({ clientReferenceId: id, id })),
              }),
      });
      const found = rowsOf(kind, (result.data.results ?? []) as unknown[]);
      if (!runId) return { rows: found, charged };
      const kept = new Map((await deps.runs.rows(runId)).map((r) => [r.key, r]));
      const merged = found.flatMap((row) => {
        const old = kept.get(row.key);
        return old ? [{ ...old, has: row.has, canReveal: row.canReveal ?? [] }] : [row];
      });
      await deps.runs.updateRows(runId, merged).catch(() => undefined);
      return { rows: merged, charged };
    },
  };
}

export type PriceRowsService = ReturnType<typeof createPriceRowsService>;
