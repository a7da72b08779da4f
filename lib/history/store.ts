/**
 * The reveal history: every person and company the rep revealed, saved before it is shown.
 * It lives in the indexed database (lib/db), so one more reveal writes one row, "already
 * revealed?" is an index lookup, and a search reads only the rows it shows.
 */
import Dexie from 'dexie';
import type { DataScope, HistoryRow, LensDb } from '@/lib/db';
import { toCsv } from './csv';
import { csvRow, CSV_HEADER } from './csv-row';
import type { HistoryEntry } from './types';
import { entryIdentifiers, entryWords, identifierKey, queryWords } from './words';

/** The history's key for an entry. */
export const historyKey = (entry: Pick<HistoryEntry, 'kind' | 'id'>) => `${entry.kind}:${entry.id}`;

const HISTORY_KEY = /^(?:person|company):[^/@\s]+$/;

/** The scope an entry belongs to. */
export const scopeOf = (entry: Pick<HistoryEntry, 'demo'>): DataScope =>
  entry.demo ? 'demo' : 'live';

/** One page of a search, newest first, and how many match in all. */
export interface HistoryPage {
  entries: HistoryEntry[];
  total: number;
}

export interface HistorySearch {
  query?: string;
  scope: DataScope;
  offset?: number;
  /** Rows to return; 0 for all. */
  limit?: number;
}

export interface HistoryStore {
  /** Saves entries (a later reveal of the same one merges into it); returns the merged ones. */
  save(entries: HistoryEntry[]): Promise<HistoryEntry[]>;
  /** Entries by history key, where saved. */
  get(keys: string[]): Promise<HistoryEntry[]>;
  /** Entries whose words start with every word of `query`, newest first. */
  search(search: HistorySearch): Promise<HistoryPage>;
  /** The revealed entry for each LinkedIn URL, email or domain that has one. */
  findRevealed(identifiers: string[], scope: DataScope): Promise<Map<string, HistoryEntry>>;
  remove(keys: string[]): Promise<void>;
  count(scope: DataScope): Promise<number>;
  toCsv(entries: HistoryEntry[]): string;
}

const union = <T>(a: T[] | undefined, b: T[] | undefined) => [...new Set([...(a ?? []), ...(b ?? [])])];

/** A later reveal of the same person or company, merged into what was kept. */
export function mergeEntries(old: HistoryEntry | undefined, next: HistoryEntry): HistoryEntry {
  if (!old || old.kind !== next.kind) return next;
  const common = {
    creditsCharged: old.creditsCharged + next.creditsCharged,
    revealedFields: union(old.revealedFields, next.revealedFields),
  };
  if (next.kind === 'person' && old.kind === 'person') {
    const emails = new Map([...old.emails, ...next.emails].map((e) => [e.email.toLowerCase(), e]));
    const phones = new Map([...old.phones, ...next.phones].map((p) => [p.number, p]));
    return { ...old, ...next, ...common, emails: [...emails.values()], phones: [...phones.values()] };
  }
  if (next.kind === 'company' && old.kind === 'company') {
    return { ...old, ...next, ...common, fields: { ...old.fields, ...next.fields } };
  }
  return next;
}

/** The row stored for an entry. */
export function toRow(entry: HistoryEntry): HistoryRow {
  return {
    key: historyKey(entry),
    scope: scopeOf(entry),
    lushaId: entry.id,
    revealedAt: entry.revealedAt,
    ids: entryIdentifiers(entry),
    words: entryWords(entry),
    entry,
  };
}


/** The history over the indexed database. */
export function createHistoryStore(db: LensDb): HistoryStore {
  const byTime = (scope: DataScope) => {
    const range = db.history.where('[scope+revealedAt]');
    return range.between([scope, Dexie.minKey], [scope, Dexie.maxKey], true, true).reverse();
  };

  /** Keys matching every word, newest first. */
  async function matchingKeys(words: string[], scope: DataScope): Promise<string[]> {
    // The longest word is the most selective: its keys first, the others only narrow them.
    const sorted = [...words].sort((a, b) => b.length - a.length);
    let keys: Set<string> | undefined;
    for (const word of sorted) {
      const found = new Set<string>(await db.history.where('words').startsWith(word).primaryKeys());
      keys = keys ? new Set([...keys].filter((k) => found.has(k))) : found;
      if (!keys.size) return [];
    }
    const wanted = keys ?? new Set<string>();
    const ordered = await byTime(scope).primaryKeys();
    return ordered.filter((k) => wanted.has(k));
  }

  return {
    async save(entries) {
      if (!entries.length) return [];
      return db.transaction('rw', db.history, async () => {
        const keys = entries.map(historyKey);
        const old = await db.history.bulkGet(keys);
        const merged = new Map<string, HistoryEntry>();
        entries.forEach((entry, i) => {
          const key = keys[i]!;
          merged.set(key, mergeEntries(merged.get(key) ?? old[i]?.entry, entry));
        });
        await db.history.bulkPut([...merged.values()].map(toRow));
        return [...merged.values()];
      });
    },
    async get(keys) {
      const rows = await db.history.bulkGet(keys);
      return rows.filter((r): r is HistoryRow => !!r).map((r) => r.entry);
    },
    async search({ query = '', scope, offset = 0, limit = 50 }) {
      const words = queryWords(query);
      if (!words.length) {
        const page = byTime(scope).offset(offset);
        const rows = await (limit ? page.limit(limit) : page).toArray();
        return { entries: rows.map((r) => r.entry), total: await this.count(scope) };
      }
      const keys = await matchingKeys(words, scope);
      const pageKeys = keys.slice(offset, limit ? offset + limit : undefined);
      return { entries: await this.get(pageKeys), total: keys.length };
    },
    async findRevealed(identifiers, scope) {
      const found = new Map<string, HistoryEntry>();
      // `person:<lushaId>` / `company:<lushaId>`: the entry of a previewed id.
      const direct = identifiers.filter((id) => HISTORY_KEY.test(id));
      const rows = await db.history.bulkGet(direct);
      direct.forEach((id, i) => {
        const row = rows[i];
        if (row && row.scope === scope) found.set(id, row.entry);
      });
      const keys = [...new Set(identifiers.filter((id) => !HISTORY_KEY.test(id)).map(identifierKey))];
      const byId = new Map<string, HistoryEntry>();
      if (keys.length) {
        for (const row of await db.history.where('ids').anyOf(keys).toArray()) {
          if (row.scope === scope) for (const id of row.ids) byId.set(id, row.entry);
        }
      }
      for (const id of identifiers) {
        const entry = byId.get(identifierKey(id));
        if (entry) found.set(id, entry);
      }
      return found;
    },
    remove: (keys) => db.history.bulkDelete(keys),
    count: (scope) => byTime(scope).count(),
    toCsv: (entries) => toCsv(CSV_HEADER, entries.map(csvRow)),
  };
}
