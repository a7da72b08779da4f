/**
 * The rep's settings: what they mean, their defaults, and the schema the background reads them
 * through (pages write them to storage directly; storage is not trusted blindly).
 */
import { z } from 'zod';

const LOOPBACK = /^http:\/\/(?:127\.\d{1,3}\.\d{1,3}\.\d{1,3}|localhost|\[::1\])(?::\d{1,5})?$/i;
const HTTPS = /^https:\/\/[a-z0-9.-]+(?::\d{1,5})?$/i;

/**
 * Why `url` cannot be the API base URL, in words for the settings page, or null when it can:
 * `https://host[:port]`, or `http://` only for this machine (127.0.0.1, localhost, [::1]).
 */
export function apiBaseUrlProblem(url: string): string | null {
  if (HTTPS.test(url) || LOOPBACK.test(url)) return null;
  if (/^http:\/\//i.test(url))
    return 'Use https:// (plain http:// only for this computer: 127.0.0.1 or localhost).';
  return 'Enter an address like https://gateway.example.com or http://127.0.0.1:4010 (no path).';
}

/** The address API calls go to: the setting, or Lusha's own. */
export function apiBase(settings: { apiBaseUrl: string | null }): string {
  return (settings.apiBaseUrl || 'https://api.lusha.com').replace(/\/+$/, '').toLowerCase();
}

/** Auto-preview: off, only the page's own subject, or every person found up to a limit. */
export const AutoPreview = z.enum(['off', 'subject', 'all']);
export type AutoPreview = z.infer<typeof AutoPreview>;

const credits = z.number().int().min(0).max(10_000_000).nullable();

export const Settings = z.object({
  /** Search is billed, so nothing is previewed until the rep asks, unless they choose otherwise. */
  autoPreview: AutoPreview.catch('off'),
  autoPreviewLimit: z.number().int().min(1).max(100).catch(10),
  demoMode: z.boolean().catch(false),
  /**
   * Null for Lusha itself. Another address (a team gateway, the sandbox over HTTP) must be
   * `https://`; plain `http://` only on this machine (loopback), where nothing crosses a network.
   */
  apiBaseUrl: z
    .string()
    .refine((url) => apiBaseUrlProblem(url) === null)
    .nullable()
    .catch(null),
  caps: z
    .object({ daily: credits.catch(null), monthly: credits.catch(null) })
    .catch({ daily: null, monthly: null }),
});
export type Settings = z.infer<typeof Settings>;

export const DEFAULT_SETTINGS: Settings = Settings.parse({});

/** Settings as stored, made safe: unknown or broken values fall back to their defaults. */
export function readSettings(stored: unknown): Settings {
  return Settings.parse(stored ?? {});
}
