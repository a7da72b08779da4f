import { describe, expect, it } from 'vitest';
import {
  companyByDomain,
  companyByLinkedIn,
  companyByName,
  personByEmail,
  personByLinkedIn,
  type LookupTarget,
} from '@/lib/lookup';
import { targetLabel } from '@/lib/panel/format';

const IN = 'https://www.linkedin.com/in/';
const CO = 'https://www.linkedin.com/company/';

describe('targetLabel: how a card is named before its preview', () => {
  it.each([
    [
      'the name the page shows',
      personByLinkedIn(`${IN}tariq-petrov-81d`, 'Tariq Petrov'),
      'Tariq Petrov',
    ],
    ['a slug without its LinkedIn id', personByLinkedIn(`${IN}tariq-petrov-81d`), 'Tariq Petrov'],
    ['a slug with a numeric id', personByLinkedIn(`${IN}priya-ramanathan-42`), 'Priya Ramanathan'],
    ['accents capitalised as letters', personByLinkedIn(`${IN}amélie-rousseau`), 'Amélie Rousseau'],
    [
      'a member id is shown as the link',
      personByLinkedIn(`${IN}ACoAABcDeFgHiJkLmNoP`),
      `${IN}ACoAABcDeFgHiJkLmNoP`,
    ],
    ['a company the page names', companyByLinkedIn(`${CO}motionapp`, 'Motion'), 'Motion'],
    ['a company by its slug', companyByLinkedIn(`${CO}quillfeather-labs`), 'Quillfeather Labs'],
    ['a Sales Navigator account', companyByName('Maison Verte SAS'), 'Maison Verte SAS'],
    ['an email', personByEmail('Jane@Example.com'), 'jane@example.com'],
    ['a domain', companyByDomain('example.com'), 'example.com'],
  ] as [string, LookupTarget, string][])('%s', (_name, target, label) => {
    expect(targetLabel(target)).toBe(label);
  });
});
