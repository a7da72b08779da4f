// @vitest-environment happy-dom
/**
 * Large pages degrade, never drop: the first items of each kind and the subject are kept, and
 * the findings say they were cut. Merges and deltas carry what the page shows (hints).
 */
import { describe, expect, it } from 'vitest';
import { FINDINGS_LIMITS, mergeFindings, scanDocument, type Findings } from '@/lib/detect';
import { Findings as FindingsSchema, FindingsChanged } from '@/lib/messaging/protocol';
import { emptyFindings, isEmptyFindings, subtractFindings } from '@/lib/scan';

const IN = 'https://www.linkedin.com/in/';
const PAGE = 'https://www.linkedin.com/company/northwind-test-traders/people/';
const profile = (n: number) => `${IN}member-${n}`;

function peoplePage(count: number): Document {
  const cards = Array.from(
    { length: count },
    (_, n) => `<li><a href="/in/member-${n}/">Member ${n}</a></li>`,
  );
  return new DOMParser().parseFromString(`<ul>${cards.join('')}</ul>`, 'text/html');
}

describe('a page with more than the list limit', () => {
  const found = scanDocument(peoplePage(FINDINGS_LIMITS.list + 1), PAGE);

  it('keeps the subject and the first items, and says it was cut', () => {
    expect(found.subject).toEqual({
      kind: 'company',
      url: 'https://www.linkedin.com/company/northwind-test-traders',
    });
    expect(found.profiles).toHaveLength(FINDINGS_LIMITS.list);
    expect(found.profiles[0]).toBe(profile(0));
    expect(found.profiles.at(-1)).toBe(profile(FINDINGS_LIMITS.list - 1));
    expect(found.truncated).toBe(true);
  });

  it('is accepted by the wire schema, which still refuses one item more', () => {
    expect(FindingsChanged.safeParse({ pageUrl: PAGE, reset: true, findings: found }).success).toBe(
      true,
    );
    const tooMany = { ...found, profiles: [...found.profiles, profile(99_999)] };
    expect(FindingsSchema.safeParse(tooMany).success).toBe(false);
  });

  it('is not cut below the limit', () => {
    const small = scanDocument(peoplePage(FINDINGS_LIMITS.list), PAGE);
    expect(small.profiles).toHaveLength(FINDINGS_LIMITS.list);
    expect(small.truncated).toBe(false);
  });

  it('stays within the limit when incremental scans are merged', () => {
    const first: Findings = { ...emptyFindings(), profiles: found.profiles.slice(0, 1_500) };
    const more: Findings = {
      ...emptyFindings(),
      profiles: Array.from({ length: 600 }, (_, n) => profile(5_000 + n)),
    };
    const merged = mergeFindings(first, more);
    expect(merged.profiles).toHaveLength(FINDINGS_LIMITS.list);
    expect(merged.profiles.slice(0, 1_500)).toEqual(first.profiles);
    expect(merged.truncated).toBe(true);
  });
});

describe('the wire schema bounds hints', () => {
  const base = { ...emptyFindings(), profiles: [profile(1)] };

  it.each([
    ['a name of 200 characters', { [profile(1)]: { name: 'A'.repeat(200) } }, true],
    ['a name of 201 characters', { [profile(1)]: { name: 'A'.repeat(201) } }, false],
    ['an empty name', { [profile(1)]: { name: '' } }, false],
    [
      'a key that is not a canonical identity URL',
      { 'https://evil.example/x': { name: 'X' } },
      false,
    ],
    [
      'a lead with company and public profile',
      {
        'https://www.linkedin.com/sales/lead/ACwAAA1': {
          name: 'Ana de la Cruz',
          companyName: 'Umbrella',
          companyUrl: 'https://www.linkedin.com/sales/company/4001',
          profileUrl: `${IN}ana-de-la-cruz`,
        },
      },
      true,
    ],
    ['a company URL elsewhere', { [profile(1)]: { companyUrl: 'https://evil.example/c' } }, false],
  ])('%s', (_name, hints, ok) => {
    expect(FindingsSchema.safeParse({ ...base, hints }).success).toBe(ok);
  });

  it(`refuses more than ${FINDINGS_LIMITS.hints} hints`, () => {
    const hints = Object.fromEntries(
      Array.from({ length: FINDINGS_LIMITS.hints + 1 }, (_, n) => [
        profile(n),
        { name: `Member ${n}` },
      ]),
    );
    expect(FindingsSchema.safeParse({ ...base, hints }).success).toBe(false);
  });
});

describe('hints across merges and deltas', () => {
  const url = `${IN}tariq-petrov-81d`;
  const withName = (name: string): Findings => ({
    ...emptyFindings(),
    profiles: [url],
    hints: { [url]: { name } },
  });

  it('a name the page shows replaces one that only spells the slug, never the reverse', () => {
    expect(mergeFindings(withName('Tariq Petrov'), withName('Tariq P.')).hints[url]?.name).toBe(
      'Tariq Petrov',
    );
    expect(
      mergeFindings(withName('Tariq Petrov'), withName('Tariq Petrov 81d')).hints[url]?.name,
    ).toBe('Tariq Petrov');
    expect(
      mergeFindings(withName('Tariq Petrov 81d'), withName('Tariq Petrov')).hints[url]?.name,
    ).toBe('Tariq Petrov');
  });

  it('fills fields a hint lacks without overwriting the ones it has', () => {
    const a: Findings = { ...emptyFindings(), hints: { [url]: { name: 'Tariq Petrov' } } };
    const b: Findings = {
      ...emptyFindings(),
      hints: { [url]: { name: 'T. Petrov', title: 'Director of IT' } },
    };
    expect(mergeFindings(a, b).hints[url]).toEqual({
      name: 'Tariq Petrov',
      title: 'Director of IT',
    });
  });

  it('a delta carries a hint only when it changes what was sent', () => {
    const sent = withName('Tariq Petrov');
    expect(isEmptyFindings(subtractFindings(withName('Tariq Petrov'), sent))).toBe(true);
    expect(isEmptyFindings(subtractFindings(withName('Tariq P.'), sent))).toBe(true);
    const better = subtractFindings(withName('Tariq Petrov'), withName('Tariq Petrov 81d'));
    expect(better.hints).toEqual({ [url]: { name: 'Tariq Petrov' } });
    expect(better.profiles).toEqual([]);
  });

  it('a delta says truncated once', () => {
    const cut = { ...emptyFindings(), truncated: true };
    expect(subtractFindings(cut, emptyFindings()).truncated).toBe(true);
    expect(isEmptyFindings(subtractFindings(cut, cut))).toBe(true);
  });
});
