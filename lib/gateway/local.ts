/**
 * What the local gateway is made of, read from the same sources `wrangler deploy` uses:
 * wrangler.jsonc (compatibility date, vars, D1 and Durable Object bindings), the Worker bundled
 * with esbuild as wrangler does (ES module, `workerd` conditions), and the numbered D1
 * migrations, applied and recorded in wrangler's own `d1_migrations` table.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import type { Miniflare } from 'miniflare';

/** The project's root (where wrangler.jsonc is). */
export const ROOT = path.resolve(import.meta.dirname, '../..');

/** The parts of wrangler.jsonc the local runner uses. */
export interface WranglerConfig {
  main: string;
  compatibility_date: string;
  compatibility_flags?: string[];
  vars?: Record<string, string>;
  d1_databases: { binding: string; database_id: string; migrations_dir: string }[];
  durable_objects: { bindings: { name: string; class_name: string }[] };
}

/** JSON with comments and trailing commas, as wrangler accepts, to plain JSON. */
export function stripJsonc(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (c === '"') {
      const end = stringEnd(text, i);
      out += text.slice(i, end);
      i = end - 1;
    } else if (c === '/' && text[i + 1] === '/') {
      while (i < text.length && text[i] !== '\n') i++;
      out += '\n';
    } else if (c === '/' && text[i + 1] === '*') {
      i = text.indexOf('*/', i + 2) + 1;
    } else out += c;
  }
  return out.replace(/,(\s*[}\]])/g, '$1');
}

function stringEnd(text: string, start: number): number {
  let i = start + 1;
  while (i < text.length && text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
  return i + 1;
}

/** Reads wrangler.jsonc. */
export function readWranglerConfig(file = path.join(ROOT, 'wrangler.jsonc')): WranglerConfig {
  return JSON.parse(stripJsonc(readFileSync(file, 'utf8'))) as WranglerConfig;
}

let bundled: Promise<string> | null = null;

/** The Worker as one ES module (bundled once per process). */
export function bundleWorker(config = readWranglerConfig()): Promise<string> {
  bundled ??= build({
    entryPoints: [path.join(ROOT, config.main)],
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'neutral',
    target: 'es2022',
    conditions: ['workerd', 'worker', 'browser'],
    mainFields: ['browser', 'module', 'main'],
    external: ['cloudflare:*'],
    logLevel: 'silent',
  }).then((result) => result.outputFiles[0]!.text);
  return bundled;
}

/** A numbered migration file. */
export interface Migration {
  name: string;
  statements: string[];
}

/** The migrations in order, each split into statements (they hold no `;` inside strings). */
export function readMigrations(config = readWranglerConfig()): Migration[] {
  const dir = path.join(ROOT, config.d1_databases[0]!.migrations_dir);
  return readdirSync(dir)
    .filter((f) => /^\d+_.*\.sql$/.test(f))
    .sort()
    .map((name) => ({
      name,
      statements: readFileSync(path.join(dir, name), 'utf8')
        .replace(/--.*$/gm, '')
        .split(/;\s*(?:\n|$)/)
        .map((s) => s.trim())
        .filter(Boolean),
    }));
}

/** A D1 database as Miniflare hands it to Node. */
type D1 = Awaited<ReturnType<Miniflare['getD1Database']>>;

/** Applies the migrations not applied yet, each in one batch with its record (as wrangler does). */
export async function applyMigrations(db: D1, migrations: Migration[]): Promise<string[]> {
  await db.exec(
    'CREATE TABLE IF NOT EXISTS d1_migrations(id INTEGER PRIMARY KEY AUTOINCREMENT, name TEXT UNIQUE, applied_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP NOT NULL)',
  );
  const { results } = await db.prepare('SELECT name FROM d1_migrations').all();
  const done = new Set((results as { name: string }[]).map((r) => r.name));
  const applied: string[] = [];
  for (const migration of migrations.filter((m) => !done.has(m.name))) {
    const record = db.prepare('INSERT INTO d1_migrations (name) VALUES (?)').bind(migration.name);
    await db.batch([...migration.statements.map((s) => db.prepare(s)), record]);
    applied.push(migration.name);
  }
  return applied;
}
