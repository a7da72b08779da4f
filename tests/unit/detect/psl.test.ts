import { describe, expect, it } from 'vitest';
import { registrableDomain } from '@/lib/detect';
import { readTestdata, testdataAvailable } from './shared-testdata';

const FILE = 'psl/test_psl.txt';
const VECTOR = /^checkPublicSuffix\((null|'[^']*'), (null|'[^']*')\);/;

/** Every active `checkPublicSuffix(input, expected)` line; commented-out lines are not vectors. */
function vectors(): [string | null, string | null][] {
  const out: [string | null, string | null][] = [];
  for (const line of readTestdata(FILE).split('\n')) {
    const match = VECTOR.exec(line.trim());
    if (!match) continue;
    const unquote = (s: string | undefined) =>
      s === undefined || s === 'null' ? null : s.slice(1, -1);
    out.push([unquote(match[1]), unquote(match[2])]);
  }
  return out;
}

// Read while collecting (it.each needs the rows), so only when the file is there.
const available = testdataAvailable(FILE);

describe.runIf(available)('registrableDomain against the official PSL test vectors', () => {
  const all = available ? vectors() : [];

  it('reads every vector of the file', () => {
    expect(all.length).toBeGreaterThanOrEqual(70);
  });

  // The vectors expect lower-cased output for mixed-case input; a null input stands for "no host".
  it.each(all)('checkPublicSuffix(%s) is %s', (input, expected) => {
    expect(registrableDomain(input ?? '')).toBe(expected);
  });
});

describe('registrableDomain beyond the vectors', () => {
  it.each([
    ['www.caktusgroup.com', 'caktusgroup.com'],
    ['www.nationalgeographic.co.uk', 'nationalgeographic.co.uk'],
    ['shop.example.com.', 'example.com'],
    ['jane.github.io', 'jane.github.io'],
    ['127.0.0.1', null],
    ['[::1]', null],
    ['::1', null],
    ['localhost', null],
    ['', null],
  ])('%s is %s', (host, expected) => {
    expect(registrableDomain(host)).toBe(expected);
  });
});
