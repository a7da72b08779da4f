/**
 * Runs inside an extension page (bundled as an IIFE by workspace.ts): a prospecting run of N
 * realistic rows in the extension's own database, through the real run store, so the
 * workspace opens on it as a rep's would after 200 pages.
 */
import { DB_NAME, openLensDb } from '@/lib/db';
import { createRunStore } from '@/lib/workspace/runs';
import type { ResultRow } from '@/lib/workspace/types';

const FIRST = ['Ada', 'Bo', 'Chen', 'Dana', 'Élodie', 'Farid', 'Greta', 'Hiro', 'Ines', 'Jonas'];
const LAST = ['Quill', 'Reyes', 'Lindqvist', 'Marchetti', 'Okafor', 'Petrov', 'Sato', 'Weber'];
const TITLES = ['Head of Sales', 'VP Marketing', 'Account Executive', 'CTO', 'Sales Director'];
const COMPANIES = ['Northwind', 'Quillfeather', 'Acme', 'Globex', 'Initech', 'Umbrella', 'Hooli'];
const PLACES = [
  ['Berlin', 'Germany'],
  ['Austin', 'United States'],
  ['Paris', 'France'],
  ['Toronto', 'Canada'],
];

/** Row number `i`, as a prospecting page would have brought it. */
export function row(i: number): ResultRow {
  const first = FIRST[i % FIRST.length]!;
  const last = `${LAST[(i >> 3) % LAST.length]!}${i}`;
  const [city, country] = PLACES[i % PLACES.length]!;
  const company = `${COMPANIES[i % COMPANIES.length]!} ${i % 97}`;
  return {
    key: `person:${4_100_000_000 + i}`,
    kind: 'person',
    lushaId: String(4_100_000_000 + i),
    name: `${first} ${last}`,
    firstName: first,
    lastName: last,
    title: TITLES[i % TITLES.length],
    seniority: i % 2 ? 'Director' : 'Manager',
    companyName: company,
    companyDomain: `${company.toLowerCase().replace(/\W+/g, '')}.example`,
    city,
    country,
    has: ['work_email', 'mobile_phone'],
    canReveal: [
      { field: 'emails', credits: 1 },
      { field: 'phones', credits: 5 },
    ],
  };
}

/** Seeds a run of `n` rows in `scope`; returns its id. */
export async function seedRun(n: number, scope: 'live' | 'demo'): Promise<string> {
  const db = openLensDb(DB_NAME);
  const runs = createRunStore(db);
  const id = `bench-run-${n}`;
  await runs.remove(id);
  const now = Date.now();
  await runs.create({
    id,
    scope,
    source: 'prospecting',
    kind: 'contacts',
    label: 'Bench: every row a prospecting page could bring',
    query: { key: 'bench', choices: [] },
    total: n,
    loaded: 0,
    pages: [],
    charged: 0,
    createdAt: now,
    updatedAt: now,
  });
  for (let i = 0; i < n; i += 1000) {
    const rows = Array.from({ length: Math.min(1000, n - i) }, (_, k) => row(i + k));
    await runs.append(id, rows, { pages: [], updatedAt: now });
  }
  db.close();
  return id;
}
