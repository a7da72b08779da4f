/**
 * The text gate (`mayHold`): whether a subtree's text may hold what a text detector finds,
 * answered with searches for rare characters. Checked against the patterns it replaced, on
 * random text made of the characters that matter.
 */
import { describe, expect, it } from 'vitest';
import { mayHold } from '@/lib/detect/reader';

/** The gate as it was: patterns and case-variant searches over the whole text. */
function oracle(text: string): boolean {
  const lower = text.toLowerCase();
  return (
    /@[A-Za-z0-9]/.test(text) ||
    text.includes('&#') ||
    text.includes('&commat;') ||
    lower.includes('linkedin.com/') ||
    /\b(?:dot|DOT)\b/.test(text) ||
    /[[({<] ?(?:at|AT|At|@|dot|DOT|\.) ?[\])}>]/.test(text)
  );
}

/** A small seeded generator, so that a failure can be replayed. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const PIECES = [
  ' ',
  'a',
  'at',
  'At',
  'AT',
  'aT',
  'dot',
  'DOT',
  'Dot',
  'dotted',
  '_',
  '.',
  '@',
  '(',
  ')',
  '[',
  ']',
  '{',
  '}',
  '<',
  '>',
  '/',
  'linkedin',
  'LinkedIn',
  'LINKEDIN',
  '.com',
  '.COM',
  'in',
  '&',
  '#',
  '&#',
  'commat;',
  'é',
  '·',
  '9',
  'x',
];

describe('the text gate', () => {
  it.each([
    ['an address', 'write to jane@example.com', true],
    ['an at-sign before a space', 'Engineer @ Motion', false],
    ['a LinkedIn URL in any case', 'see LINKEDIN.COM/in/jane', true],
    ['LinkedIn named, no URL', 'LinkedIn Corporation © 2025 · linkedin.com', false],
    ['a word dot', 'jane dot doe', true],
    ['dot inside a word', 'dotted lines, Dotdash', false],
    ['a bracketed at with spaces', 'jane ( at ) example', true],
    ['a bracketed at-sign', 'jane{@}example', true],
    ['a bracketed dot', 'example<.>com', true],
    ['a bracket without at or dot', '(He/Him) [Sales] {team}', false],
    ['an entity', 'jane&#64;example.com', true],
    ['a named entity', 'jane&commat;example.com', true],
  ])('%s', (_, text, expected) => {
    expect(mayHold(text)).toBe(expected);
  });

  it('answers as the patterns it replaced, on 20,000 random texts', () => {
    const next = random(42);
    for (let n = 0; n < 20_000; n++) {
      const parts: string[] = [];
      for (let k = 1 + Math.floor(next() * 12); k > 0; k--) {
        parts.push(PIECES[Math.floor(next() * PIECES.length)]!);
      }
      const text = parts.join('');
      expect(mayHold(text), JSON.stringify(text)).toBe(oracle(text));
    }
  });
});
