/**
 * What the benches that run inside the built extension share: the extension (built when
 * missing) and a harness module bundled for a page of it (`globalThis[globalName]`).
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';

export const root = path.resolve(import.meta.dirname, '../..');
export const ms = (n: number) => `${n.toFixed(1)} ms`;

/** The Chrome build's folder, built first if there is none. */
export function builtExtension(): string {
  const extension = path.join(root, '.output/chrome-mv3');
  if (!existsSync(path.join(extension, 'manifest.json'))) {
    execFileSync('npx', ['wxt', 'build'], { cwd: root, stdio: 'ignore' });
  }
  return extension;
}

/** `tests/bench/<file>` bundled as a script for a page: its exports on `globalThis[globalName]`. */
export async function harness(file: string, globalName: string): Promise<string> {
  const result = await build({
    entryPoints: [path.join(root, 'tests/bench', file)],
    bundle: true,
    format: 'iife',
    globalName,
    minify: true,
    write: false,
    target: 'chrome120',
    alias: { '@': root },
  });
  return `${result.outputFiles[0]!.text}\nglobalThis.${globalName} = ${globalName};`;
}
