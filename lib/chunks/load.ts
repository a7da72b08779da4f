/**
 * Code the service worker loads only when it needs it: the public suffix list (registrable
 * domains) and the demo sandbox. A Chrome MV3 worker cannot `import()`, and `importScripts`
 * only takes scripts it first imported while installing; so every chunk is imported once in
 * the `install` event (and thrown away with that worker), then again, synchronously, the first
 * time a later worker asks for it. background.js stays small and every start evaluates less.
 *
 * Each chunk is an unlisted script (`entrypoints/<name>.ts`) that calls `provideChunk`.
 */
import type { createSandbox } from '@/lib/sandbox';

/** What each chunk provides. */
export interface Chunks {
  psl: { registrableDomain: (hostname: string) => string | null };
  'demo-sandbox': { createSandbox: typeof createSandbox };
}
export type ChunkName = keyof Chunks;

const CHUNK_NAMES: ChunkName[] = ['psl', 'demo-sandbox'];
const GLOBAL = '__prospectLensChunks';

type Registry = Partial<Chunks>;
const registry = (): Registry =>
  ((globalThis as unknown as Record<string, Registry>)[GLOBAL] ??= {});

interface WorkerScope {
  importScripts(...urls: string[]): void;
  addEventListener(type: 'install', listener: () => void): void;
}
const worker = () => globalThis as unknown as WorkerScope;
const fileOf = (name: ChunkName) => `/${name}.js`;

/** Called by a chunk's script: what it provides. */
export function provideChunk<K extends ChunkName>(name: K, exports: Chunks[K]): void {
  registry()[name] = exports;
}

/** The chunk's exports, its script imported on first use (synchronously). */
export function chunk<K extends ChunkName>(name: K): Chunks[K] {
  const loaded = registry()[name];
  if (loaded) return loaded;
  worker().importScripts(fileOf(name));
  const exports = registry()[name];
  if (!exports) throw new Error(`Prospect Lens: the ${name} chunk did not load`);
  return exports;
}

/**
 * Chunks are for Chrome's MV3 service worker only: Firefox runs background scripts in a page,
 * which has no `importScripts`, and bundles everything. Callers test the build's constants
 * inline (`ENTRYPOINT`, `MANIFEST_VERSION`, `FIREFOX`) so that the other branch is dropped.
 *
 * Imports every chunk while the worker installs (the only time `importScripts` may fetch a
 * new script); must be called while the worker's script is first evaluated.
 */
export function installChunks(): void {
  worker().addEventListener('install', () => {
    for (const name of CHUNK_NAMES) {
      try {
        worker().importScripts(fileOf(name));
      } catch (error) {
        // The worker still installs; the feature that needs the chunk reports the failure.
        console.error(`Prospect Lens: could not install the ${name} chunk`, error);
      }
    }
  });
}
