import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const DIR = path.resolve(import.meta.dirname, '../../../lib/detect');
const sources = readdirSync(DIR)
  .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
  .map((f) => [f, readFileSync(path.join(DIR, f), 'utf8')] as const);

describe('lib/detect stays cheap enough for a content script on every page', () => {
  it('has sources to check', () => {
    expect(sources.length).toBeGreaterThanOrEqual(5);
  });

  it.each(sources)(
    '%s reads no layout (no innerText, computed style or geometry)',
    (_file, source) => {
      expect(source).not.toMatch(
        /\b(?:innerText|outerText|getComputedStyle|getBoundingClientRect|getClientRects|offset(?:Width|Height|Top|Left)|client(?:Width|Height)|scroll(?:Width|Height|Top))\b/,
      );
    },
  );

  it.each(sources)('%s imports nothing heavy (tldts only, from domain.ts)', (file, source) => {
    const imports = [...source.matchAll(/from '([^']+)'/g)].map((m) => m[1]);
    for (const spec of imports) {
      if (spec === 'tldts') expect(file).toBe('domain.ts');
      else expect(spec).toMatch(/^\.\//);
    }
  });

  it.each(sources)('%s stays under 250 lines', (_file, source) => {
    expect(source.split('\n').length).toBeLessThanOrEqual(250);
  });
});
