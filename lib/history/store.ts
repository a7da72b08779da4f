/**
 * The reveal history: every person and company the rep revealed, saved before it is shown.
 * It answers "already revealed?" for any page without an API call, searches, and exports CSV.
 */
import type { WxtStorageItem } from 'wxt/utils/storage';
import { toCsv } from './csv';
import type { HistoryData, HistoryEntry, RevealedPerson } from './types';

/** The history's key for an entry. */
export const historyKey = (entry: Pick<HistoryEntry, 'kind' | 'id'>) => `${entry.kind}:${entry.id}`;

/** Lower-cased LinkedIn URL without trailing slash, for matching page findings to history. */
const linkKey = (url: string) => url.trim().toLowerCase().replace(/\/+$/, '');

export interface HistoryStore {
  /** Saves entries (newer replaces older for the same key, merging what was revealed before). */
  save(entries: HistoryEntry[]): Promise<void>;
  all(): Promise<HistoryEntry[]>;
  /** Entries whose name, company, title, email, phone or domain contain `query`. */
  search(query: string): Promise<HistoryEntry[]>;
  /** The revealed entry for each LinkedIn URL or email that has one. */
  findRevealed(identifiers: string[]): Promise<Map<string, HistoryEntry>>;
  remove(keys: string[]): Promise<void>;
  toCsv(entries?: HistoryEntry[]): Promise<string>;
}

function merge(old: HistoryEntry | undefined, next: HistoryEntry): HistoryEntry {
  if (!old || old.kind !== next.kind) return next;
  if (next.kind === 'person' && old.kind === 'person') {
    const emails = new Map([...old.emails, ...next.emails].map((e) => [e.email.toLowerCase(), e]));
    const phones = new Map([...old.phones, ...next.phones].map((p) => [p.number, p]));
    return {
      ...old,
      ...next,
      emails: [...emails.values()],
      phones: [...phones.values()],
      creditsCharged: old.creditsCharged + next.creditsCharged,
    };
  }
  return {
    ...old,
    ...next,
    creditsCharged: old.creditsCharged + next.creditsCharged,
  } as HistoryEntry;
}

function haystack(entry: HistoryEntry): string {
  const parts: (string | undefined)[] = [entry.name, entry.linkedinUrl];
  if (entry.kind === 'person') {
    parts.push(entry.title, entry.companyName, entry.companyDomain, entry.location);
    parts.push(...entry.emails.map((e) => e.email), ...entry.phones.map((p) => p.number));
  } else parts.push(entry.domain, entry.industry);
  return parts.filter(Boolean).join('\n').toLowerCase();
}

const CSV_HEADER = [
  'Type',
  'Name',
  'Title',
  'Company',
  'Domain',
  'Location',
  'LinkedIn',
  'Emails',
  'Phones',
  'Revealed at',
  'Credits',
  'Source',
];

function csvRow(entry: HistoryEntry): unknown[] {
  const person = entry.kind === 'person' ? (entry as RevealedPerson) : undefined;
  const phones = person?.phones.map((p) => `${p.number}${p.doNotCall ? ' (do not call)' : ''}`);
  return [
    entry.kind,
    entry.name,
    person?.title,
    person?.companyName ?? (entry.kind === 'company' ? entry.name : ''),
    person?.companyDomain ?? (entry.kind === 'company' ? entry.domain : ''),
    person?.location,
    entry.linkedinUrl,
    person?.emails.map((e) => e.email).join('; '),
    phones?.join('; '),
    new Date(entry.revealedAt).toISOString(),
    entry.creditsCharged,
    entry.demo ? 'demo' : 'lusha',
  ];
}

/** The history over a storage item (see lib/storage). Writes are serialised. */
export function createHistoryStore(
  item: WxtStorageItem<HistoryData, Record<string, unknown>>,
): HistoryStore {
  let writes: Promise<unknown> = Promise.resolve();
  const read = async () => {
    await writes;
    return item.getValue();
  };
  const update = (change: (data: HistoryData) => HistoryData) => {
    const next = writes.then(async () => item.setValue(change(await item.getValue())));
    writes = next.catch(() => undefined);
    return next;
  };
  const sorted = (data: HistoryData) =>
    Object.values(data.entries).sort((a, b) => b.revealedAt - a.revealedAt);

  return {
    save: (entries) =>
      update((data) => {
        const next = { ...data.entries };
        for (const entry of entries)
          next[historyKey(entry)] = merge(next[historyKey(entry)], entry);
        return { entries: next };
      }),
    all: async () => sorted(await read()),
    async search(query) {
      const needle = query.trim().toLowerCase();
      const entries = sorted(await read());
      return needle ? entries.filter((e) => haystack(e).includes(needle)) : entries;
    },
    async findRevealed(identifiers) {
      const index = new Map<string, HistoryEntry>();
      for (const entry of Object.values((await read()).entries)) {
        if (entry.linkedinUrl) index.set(linkKey(entry.linkedinUrl), entry);
        if (entry.kind === 'person')
          for (const e of entry.emails) index.set(linkKey(e.email), entry);
        if (entry.kind === 'company' && entry.domain) index.set(linkKey(entry.domain), entry);
      }
      const found = new Map<string, HistoryEntry>();
      for (const id of identifiers) {
        const entry = index.get(linkKey(id));
        if (entry) found.set(id, entry);
      }
      return found;
    },
    remove: (keys) =>
      update((data) => ({
        entries: Object.fromEntries(
          Object.entries(data.entries).filter(([k]) => !keys.includes(k)),
        ),
      })),
    async toCsv(entries) {
      return toCsv(CSV_HEADER, (entries ?? sorted(await read())).map(csvRow));
    },
  };
}
