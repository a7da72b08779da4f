/**
 * The reveal history: every person and company the rep revealed, saved before it is shown.
 * It lives in the indexed database (lib/db), so one more reveal writes one row, "already
 * revealed?" is an index lookup, and a search reads only the rows it shows.
 */
import type { DataScope, HistoryRow, HistorySearchRow, LensDb } from '@/lib/db';
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
  /** True when `total` is only what was found so far: there are more (a very common word). */
  more?: boolean;
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
  /**
   * Reads the scope's newest search rows into memory ahead of a search (the History view
   * opened: the rep is about to type), so that even words common alone are found at once.
   */
  warm(scope: DataScope): Promise<void>;
  toCsv(entries: HistoryEntry[]): string;
}

const union = <T>(a: T[] | undefined, b: T[] | undefined) => [
  ...new Set([...(a ?? []), ...(b ?? [])]),
];

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
    return {
      ...old,
      ...next,
      ...common,
      emails: [...emails.values()],
      phones: [...phones.values()],
    };
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

/** The small searchable row beside an entry's row. */
function searchRow(row: HistoryRow): HistorySearchRow {
  return {
    key: row.key,
    scope: row.scope,
    order: -row.revealedAt,
    text: ` ${row.words.join(' ')}`,
  };
}

/** True when every word of the query starts one of the row's words. */
const matches = (text: string, words: string[]) => words.every((w) => text.includes(` ${w}`));

/** Matches a search sorts in memory; past this, newest rows are walked instead. */
const CANDIDATES = 300;
/** Search rows a walk reads at most before it says "at least". */
const WALK = 20_000;
/** Search rows read by a walk's first step (one IndexedDB call; each next step reads twice as many). */
const WALK_BATCH = 500;
const statId = (scope: DataScope) => `history:${scope}`;
type After = [DataScope, number, string];
interface Walked {
  found: string[];
  /** Rows of the scope read so far, newest first. */
  pos: number;
  after?: After;
}
/** Search rows kept in memory per scope, newest first (a few MB at most). */
const HOT_MAX = 20_000;

/**
 * The newest search rows of a scope, as walks read them: the next search while the rep types
 * reads these from memory instead of the database. `sig` says which data they are of (the
 * scope's count and newest row): any save, re-reveal or removal changes it.
 */
interface HotRows {
  sig: string;
  rows: HistorySearchRow[];
  /** True when `rows` are all of the scope's rows. */
  complete: boolean;
}

const afterRow = (scope: DataScope, row: HistorySearchRow): After => [scope, row.order, row.key];

/** The history over the indexed database. */
export function createHistoryStore(db: LensDb): HistoryStore {
  /** A scope's search rows newest first, from just after `after` (an index key) on. */
  const newest = (scope: DataScope, after?: After) =>
    db.historySearch
      .where('[scope+order+key]')
      .between(after ?? [scope, -Infinity, ''], [scope, Infinity, '\uffff'], !after, true);

  const hot = new Map<DataScope, HotRows>();
  const count = async (scope: DataScope) => (await db.stats.get(statId(scope)))?.count ?? 0;

  /**
   * History rows by key, in order. A workspace asks for thousands of keys at once, most of them
   * never revealed: when the history holds fewer rows than that, its keys are read in one go
   * and only the rows among them are fetched, instead of one lookup per key. (The kept counts
   * only choose the way; both find every row.)
   */
  async function byKeys(keys: string[]): Promise<(HistoryRow | undefined)[]> {
    if (!keys.length) return [];
    const [live, demo] = await Promise.all([count('live'), count('demo')]);
    const kept = live + demo;
    if (kept >= keys.length) return db.history.bulkGet(keys);
    const held = new Set(await db.history.toCollection().primaryKeys());
    const hits = [...new Set(keys.filter((k) => held.has(k)))];
    const rows = new Map(hits.map((k, i) => [k, i]));
    const got = await db.history.bulkGet(hits);
    return keys.map((k) => {
      const at = rows.get(k);
      return at === undefined ? undefined : got[at];
    });
  }

  /** The scope's rows in memory, if still those of the database (else a new, empty set). */
  async function hotRows(scope: DataScope): Promise<HotRows> {
    const [n, top] = await Promise.all([count(scope), newest(scope).first()]);
    const sig = `${n}|${top?.key ?? ''}|${top?.order ?? ''}`;
    const kept = hot.get(scope);
    if (kept?.sig === sig) return kept;
    const fresh: HotRows = { sig, rows: [], complete: false };
    hot.set(scope, fresh);
    return fresh;
  }

  /** Keys whose words start with `word`, or null when there are more than CANDIDATES. */
  async function keysFor(word: string): Promise<Set<string> | null> {
    // Reading keys costs as much as reading search rows: past CANDIDATES, walking is cheaper.
    const keys = await db.history
      .where('words')
      .startsWith(word)
      .limit(CANDIDATES + 1)
      .primaryKeys();
    return keys.length > CANDIDATES ? null : new Set<string>(keys);
  }

  /** Few candidates: their search rows, checked against every word and sorted newest first. */
  async function sortedMatches(keys: Set<string>, scope: DataScope, words: string[]) {
    const rows = await db.historySearch.bulkGet([...keys]);
    return rows
      .filter((r): r is HistorySearchRow => !!r && r.scope === scope && matches(r.text, words))
      .sort((a, b) => a.order - b.order || (a.key < b.key ? -1 : 1))
      .map((r) => r.key);
  }

  /**
   * The newest search rows, from memory and then read in bulk from the database, from `from`
   * on, until `wanted` match or `budget` rows were read; `complete` when the scope's end was
   * reached. What the database gave is kept in memory for the next search.
   */
  async function walk(
    words: string[],
    scope: DataScope,
    wanted: number,
    budget: number,
    from?: Walked,
  ) {
    const found = [...(from?.found ?? [])];
    let pos = from?.pos ?? 0;
    let after = from?.after;
    let read = 0;
    const cache = await hotRows(scope);
    for (let batch = WALK_BATCH; found.length < wanted && read < budget; batch *= 2) {
      const size = Math.min(batch, budget - read);
      const start = pos;
      // The same batches from memory as from the database: the same answer either way.
      let rows = cache.rows.slice(start, start + size);
      if (rows.length < size && !(cache.complete && start + rows.length >= cache.rows.length)) {
        const last = rows.at(-1);
        const more = await newest(scope, last ? afterRow(scope, last) : after)
          .limit(size - rows.length)
          .toArray();
        // Kept only where they follow what memory holds (another search may have read them).
        if (
          cache.rows.length === start + rows.length &&
          cache.rows.length + more.length <= HOT_MAX
        ) {
          cache.rows.push(...more);
          if (more.length < size - rows.length) cache.complete = true;
        }
        rows = rows.concat(more);
      }
      for (const row of rows) if (matches(row.text, words)) found.push(row.key);
      pos += rows.length;
      read += rows.length;
      if (rows.length) after = afterRow(scope, rows.at(-1)!);
      if (rows.length < size) return { found, pos, after, complete: true };
    }
    return { found, pos, after, complete: false };
  }

  const page = (keys: string[], offset: number, limit: number) =>
    keys.slice(offset, limit ? offset + limit : undefined);

  return {
    async save(entries) {
      if (!entries.length) return [];
      hot.clear(); // (the next search would see new data anyway: its signature changes)
      return db.transaction('rw', [db.history, db.historySearch, db.stats], async () => {
        const keys = entries.map(historyKey);
        const old = await db.history.bulkGet(keys);
        const merged = new Map<string, HistoryEntry>();
        const added = new Map<DataScope, number>();
        entries.forEach((entry, i) => {
          const key = keys[i]!;
          const scope = scopeOf(entry);
          if (!old[i] && !merged.has(key)) added.set(scope, (added.get(scope) ?? 0) + 1);
          merged.set(key, mergeEntries(merged.get(key) ?? old[i]?.entry, entry));
        });
        const rows = [...merged.values()].map(toRow);
        await db.history.bulkPut(rows);
        await db.historySearch.bulkPut(rows.map(searchRow));
        for (const [scope, n] of added) {
          const stat = await db.stats.get(statId(scope));
          await db.stats.put({ id: statId(scope), count: (stat?.count ?? 0) + n });
        }
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
        const rows = newest(scope).offset(offset);
        const keys = await (limit ? rows.limit(limit) : rows).primaryKeys();
        return { entries: await this.get(keys), total: await this.count(scope) };
      }
      const wanted = limit ? offset + limit : Infinity;
      // A common word fills the page from the newest rows at once.
      const first = await walk(words, scope, wanted, WALK_BATCH);
      if (first.complete || first.found.length >= wanted) {
        const entries = await this.get(page(first.found, offset, limit));
        return { entries, total: first.found.length, ...(first.complete ? {} : { more: true }) };
      }
      // A rare one is found by the words index (its longest word is the most selective).
      for (const word of [...words].sort((a, b) => b.length - a.length)) {
        const keys = await keysFor(word);
        if (!keys) continue;
        const matched = await sortedMatches(keys, scope, words);
        return { entries: await this.get(page(matched, offset, limit)), total: matched.length };
      }
      // Every word is common but together they are rare: walk on.
      const rest = await walk(words, scope, wanted, WALK, first);
      const entries = await this.get(page(rest.found, offset, limit));
      return { entries, total: rest.found.length, ...(rest.complete ? {} : { more: true }) };
    },
    async findRevealed(identifiers, scope) {
      const found = new Map<string, HistoryEntry>();
      // `person:<lushaId>` / `company:<lushaId>`: the entry of a previewed id.
      const direct = identifiers.filter((id) => HISTORY_KEY.test(id));
      const rows = await byKeys(direct);
      direct.forEach((id, i) => {
        const row = rows[i];
        if (row && row.scope === scope) found.set(id, row.entry);
      });
      const keys = [
        ...new Set(identifiers.filter((id) => !HISTORY_KEY.test(id)).map(identifierKey)),
      ];
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
    remove: (keys) => {
      hot.clear();
      return db.transaction('rw', [db.history, db.historySearch, db.stats], async () => {
        const rows = (await db.history.bulkGet(keys)).filter((r): r is HistoryRow => !!r);
        await db.history.bulkDelete(rows.map((r) => r.key));
        await db.historySearch.bulkDelete(rows.map((r) => r.key));
        for (const scope of ['live', 'demo'] as const) {
          const gone = rows.filter((r) => r.scope === scope).length;
          const stat = await db.stats.get(statId(scope));
          if (gone)
            await db.stats.put({
              id: statId(scope),
              count: Math.max(0, (stat?.count ?? 0) - gone),
            });
        }
      });
    },
    count,
    async warm(scope) {
      const cache = await hotRows(scope);
      for (let batch = WALK_BATCH * 4; !cache.complete && cache.rows.length < HOT_MAX;) {
        const start = cache.rows.length;
        const last = cache.rows[start - 1];
        const size = Math.min(batch, HOT_MAX - start);
        const rows = await newest(scope, last && afterRow(scope, last))
          .limit(size)
          .toArray();
        // Another search or a save got there first: leave the memory to it.
        if (hot.get(scope) !== cache || cache.rows.length !== start) return;
        cache.rows.push(...rows);
        if (rows.length < size) cache.complete = true;
      }
    },
    toCsv: (entries) => toCsv(CSV_HEADER, entries.map(csvRow)),
  };
}
