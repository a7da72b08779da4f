// @vitest-environment happy-dom
/**
 * Hostile text: every detector must stay linear on it. These tests only run the inputs to the
 * end (no timing asserts: the figures are in `npm run bench`); a quadratic pattern does not
 * finish a 1 MB input within the test timeout (the old in-text LinkedIn pattern needed 15 s for
 * 100,000 letters), so it fails here.
 */
import { describe, expect, it } from 'vitest';
import { extractEmails, scanDocument } from '@/lib/detect';
import { linkedInRefsInText } from '@/lib/detect/linkedin-text';

const MB = 1 << 20;
const fill = (unit: string, size = MB) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);

/** 1 MB inputs: long runs of letters, dots, at-signs, spaces, and repeated near-misses. */
const HOSTILE: [string, string][] = [
  ['linkedin.com then letters', `linkedin.com${fill('a')}`],
  ['linkedin.com/in/ repeated', fill('linkedin.com/in/')],
  ['https://www. then host letters', `https://www.${fill('a')}linkedin.com/in/x`],
  ['letters', fill('a')],
  ['dots', fill('.')],
  ['at-signs', fill('@')],
  ['spaces then a bracketed at', `${fill(' ')}jane [at] example [dot] com`],
  ['letters and at-signs', fill('a@')],
  ['a long local part before each @', fill(`${'a'.repeat(300)}@`)],
  ['a long host after each @', fill(`@${'b.'.repeat(150)}`)],
  ['dots and dashes after @', fill('x@.-.-.-.-')],
  ['words "at" and "dot"', fill('jane at example dot ')],
  ['brackets', fill('x [at] y [dot] ')],
  ['open braces', fill('{a, ')],
  ['lists before a colon', fill('ann, bob, ')],
  ['closing braces before @', fill('a,}@x.com ')],
  ['colons before @', fill('a, b: @x.com ')],
  ['entities', fill('&#64;&#x40;&commat;')],
];

describe('detectors on 1 MB of hostile text', () => {
  it.each(HOSTILE)('extractEmails: %s', (_name, text) => {
    expect(text.length).toBeGreaterThanOrEqual(MB);
    expect(Array.isArray(extractEmails(text))).toBe(true);
  });

  it.each(HOSTILE)('linkedInRefsInText: %s', (_name, text) => {
    expect(Array.isArray(linkedInRefsInText(text))).toBe(true);
  });

  it('still finds what the hostile text hides', () => {
    expect(extractEmails(`${fill('@', MB / 2)} jane@example.com`)).toEqual(['jane@example.com']);
    expect(extractEmails(`${fill(' ', MB / 2)}jane [at] example [dot] com`)).toEqual([
      'jane@example.com',
    ]);
    expect(linkedInRefsInText(`${fill('linkedin.com', MB / 2)} linkedin.com/in/jane-doe`)).toEqual([
      { kind: 'profile', url: 'https://www.linkedin.com/in/jane-doe' },
    ]);
  });

  it('scanDocument reads a page of hostile paragraphs to the end', () => {
    const paragraphs = HOSTILE.slice(0, 11).map(([, text]) => `<p>${text.slice(0, 80_000)}</p>`);
    const html = `<!doctype html><body>${paragraphs.join('')}<p>last@example.com</p></body>`;
    const doc = new DOMParser().parseFromString(html, 'text/html');
    const found = scanDocument(doc, 'https://www.example.com/');
    expect(found.emails).toContain('last@example.com');
    expect(found.truncated).toBe(false);
  });

  it('cuts only what is pathological, and says so', () => {
    const words = `<p>${fill('jane at example dot ', 200_000)}</p><p>last@example.com</p>`;
    const doc = new DOMParser().parseFromString(
      `<!doctype html><body>${words}</body>`,
      'text/html',
    );
    const found = scanDocument(doc, 'https://www.example.com/');
    expect(found.emails).toEqual(['last@example.com']);
    expect(found.truncated).toBe(true);
  });
});
