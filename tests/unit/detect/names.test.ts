import { describe, expect, it } from 'vitest';
import { isRoleMailbox, nameFromSlug, splitPersonName } from '@/lib/detect';
import {
  looksLikeCompanyName,
  looksLikePersonName,
  nameFromLabel,
  nameFromTitle,
  nameRank,
} from '@/lib/detect/names';

const IN = 'https://www.linkedin.com/in/';
const CO = 'https://www.linkedin.com/company/';

describe('nameFromSlug: the last resort', () => {
  it.each([
    [`${IN}tariq-petrov-81d`, 'Tariq Petrov'],
    [`${IN}priya-ramanathan-42`, 'Priya Ramanathan'],
    [`${IN}amélie-rousseau`, 'Amélie Rousseau'],
    [`${IN}%C3%A9mile-zola-3b`, 'Émile Zola'],
    [`${IN}inês-teles-887634a`, 'Inês Teles'],
    [`${IN}eli-brosh-058989`, 'Eli Brosh'],
    [`${IN}john-doe-34502b1`, 'John Doe'],
    [`${IN}carlhaverford`, 'Carlhaverford'],
    [`${IN}dead-beef`, 'Dead Beef'],
    [`${IN}ACoAABcDeFgHiJkLmNoP`, ''],
    [`${CO}quillfeather-labs`, 'Quillfeather Labs'],
    [`${CO}1035`, ''],
    ['https://www.linkedin.com/sales/lead/ACwAAA1', ''],
  ])('%s is "%s"', (url, name) => {
    expect(nameFromSlug(url)).toBe(name);
  });
});

describe('which texts are names', () => {
  it.each([
    'Amélie Rousseau',
    'Ana de la Cruz',
    'Ludwig van Beethoven',
    'Madeleine N.',
    'JANE DOE',
    "Siobhán O'Brien",
    'Morgante ⚡ Pell',
    '李小龙',
    'Nelson Kenneth Correia',
  ])('"%s" is a person’s name', (text) => {
    expect(looksLikePersonName(text)).toBe(true);
  });

  it.each([
    'Contact info',
    'Contact Info',
    'Chander works here',
    'View profile',
    'Head of Engineering at Motion',
    '1st',
    'LinkedIn Member',
    'Show All Posts',
    'jane@example.com',
    'linkedin.com/in/jane',
    'Member 42',
    '',
  ])('"%s" is not', (text) => {
    expect(looksLikePersonName(text)).toBe(false);
  });

  it('asks two words of free link text', () => {
    expect(looksLikePersonName('Chander', 2)).toBe(false);
    expect(looksLikePersonName('Chander Ramesh', 2)).toBe(true);
  });

  it.each([
    ['Quillfeather Labs', true],
    ['e.l.f. Beauty', true],
    ['Fundación Juegaterapia', true],
    ['Home', false],
    ['Follow', false],
    ['535,892 followers', false],
    ['www.acme.com', false],
    ['See all 45 employees', false],
  ])('"%s" as a company name: %s', (text, ok) => {
    expect(looksLikeCompanyName(text)).toBe(ok);
  });
});

describe('names inside accessible labels', () => {
  it.each([
    ['View Omid Rooholfada’s profile', 'person', 'Omid Rooholfada'],
    ["View Jane Doe's profile", 'person', 'Jane Doe'],
    ['View Scott Walters’ profile', 'person', 'Scott Walters'],
    ['View Madeleine N.’s profile', 'person', 'Madeleine N.'],
    ['Ken Aizawa’s profile picture', 'person', 'Ken Aizawa'],
    ['Chander Ramesh profile picture', 'person', 'Chander Ramesh'],
    ['View profile for Cristina José-Lorente, graphic', 'person', 'Cristina José-Lorente'],
    ['Go to Amélie Rousseau’s profile', 'person', 'Amélie Rousseau'],
    ['View profile', 'person', ''],
    ['Deel page logo', 'company', 'Deel'],
    ['Current company: Acme Robotics', 'company', 'Acme Robotics'],
    ['Verified', 'company', ''],
  ] as const)('"%s" (%s) → "%s"', (label, kind, name) => {
    expect(nameFromLabel(label, kind)).toBe(name);
  });
});

describe('the name in a LinkedIn <title>', () => {
  it.each([
    ['Nelson Kenneth Correia | LinkedIn', 'person', 'Nelson Kenneth Correia'],
    ['(3) Jane Doe | LinkedIn', 'person', 'Jane Doe'],
    ['Jane Doe - Head of Sales - Acme | LinkedIn', 'person', 'Jane Doe'],
    ['(99+) Motion: People | LinkedIn', 'company', 'Motion'],
    ['Audiense | LinkedIn', 'company', 'Audiense'],
    ['Connections | LinkedIn', 'person', ''],
    ['LinkedIn', 'company', ''],
  ] as const)('"%s" → "%s"', (title, kind, name) => {
    expect(nameFromTitle(title, kind)).toBe(name);
  });
});

describe('splitPersonName: first and last name for a name search', () => {
  it.each([
    ['Amélie Rousseau', ['Amélie', 'Rousseau']],
    ['Dr. Ana de la Cruz, PhD', ['Ana', 'de la Cruz']],
    ['Jane (Janie) Doe', ['Jane', 'Doe']],
    ['🚀 Jane Doe ✨', ['Jane', 'Doe']],
    ['Jane Doe MBA', ['Jane', 'Doe']],
    ['Morgante ⚡ Pell', ['Morgante', 'Pell']],
    ['Madonna', null],
    ['', null],
  ])('"%s"', (name, parts) => {
    const split = splitPersonName(name);
    expect(split && [split.firstName, split.lastName]).toEqual(parts);
  });
});

describe('nameRank: a shown name beats one that spells the slug', () => {
  it.each([
    ['Tariq Petrov', `${IN}tariq-petrov-81d`, 2],
    ['Tariq Petrov 81d', `${IN}tariq-petrov-81d`, 1],
    ['Carlhaverford', `${IN}carlhaverford`, 1],
    ['Carl Haverford', `${IN}carlhaverford`, 2],
    ['quillfeather labs', `${CO}quillfeather-labs`, 1],
    ['Quillfeather Labs', `${CO}quillfeather-labs`, 2],
    [undefined, `${IN}x`, 0],
  ])('"%s" for %s: %d', (name, url, rank) => {
    expect(nameRank(name, url)).toBe(rank);
  });
});

describe('isRoleMailbox', () => {
  it.each([
    'info@acme.com',
    'jobs@acme.com',
    'press@acme.com',
    'sales@acme.com',
    'support@acme.com',
    'hello@acme.com',
    'careers@acme.com',
    'contact@acme.com',
    'noreply@acme.com',
    'no-reply@acme.com',
    'Sales@Acme.COM',
    'sales.uk@acme.com',
    'support-team@acme.com',
    'jobs2@acme.com',
    'info+newsletter@acme.com',
    'privacy@acme.com',
  ])('%s is a role mailbox', (email) => {
    expect(isRoleMailbox(email)).toBe(true);
  });

  it.each([
    'jane@acme.com',
    'jane.doe@acme.com',
    'sales.jane@acme.com',
    'infosec-lead@acme.com',
    'helen@acme.com',
    'presston@acme.com',
    'not-an-email',
  ])('%s is a person', (email) => {
    expect(isRoleMailbox(email)).toBe(false);
  });
});
