/**
 * Lookalikes: people or companies like 5-100 seeds, billed per result. Lusha's dedupe session
 * is kept per seed set for 30 days from its last use (as Lusha keeps it), so asking again with
 * the same seeds ("More like these") brings no one twice. A session Lusha no longer knows (410)
 * is dropped and a new one started in the same click, and the rep is told in plain words.
 */
import type { DataScope, LensDb } from '@/lib/db';
import { isLushaApiError, type LushaClient } from '@/lib/lusha';
import type { Billing } from '@/lib/lookup/billing';
import type { Pricing } from '@/lib/lookup/pricing';
import { lookalikeCost, MAX_SEEDS, MIN_SEEDS } from './costs';
import { WorkspaceError } from './prospecting';
import { rowsOf } from './rows';
import { summaryOf, type RunStore } from './runs';
import type { EntityKind, ResultRow, RunSummary } from './types';

/** Lusha keeps a dedupe session 30 days from its last use. */
export const SESSION_TTL_MS = 30 * 86_400_000;

/** Seeds by identifier kind (contacts: ids, LinkedIn URLs, emails; companies: domains, URLs). */
export interface Seeds {
  ids?: string[];
  linkedinUrls?: string[];
  emails?: string[];
  domains?: string[];
}

export interface LookalikeRequest {
  runId: string;
  kind: EntityKind;
  seeds: Seeds;
  label: string;
  limit: number;
}

export interface LookalikeOutcome {
  run: RunSummary;
  rows: ResultRow[];
  charged: number;
  hasMore: boolean;
  /** Lusha had forgotten the session: a new one was started (people may show again). */
  renewed: boolean;
  /** Results already in this run (only after a renewed session). */
  repeated: number;
  saved: boolean;
}

export interface LookalikeDeps {
  client: () => Promise<LushaClient>;
  billing: Billing;
  runs: RunStore;
  db: LensDb;
  pricing: () => Promise<Pricing>;
  scope: DataScope;
  now?: () => number;
}

/** The distinct seeds, lower-cased, in one sorted list (what identifies a seed set). */
export function seedList(seeds: Seeds): string[] {
  const all = Object.entries(seeds).flatMap(([kind, list]) =>
    (list ?? []).map((s: string) => `${kind}:${s.trim().toLowerCase()}`),
  );
  return [...new Set(all)].sort();
}

async function hashOf(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** The lookalike service; one per pipeline. */
export function createLookalikeService(deps: LookalikeDeps) {
  const now = deps.now ?? Date.now;

  async function session(id: string) {
    const row = await deps.db.lookalikeSessions.get(id);
    if (row && now() - row.lastUsedAt > SESSION_TTL_MS) {
      await deps.db.lookalikeSessions.delete(id);
      return null;
    }
    return row ?? null;
  }

  function body(request: LookalikeRequest, dedupeSessionId: string | undefined) {
    const { ids, linkedinUrls, emails, domains } = request.seeds;
    const pick = <T>(o: T) =>
      Object.fromEntries(Object.entries(o as object).filter(([, v]) => v?.length)) as T;
    const seeds =
      request.kind === 'contacts'
        ? pick({ ids, linkedinUrls, emails })
        : pick({ domains, linkedinUrls });
    return { seeds, limit: request.limit, ...(dedupeSessionId ? { dedupeSessionId } : {}) };
  }

  async function call(request: LookalikeRequest, dedupeSessionId: string | undefined, tag: string) {
    const client = await deps.client();
    const data = body(request, dedupeSessionId);
    return deps.billing.call({
      id: `lookalike:${request.runId}:${tag}`,
      action: request.kind === 'contacts' ? 'getContactLookalikes' : 'getCompanyLookalikes',
      estimate: lookalikeCost(await deps.pricing(), request.kind, request.limit),
      repeatable: false,
      send: () =>
        request.kind === 'contacts'
          ? client.getContactLookalikes(data as never)
          : client.getCompanyLookalikes(data as never),
    });
  }

  async function openRun(request: LookalikeRequest, sessionKey: string) {
    const run = await deps.runs.get(request.runId);
    if (run) {
      if (
        run.source !== 'lookalikes' ||
        (run.query as { sessionKey?: string }).sessionKey !== sessionKey
      )
        throw new WorkspaceError(
          'These seeds belong to another lookalike search. Start a new one.',
        );
      return run;
    }
    return deps.runs.create({
      id: request.runId,
      scope: deps.scope,
      source: 'lookalikes',
      kind: request.kind,
      label: request.label,
      query: { sessionKey, seeds: request.seeds },
      total: null,
      loaded: 0,
      pages: [],
      charged: 0,
      createdAt: now(),
      updatedAt: now(),
    });
  }

  const inFlight = new Map<string, Promise<LookalikeOutcome>>();

  async function find(request: LookalikeRequest): Promise<LookalikeOutcome> {
    const list = seedList(request.seeds);
    if (list.length < MIN_SEEDS || list.length > MAX_SEEDS) {
      throw new WorkspaceError(
        `Lusha finds lookalikes of ${MIN_SEEDS} to ${MAX_SEEDS} seeds; ${list.length} were given.`,
      );
    }
    const sessionKey = `${deps.scope}|${request.kind}|${await hashOf(list.join('\n'))}`;
    const run = await openRun(request, sessionKey);
    const known = await session(sessionKey);
    const calls = run.pages.length;
    let renewed = false;
    let billed;
    try {
      billed = await call(request, known?.dedupeSessionId, String(calls));
    } catch (error) {
      if (!(isLushaApiError(error) && error.kind === 'sessionExpired')) throw error;
      // Lusha forgot the session (410, nothing billed): a new one starts now.
      await deps.db.lookalikeSessions.delete(sessionKey);
      renewed = true;
      billed = await call(request, undefined, `${calls}-renewed`);
    }
    const { result, charged } = billed;
    const data = result.data as {
      dedupeSessionId?: string | null;
      results?: unknown[];
      meta?: { hasMore?: boolean };
    };
    if (data.dedupeSessionId) {
      await deps.db.lookalikeSessions
        .put({
          id: sessionKey,
          scope: deps.scope,
          kind: request.kind,
          dedupeSessionId: data.dedupeSessionId,
          lastUsedAt: now(),
        })
        .catch(() => undefined);
    }
    const rows = rowsOf(request.kind, data.results ?? []);
    const hasMore = !!data.meta?.hasMore;
    const patch = {
      hasMore,
      pages: [...run.pages, calls],
      charged: run.charged + charged,
      updatedAt: now(),
    };
    try {
      const added = await deps.runs.append(run.id, rows, patch);
      const saved = (await deps.runs.get(run.id))!;
      const repeated = rows.length - added.length;
      return {
        run: summaryOf(saved),
        rows: added,
        charged,
        hasMore,
        renewed,
        repeated,
        saved: true,
      };
    } catch (error) {
      console.error('Prospect Lens: paid lookalikes could not be kept', error);
      const summary = { ...summaryOf(run), ...patch, loaded: run.loaded + rows.length };
      return { run: summary, rows, charged, hasMore, renewed, repeated: 0, saved: false };
    }
  }

  return {
    /** Finds people or companies like the seeds, continuing the seed set's session. */
    find(request: LookalikeRequest): Promise<LookalikeOutcome> {
      // A second click while the first is under way joins it: one call, one charge.
      let promise = inFlight.get(request.runId);
      if (!promise) {
        promise = find(request).finally(() => inFlight.delete(request.runId));
        inFlight.set(request.runId, promise);
      }
      return promise;
    },
    /** Drops sessions unused for 30 days. */
    prune: () =>
      deps.db.lookalikeSessions
        .where('lastUsedAt')
        .below(now() - SESSION_TTL_MS)
        .delete(),
  };
}

export type LookalikeService = ReturnType<typeof createLookalikeService>;
