/**
 * The rep's settings: what they mean, their defaults, and the schema the background reads them
 * through (pages write them to storage directly; storage is not trusted blindly).
 */
import { z } from 'zod';

/** Auto-preview: off, only the page's own subject, or every person found up to a limit. */
export const AutoPreview = z.enum(['off', 'subject', 'all']);
export type AutoPreview = z.infer<typeof AutoPreview>;

const credits = z.number().int().min(0).max(10_000_000).nullable();

export const Settings = z.object({
  /** Search is billed, so nothing is previewed until the rep asks, unless they choose otherwise. */
  autoPreview: AutoPreview.catch('off'),
  autoPreviewLimit: z.number().int().min(1).max(100).catch(10),
  demoMode: z.boolean().catch(false),
  /** Null for Lusha itself; e.g. `http://127.0.0.1:4010` for the sandbox over HTTP. */
  apiBaseUrl: z
    .string()
    .regex(/^https?:\/\/[^\s/?#]+$/)
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
