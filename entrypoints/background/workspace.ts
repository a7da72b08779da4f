/**
 * The workspace's handlers (extension pages only; see lib/messaging/workspace), its services
 * per scope, the toolbar context-menu item that opens it, and its housekeeping at start.
 */
import { browser } from 'wxt/browser';
import type { DataScope } from '@/lib/db';
import { createSearchAndEnrichService } from '@/lib/lookup/search-and-enrich';
import type { Handlers } from '@/lib/messaging';
import type { WorkspaceProtocolMap } from '@/lib/messaging/workspace';
import {
  createCatalog,
  createListStore,
  createLookalikeService,
  createPriceRowsService,
  createProspectingService,
  createRunStore,
  createSavedSearchStore,
  summaryOf,
} from '@/lib/workspace';
import { outcome, toTarget } from './lookup';
import { connection, db, history, journal, pipelines, queue, ready } from './pipelines';

/** The context-menu item on the toolbar button. */
export const WORKSPACE_MENU_ID = 'prospect-lens-workspace';

const runs = createRunStore(db);
const saved = createSavedSearchStore(db);
const lists = createListStore(db);

function services(scope: DataScope) {
  const p = pipelines[scope];
  const client = () => connection.clientFor(scope);
  const pricing = async () => (await p.account.get()).pricing;
  const base = { client, billing: p.billing, runs, pricing, scope };
  return {
    catalog: createCatalog({ client, queue, db, scope }),
    prospecting: createProspectingService({ ...base, saved }),
    lookalikes: createLookalikeService({ ...base, db }),
    priceRows: createPriceRowsService(base),
    searchAndEnrich: createSearchAndEnrichService({
      client,
      billing: p.billing,
      history,
      journal,
      scope,
    }),
  };
}

/** Built once per worker, per scope (they hold only in-flight promises in memory). */
const byScope: Record<DataScope, ReturnType<typeof services>> = {
  live: services('live'),
  demo: services('demo'),
};

const scoped = async () => {
  await ready;
  const scope = await connection.scope();
  return { scope, s: byScope[scope] };
};

const today = () => new Date().toISOString().slice(0, 10);
const slug = (name: string) =>
  name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 40) || 'selection';

/** Opens the workspace in a new tab. */
export function openWorkspace(): void {
  void browser.tabs.create({ url: browser.runtime.getURL('/workspace.html') });
}

/** Adds the toolbar button's "Open workspace" item (after the scan menu cleared the menus). */
export function createWorkspaceMenu(): void {
  browser.contextMenus.create({
    id: WORKSPACE_MENU_ID,
    title: 'Open the Prospect Lens workspace',
    contexts: ['action'],
  });
}

/** Registers the menu click (call synchronously in the background's main). */
export function registerWorkspace(): void {
  browser.contextMenus.onClicked.addListener((info) => {
    if (info.menuItemId === WORKSPACE_MENU_ID) openWorkspace();
  });
}

/** Closes one-step reveals a stopped worker left open, and drops old runs and sessions. */
export async function recoverWorkspace(): Promise<void> {
  await ready;
  for (const scope of ['live', 'demo'] as const) {
    await byScope[scope].searchAndEnrich.recover().catch(() => undefined);
    await byScope[scope].lookalikes.prune().catch(() => 0);
    await byScope[scope].catalog.prune().catch(() => 0);
  }
  await runs.prune().catch(() => 0);
}

type WorkspaceHandlers = Pick<Handlers, keyof WorkspaceProtocolMap>;

/** Handlers of the workspace messages. */
export const workspaceHandlers: WorkspaceHandlers = {
  getFilterCatalog: () => outcome(async () => (await scoped()).s.catalog.filters()),
  getFilterValues: ({ group, filterType, query }) =>
    outcome(async () => (await scoped()).s.catalog.values(group, filterType, query)),
  prospectPage: (request) => outcome(async () => (await scoped()).s.prospecting.page(request)),
  findLookalikes: (request) => outcome(async () => (await scoped()).s.lookalikes.find(request)),
  priceRows: ({ kind, ids, runId }) =>
    outcome(async () => (await scoped()).s.priceRows.price(kind, ids, runId)),
  getRuns: async ({ source }) => {
    const { scope } = await scoped();
    const recent = await runs.recent(scope, 50);
    return recent.filter((r) => !source || r.source === source).map(summaryOf);
  },
  getRunRows: async ({ runId, offset, limit }) => {
    const { scope } = await scoped();
    const run = await runs.get(runId);
    return run && run.scope === scope ? runs.rows(runId, offset, limit) : [];
  },
  getSavedSearches: async () => saved.list((await scoped()).scope),
  saveSearch: ({ name, kind, choices }) =>
    outcome(async () => saved.save((await scoped()).scope, { name, kind, filters: choices })),
  deleteSavedSearch: async ({ id }) => {
    const { scope } = await scoped();
    const row = await saved.get(id);
    if (row?.scope === scope) await saved.remove(id);
    return saved.list(scope);
  },
  getLists: async () => lists.all((await scoped()).scope),
  createList: ({ name }) => outcome(async () => lists.create((await scoped()).scope, name)),
  renameList: ({ id, name }) =>
    outcome(async () => {
      const { scope } = await scoped();
      await lists.rename(scope, id, name);
      return lists.all(scope);
    }),
  deleteList: ({ id }) =>
    outcome(async () => {
      const { scope } = await scoped();
      await lists.remove(scope, id);
      return lists.all(scope);
    }),
  addToList: ({ listId, rows }) =>
    outcome(async () => {
      const { scope } = await scoped();
      const done = await lists.add(scope, listId, rows);
      return { ...done, lists: await lists.all(scope) };
    }),
  removeFromList: ({ listId, keys }) =>
    outcome(async () => {
      const { scope } = await scoped();
      await lists.removeItems(scope, listId, keys);
      return lists.all(scope);
    }),
  getListItems: ({ listId }) => outcome(async () => lists.items((await scoped()).scope, listId)),
  exportRows: ({ layout, listId, rows, name }) =>
    outcome(async () => {
      const { scope } = await scoped();
      const chosen = listId ? await lists.items(scope, listId) : (rows ?? []);
      const listName = listId ? (await lists.all(scope)).find((l) => l.id === listId)?.name : name;
      const entries = await history.get(chosen.map((r) => r.key));
      const revealed = new Map(
        entries.filter((e) => e.demo === (scope === 'demo')).map((e) => [`${e.kind}:${e.id}`, e]),
      );
      // The page writes the file (exportCsv): phone formatting stays out of the worker.
      const suffix = layout === 'plain' ? '' : `-${layout}`;
      return {
        rows: chosen,
        entries: [...revealed.values()],
        filename: `prospect-lens-${slug(listName ?? 'selection')}${suffix}-${today()}.csv`,
      };
    }),
  searchAndReveal: ({ requestId, target, reveal, expectedCredits }) =>
    outcome(async () => {
      const person = toTarget(target);
      if (person.kind !== 'person') throw new Error('people only');
      return (await scoped()).s.searchAndEnrich.searchAndEnrich({
        op: 'searchAndEnrich',
        requestId,
        target: person,
        reveal,
        expectedCredits,
      });
    }),
};
