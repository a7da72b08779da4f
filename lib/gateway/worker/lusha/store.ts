/**
 * The team cache in D1: search previews by normalised identifier (shared by every rep for the
 * cache lifetime) and the records the team revealed, by Lusha id (Lusha re-reveals those for
 * free, so the gateway serves them itself). Lists are bound as one JSON parameter (D1 caps
 * bound parameters at 100).
 */
import type { Entity } from './keys';

/** A preview row to keep. */
export interface PreviewRow {
  key: string;
  entity: Entity;
  kind: string;
  lushaId: string | null;
  result: Record<string, unknown>;
  fetchedAt: number;
}

/** A kept preview, when it was fetched and the fields the team has revealed of it. */
export interface KeptPreview {
  result: Record<string, unknown>;
  fetchedAt: number;
  revealed: string[];
}

/** Fresh previews (fetched at or after `since`) for `keys`, with what the team revealed. */
export async function readPreviews(
  db: D1Database,
  keys: readonly string[],
  since: number,
): Promise<Map<string, KeptPreview>> {
  if (!keys.length) return new Map();
  const { results } = await db
    .prepare(
      `SELECT p.key, p.result, p.fetched_at, r.fields FROM previews p
       LEFT JOIN records r ON r.entity = p.entity AND r.lusha_id = p.lusha_id
       WHERE p.key IN (SELECT value FROM json_each(?)) AND p.fetched_at >= ?`,
    )
    .bind(JSON.stringify(keys), since)
    .all<{ key: string; result: string; fetched_at: number; fields: string | null }>();
  return new Map(
    results.map((r) => [
      r.key,
      {
        result: JSON.parse(r.result) as Record<string, unknown>,
        fetchedAt: r.fetched_at,
        revealed: r.fields ? (JSON.parse(r.fields) as string[]) : [],
      },
    ]),
  );
}

/** Sets `credits: 0` on the `canReveal` entries of fields the team revealed. */
export function markRevealed(preview: Record<string, unknown>, fields: Set<string>): void {
  if (!Array.isArray(preview.canReveal)) return;
  preview.canReveal = (preview.canReveal as { field?: string }[]).map((c) =>
    c.field && fields.has(c.field) ? { ...c, credits: 0 } : c,
  );
}

/** Keeps previews (one batch, so a Lusha answer is stored whole or not at all). */
export async function writePreviews(db: D1Database, rows: readonly PreviewRow[]): Promise<void> {
  if (!rows.length) return;
  const statement = db.prepare(
    `INSERT INTO previews (key, entity, kind, lusha_id, result, fetched_at) VALUES (?, ?, ?, ?, ?, ?)
     ON CONFLICT (key) DO UPDATE SET lusha_id = excluded.lusha_id, result = excluded.result,
       fetched_at = excluded.fetched_at`,
  );
  await db.batch(
    rows.map((r) =>
      statement.bind(r.key, r.entity, r.kind, r.lushaId, JSON.stringify(r.result), r.fetchedAt),
    ),
  );
}

/** `canReveal` of the newest preview of each id (what enriching it would cost). */
export async function canRevealById(
  db: D1Database,
  entity: Entity,
  ids: readonly string[],
): Promise<Map<string, { field?: string; credits?: number }[]>> {
  if (!ids.length) return new Map();
  const { results } = await db
    .prepare(
      `SELECT lusha_id, result FROM previews WHERE entity = ?
       AND lusha_id IN (SELECT value FROM json_each(?)) ORDER BY fetched_at`,
    )
    .bind(entity, JSON.stringify(ids))
    .all<{ lusha_id: string; result: string }>();
  const out = new Map<string, { field?: string; credits?: number }[]>();
  for (const row of results) {
    const preview = JSON.parse(row.result) as { canReveal?: unknown };
    if (Array.isArray(preview.canReveal)) out.set(row.lusha_id, preview.canReveal);
  }
  return out;
}

/** A record the team revealed: the merged data and the fields it covers. */
export interface StoredRecord {
  fields: Set<string>;
  record: Record<string, unknown>;
  revealedAt: number;
}

/** The team's records for `ids`. */
export async function readRecords(
  db: D1Database,
  entity: Entity,
  ids: readonly string[],
): Promise<Map<string, StoredRecord>> {
  if (!ids.length) return new Map();
  const { results } = await db
    .prepare(
      `SELECT lusha_id, fields, record, revealed_at FROM records WHERE entity = ?
       AND lusha_id IN (SELECT value FROM json_each(?))`,
    )
    .bind(entity, JSON.stringify(ids))
    .all<{ lusha_id: string; fields: string; record: string; revealed_at: number }>();
  return new Map(
    results.map((r) => [
      r.lusha_id,
      {
        fields: new Set(JSON.parse(r.fields) as string[]),
        record: JSON.parse(r.record) as Record<string, unknown>,
        revealedAt: r.revealed_at,
      },
    ]),
  );
}

/** A revealed record to merge into the store: only the fields it really revealed. */
export interface RecordRow {
  lushaId: string;
  fields: readonly string[];
  record: Record<string, unknown>;
}

/**
 * Keeps what a paid call revealed. A failed write loses only the store's copy (the next enrich
 * asks Lusha, which re-reveals it free): the rep still gets what was paid for.
 */
export async function keepRecords(
  db: D1Database,
  entity: Entity,
  rows: readonly RecordRow[],
  now: number,
): Promise<void> {
  try {
    await writeRecords(db, entity, rows, now);
  } catch (error) {
    console.error('team store: records not stored', (error as Error).message);
  }
}

/**
 * Merges revealed records into the store: fields are added to what was there (never
 * removed), and the record is patched, so an email revealed by one rep and a phone by another
 * both stay.
 */
export async function writeRecords(
  db: D1Database,
  entity: Entity,
  rows: readonly RecordRow[],
  now: number,
): Promise<void> {
  if (!rows.length) return;
  const statement = db.prepare(
    `INSERT INTO records (entity, lusha_id, fields, record, revealed_at) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (entity, lusha_id) DO UPDATE SET
       record = json_patch(records.record, excluded.record),
       fields = (SELECT json_group_array(value) FROM (SELECT value FROM json_each(records.fields)
                 UNION SELECT value FROM json_each(excluded.fields))),
       revealed_at = excluded.revealed_at`,
  );
  await db.batch(
    rows.map((r) =>
      statement.bind(entity, r.lushaId, JSON.stringify(r.fields), JSON.stringify(r.record), now),
    ),
  );
}
