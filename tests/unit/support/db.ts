/** The background's indexed database, emptied between tests (fake-indexeddb keeps it per file). */
import 'fake-indexeddb/auto';
import { lensDb, openLensDb, type LensDb } from '@/lib/db';

/** Empties every table of the background's database. */
export async function resetLensDb(): Promise<void> {
  const db = lensDb();
  await Promise.all(db.tables.map((table) => table.clear()));
}

/** The background between tests: an empty database and a demo sandbox started over. */
export async function resetBackground(): Promise<void> {
  const { connection } = await import('@/entrypoints/background/pipelines');
  await connection.resetDemo();
  await resetLensDb();
}

/** A database of its own for one test. */
export function freshDb(): LensDb {
  return openLensDb(`test-${Math.random().toString(36).slice(2)}`);
}
