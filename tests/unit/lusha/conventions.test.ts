import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const DIR = path.resolve(import.meta.dirname, '../../../lib/lusha');
const sources = readdirSync(DIR, { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
  .map((f) => [f, readFileSync(path.join(DIR, f), 'utf8')] as const);

describe('lib/lusha house rules', () => {
  it('has sources to check', () => {
    expect(sources.length).toBeGreaterThanOrEqual(15);
  });

  it.each(sources)('%s stays under 250 lines', (_file, source) => {
    expect(source.split('\n').length).toBeLessThanOrEqual(250);
  });

  it.each(sources)('%s gives every exported zod schema a type of the same name', (_f, source) => {
    // zod/mini builds every schema with a `z.` function (`z.extend(Base, ...)` included).
    const schemas = [...source.matchAll(/^export const (\w+) = z\./gm)].map((m) => m[1]);
    for (const name of schemas)
      expect(source).toContain(`export type ${name} = z.infer<typeof ${name}>`);
  });

  // zod/mini (plus zod's English messages) rather than classic zod, whose chained methods cannot
  // be tree-shaken out of the worker bundle.
  it.each(sources)('%s imports only zod/mini and its own folder', (_file, source) => {
    for (const [, spec] of source.matchAll(/from '([^']+)'/g))
      expect(spec).toMatch(/^(zod\/(mini|locales)$|\.\.?\/)/);
  });

  it.each(sources.filter(([f]) => !f.startsWith('webhook-signature')))(
    '%s keeps no clock-based timers (a service worker may sleep)',
    (_file, source) => {
      expect(source).not.toMatch(/Date\.now\(|setTimeout\(|setInterval\(/);
    },
  );
});
