/**
 * The gateway Worker's bindings (wrangler.jsonc) and settings. Secrets (`LUSHA_API_KEY`,
 * `GATEWAY_ADMIN_TOKEN`, optionally `LUSHA_WEBHOOK_SECRET`) come from `wrangler secret put`;
 * the other values are plain vars with the defaults below.
 */
import type { TeamLedger } from './team/ledger';

/** What the runtime hands the Worker and the Durable Object. */
export interface Env {
  DB: D1Database;
  TEAM: DurableObjectNamespace<TeamLedger>;
  LUSHA_API_KEY?: string;
  GATEWAY_ADMIN_TOKEN?: string;
  LUSHA_WEBHOOK_SECRET?: string;
  LUSHA_BASE_URL?: string;
  CACHE_TTL_HOURS?: string;
  RATE_PER_SECOND?: string;
  UPSTREAM_TIMEOUT_MS?: string;
  UPSTREAM_RETRIES?: string;
  BACKOFF_BASE_MS?: string;
  SEARCH_BATCH_WINDOW_MS?: string;
  SEARCH_BATCH_MAX_WAIT_MS?: string;
  QUEUE_MAX_WAIT_MS?: string;
}

/** Settings parsed from the vars, each with a default and bounds. */
export interface Settings {
  baseUrl: string;
  cacheTtlMs: number;
  ratePerSecond: number;
  upstreamTimeoutMs: number;
  upstreamRetries: number;
  backoffBaseMs: number;
  batchWindowMs: number;
  batchMaxWaitMs: number;
  queueMaxWaitMs: number;
}

function num(value: string | undefined, fallback: number, min: number, max: number): number {
  const parsed = value === undefined || value.trim() === '' ? NaN : Number(value);
  if (!Number.isFinite(parsed)) return fallback;
  return Math.min(max, Math.max(min, parsed));
}

/** Reads the settings; a missing or unreadable var falls back to its default. */
export function settingsOf(env: Env): Settings {
  return {
    baseUrl: (env.LUSHA_BASE_URL || 'https://api.lusha.com').replace(/\/+$/, ''),
    cacheTtlMs: num(env.CACHE_TTL_HOURS, 168, 0, 24 * 365) * 3_600_000,
    ratePerSecond: num(env.RATE_PER_SECOND, 25, 1, 1000),
    upstreamTimeoutMs: num(env.UPSTREAM_TIMEOUT_MS, 8000, 50, 120_000),
    upstreamRetries: num(env.UPSTREAM_RETRIES, 2, 0, 6),
    backoffBaseMs: num(env.BACKOFF_BASE_MS, 1000, 1, 60_000),
    batchWindowMs: num(env.SEARCH_BATCH_WINDOW_MS, 25, 0, 1000),
    batchMaxWaitMs: num(env.SEARCH_BATCH_MAX_WAIT_MS, 200, 0, 5000),
    queueMaxWaitMs: num(env.QUEUE_MAX_WAIT_MS, 20_000, 0, 120_000),
  };
}
