/**
 * The workspace's services over a real in-process sandbox with a manual clock (so a dedupe
 * session can expire), on the look-up pipeline's billing gate and a database of their own.
 */
import { createSandbox, type Sandbox } from '@/lib/sandbox';
import {
  createCatalog,
  createListStore,
  createLookalikeService,
  createPriceRowsService,
  createProspectingService,
  createRunStore,
  createSavedSearchStore,
} from '@/lib/workspace';
import { BASE, sandboxPipeline } from '../lookup/support';

/** Services over `sandbox` (a manual-clock one by default); `now` is the extension's clock. */
export function workspaceServices(sandbox: Sandbox = createSandbox({ clock: 'manual' })) {
  const base = sandboxPipeline('sandbox-key', sandbox);
  const { requests, client } = base;
  const clock = { now: Date.parse('2026-06-15T12:00:00Z') };
  const now = () => clock.now;
  const runs = createRunStore(base.db);
  const saved = createSavedSearchStore(base.db, now);
  const pricing = async () => (await base.account.get()).pricing;
  const deps = {
    client: async () => client,
    billing: base.billing,
    runs,
    pricing,
    scope: 'live' as const,
    now,
  };
  const control = async (path: string, init?: RequestInit) =>
    (await sandbox.handle(new Request(`${BASE}${path}`, init))).json();
  return {
    ...base,
    requests,
    clock,
    runs,
    saved,
    lists: createListStore(base.db, now),
    catalog: createCatalog({
      client: async () => client,
      queue: base.queue,
      db: base.db,
      scope: 'live',
      now,
    }),
    prospecting: createProspectingService({ ...deps, saved }),
    lookalikes: createLookalikeService({ ...deps, db: base.db }),
    priceRows: createPriceRowsService(deps),
    /** Balance and spend of the sandbox account. */
    state: async () =>
      (await control('/__sandbox/state?key=sandbox-key')) as {
        credits: { remaining: number; used: number };
      },
    /** API calls and credits by operation, as the sandbox counted them. */
    calls: async () =>
      (await control('/__sandbox/calls?key=sandbox-key')) as {
        operations: Record<string, { calls: number; creditsCharged: number }>;
      },
  };
}
