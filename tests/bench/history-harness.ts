/**
 * Runs inside an extension page (bundled as an IIFE by history.ts): seeds a history of N
 * reveals in IndexedDB with the real stores, and times what a rep waits for at that size.
 */
import { openLensDb, DB_NAME, type LensDb } from '@/lib/db';
import { createHistoryStore, type RevealedPerson } from '@/lib/history';
import { createPreviewCache } from '@/lib/lookup/cache';
import { createJournal } from '@/lib/lookup/journal';

const FIRST = ['Ada', 'Bo', 'Chen', 'Dana', 'Élodie', 'Farid', 'Greta', 'Hiro', 'Ines', 'Jonas'];
const LAST = ['Quill', 'Reyes', 'Lindqvist', 'Marchetti', 'Okafor', 'Petrov', 'Sato', 'Weber'];
const COMPANIES = ['Northwind', 'Quillfeather', 'Acme', 'Globex', 'Initech', 'Umbrella', 'Hooli'];

/** A realistic revealed person number `i` (about 650 bytes, as stored). */
export function person(i: number, demo = false): RevealedPerson {
  const first = FIRST[i % FIRST.length]!;
  const last = `${LAST[(i >> 3) % LAST.length]!}${i}`;
  const company = `${COMPANIES[i % COMPANIES.length]!} ${i % 97}`;
  const domain = `${company.toLowerCase().replace(/\W+/g, '')}.example`;
  return {
    kind: 'person',
    id: String(4_000_000_000 + i),
    name: `${first} ${last}`,
    title: i % 3 ? 'Head of Sales' : 'Vice President of Marketing',
    companyName: company,
    companyDomain: domain,
    location: 'Berlin, Germany',
    linkedinUrl: `https://www.linkedin.com/in/${first.toLowerCase()}-${last.toLowerCase()}`,
    emails: [
      {
        email: `${first.toLowerCase()}.${last.toLowerCase()}@${domain}`,
        type: 'work',
        confidence: 'A+',
      },
    ],
    phones: i % 2 ? [{ number: `+49 30 ${String(1_000_000 + i)}`, type: 'mobile' }] : [],
    revealedAt: 1_700_000_000_000 + i * 1000,
    creditsCharged: 1,
    demo,
    revealedFields: ['emails', 'phones'],
  };
}

async function seed(db: LensDb, n: number, demo: boolean): Promise<void> {
  const history = createHistoryStore(db);
  for (let i = 0; i < n; i += 1000) {
    await history.save(
      Array.from({ length: Math.min(1000, n - i) }, (_, k) => person(i + k, demo)),
    );
  }
}

/** Median of `runs` timings of `work`. */
async function median(runs: number, work: (i: number) => Promise<unknown>): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await work(i);
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b)[runs >> 1]!;
}

/** Times save, findRevealed and search with `n` reveals in a database of its own. */
export async function measure(n: number) {
  const name = `bench-history-${n}`;
  await new Promise((resolve) => {
    const request = indexedDB.deleteDatabase(name);
    request.onsuccess = request.onerror = () => resolve(null);
  });
  const db = openLensDb(name);
  await seed(db, n, false);
  const history = createHistoryStore(db);
  const journal = createJournal(db);
  const cache = createPreviewCache<{ id: string }>({
    db,
    scope: 'live',
    ttlMs: 1e9,
    lushaIdOf: (v) => v.id,
  });
  // A reveal's own work around the API call: journal, save, charge noted, finish, previews marked.
  const reveal = await median(15, async (i) => {
    const entry = person(n + i);
    await journal.open(`bench-${i}`, 'live', { ids: [entry.id] });
    const [saved] = await history.save([entry]);
    await journal.charged(`bench-${i}`, 1);
    await journal.finish(`bench-${i}`, { entries: [`person:${saved!.id}`] });
    await cache.updateByLushaIds([entry.id], (v) => v);
  });
  const identifiers = Array.from({ length: 30 }, (_, k) =>
    k % 2 ? person(k * 997).linkedinUrl! : person(k * 991).emails[0]!.email,
  );
  const find = await median(15, () => history.findRevealed(identifiers, 'live'));
  const searches: Record<string, { cold: number; warm: number; ahead: number }> = {};
  // A rare name, a first name with part of a last one, a common last name, a company and an email.
  for (const query of ['okafor1234', 'greta okafor12', 'petrov', 'hooli 5', 'ines.sato']) {
    const search = { query, scope: 'live' as const, limit: 50 };
    // Cold: a store of its own each time, as the first search after the worker started.
    const cold = await median(9, () => createHistoryStore(db).search(search));
    // Warm: as the rep types on, the store keeps what its walks read.
    const typing = createHistoryStore(db);
    await typing.search(search);
    const warm = await median(9, () => typing.search(search));
    // The History view opened first (its rows read ahead): the rep's first search.
    const ahead: number[] = [];
    for (let i = 0; i < 9; i++) {
      const opened = createHistoryStore(db);
      await opened.warm('live');
      const start = performance.now();
      await opened.search(search);
      ahead.push(performance.now() - start);
    }
    searches[query] = { cold, warm, ahead: ahead.sort((a, b) => a - b)[4]! };
  }
  // How long the read-ahead itself takes (in the background, after the first page is shown).
  const readAhead = await median(5, () => createHistoryStore(db).warm('live'));
  const firstPage = await median(9, () => history.search({ scope: 'live', limit: 50 }));
  db.close();
  return { reveal, find, searches, firstPage, readAhead };
}

/** Fills the extension's own database (the History view reads it) with `n` live reveals. */
export async function fillExtensionDb(n: number): Promise<void> {
  const db = openLensDb(DB_NAME);
  await db.history.clear();
  await seed(db, n, false);
  db.close();
}
