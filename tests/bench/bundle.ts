/**
 * Bundling for the benchmark: lib/detect as an IIFE for the page, and size probes of what a
 * content script that imports the detectors would carry (minified, raw and gzip).
 */
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const root = path.resolve(import.meta.dirname, '../..');

export interface Size {
  name: string;
  raw: number;
  gzip: number;
}

function sizeOf(name: string, code: string | Uint8Array): Size {
  const bytes = typeof code === 'string' ? Buffer.from(code) : Buffer.from(code);
  return { name, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
}

/** lib/detect as one minified IIFE exposing `globalThis.Detect`. */
export async function detectIife(): Promise<string> {
  const result = await build({
    entryPoints: [path.join(root, 'lib/detect/index.ts')],
    bundle: true,
    format: 'iife',
    globalName: 'Detect',
    minify: true,
    write: false,
    target: 'chrome120',
  });
  return `${result.outputFiles[0]!.text}\nglobalThis.Detect = Detect;`;
}

/** What importing one export of lib/detect costs a content script, after tree-shaking. */
export async function probeSize(exportName: string, from: string): Promise<Size> {
  const result = await build({
    stdin: {
      contents: `import { ${exportName} } from './${from}'; globalThis.probe = ${exportName};`,
      resolveDir: root,
      loader: 'ts',
    },
    bundle: true,
    format: 'iife',
    minify: true,
    write: false,
    target: 'chrome120',
  });
  return sizeOf(`${exportName} from ${from} (esbuild, minified)`, result.outputFiles[0]!.contents);
}

/** Sizes of the built extension's content scripts; builds into tmp/ first when none exist. */
export function contentScriptSizes(): Size[] {
  let dir = path.join(root, '.output/chrome-mv3/content-scripts');
  if (!existsSync(dir)) {
    const outDir = path.join(root, 'tmp/bench-wxt');
    execFileSync('npx', ['wxt', 'build'], {
      cwd: root,
      env: { ...process.env, WXT_OUT_DIR: outDir },
      stdio: 'ignore',
    });
    dir = path.join(outDir, 'chrome-mv3/content-scripts');
  }
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.js'))
    .map((f) => sizeOf(`content-scripts/${f}`, readFileSync(path.join(dir, f))));
}
