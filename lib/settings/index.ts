/**
 * The rep's settings: what they mean, their defaults, and the schema the background reads them
 * through (pages write them to storage directly; storage is not trusted blindly). zod's small
 * build (`zod/mini`): every page that shows settings carries it.
 */
import * as z from 'zod/mini';

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

const credits = z.nullable(z.int().check(z.minimum(0), z.maximum(10_000_000)));

export const Settings = z.object({
  /** Search is billed, so nothing is previewed until the rep asks, unless they choose otherwise. */
  autoPreview: z.catch(AutoPreview, 'off'),
  autoPreviewLimit: z.catch(z.int().check(z.minimum(1), z.maximum(100)), 10),
  demoMode: z.catch(z.boolean(), false),
  /**
   * Null for Lusha itself. Another address (a team gateway, the sandbox over HTTP) must be
   * `https://`; plain `http://` only on this machine (loopback), where nothing crosses a network.
   */
  apiBaseUrl: z.catch(
    z.nullable(z.string().check(z.refine((url) => apiBaseUrlProblem(url) === null))),
    null,
  ),
  caps: z.catch(z.object({ daily: z.catch(credits, null), monthly: z.catch(credits, null) }), {
    daily: null,
    monthly: null,
  }),
});
export type Settings = z.infer<typeof Settings>;

export const DEFAULT_SETTINGS: Settings = Settings.parse({});

/** Settings as stored, made safe: unknown or broken values fall back to their defaults. */
export function readSettings(stored: unknown): Settings {
  return Settings.parse(stored ?? {});
}
