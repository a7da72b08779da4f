/**
 * The sandbox's handler must also run in the extension's service worker: nothing under
 * lib/sandbox imports Node built-ins except the HTTP adapter and its CLI.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../../../../lib/sandbox');
const NODE_ONLY = new Set(['node.ts', 'serve.ts']);

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sources(full);
    return entry.name.endsWith('.ts') ? [full] : [];
  });
}

describe('sandbox sources', () => {
  const files = sources(root).filter((f) => !NODE_ONLY.has(path.relative(root, f)));

  it('finds the core files', () => {
    expect(files.map((f) => path.relative(root, f))).toEqual(
      expect.arrayContaining(['index.ts', 'sandbox.ts', 'dataset.ts', 'routes/index.ts']),
    );
  });

  it.each(files.map((f) => [path.relative(root, f), f]))(
    '%s imports no Node built-ins',
    (_, file) => {
      const text = readFileSync(file, 'utf8');
      expect(text).not.toMatch(/from ['"](node:|fs|path|http|net|crypto)['"/]/);
      expect(text).not.toMatch(/Math\.random\(/);
    },
  );
});
