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
    const schemas = [...source.matchAll(/^export const (\w+) = (?:z\.|\w+\.extend\()/gm)].map(
      (m) => m[1],
    );
    for (const name of schemas)
      expect(source).toContain(`export type ${name} = z.infer<typeof ${name}>`);
  });

  it.each(sources)('%s imports only zod and its own folder', (_file, source) => {
    for (const [, spec] of source.matchAll(/from '([^']+)'/g))
      expect(spec).toMatch(/^(zod|\.\.?\/)/);
  });

  it.each(sources.filter(([f]) => !f.startsWith('webhook-signature')))(
    '%s keeps no clock-based timers (a service worker may sleep)',
    (_file, source) => {
      expect(source).not.toMatch(/Date\.now\(|setTimeout\(|setInterval\(/);
    },
  );
});
