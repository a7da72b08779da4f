import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import {
  createHistoryStore,
  csvCell,
  type RevealedCompany,
  type RevealedPerson,
} from '@/lib/history';
import { freshDb } from '../support/db';

const person = (over: Partial<RevealedPerson> = {}): RevealedPerson => ({
  kind: 'person',
  id: '101',
  name: 'Ada Quill',
  title: 'VP Sales',
  companyName: 'Northwind',
  companyDomain: 'northwind.example',
  linkedinUrl: 'https://www.linkedin.com/in/ada-quill',
  emails: [{ email: 'ada@northwind.example', type: 'work', confidence: 'A+' }],
  phones: [],
  revealedAt: 1000,
  creditsCharged: 1,
  demo: false,
  revealedFields: ['emails'],
  ...over,
});

const company: RevealedCompany = {
  kind: 'company',
  id: '9',
  name: 'Northwind',
  domain: 'northwind.example',
  linkedinUrl: 'https://www.linkedin.com/company/northwind',
  fields: {},
  revealedAt: 500,
  creditsCharged: 1,
  demo: false,
};

const store = () => createHistoryStore(freshDb());

/** `n` people at Acme, newest last; every fourth a Director: two words common alone and together. */
const acmeStaff = (n: number) =>
  Array.from({ length: n }, (_, i) =>
    person({
      id: String(i),
      name: `Member ${i}`,
      companyName: 'Acme',
      title: i % 4 === 0 ? 'Director' : 'Engineer',
      revealedAt: i,
      linkedinUrl: undefined,
      emails: [],
    }),
  );
const names = (page: { entries: { name: string }[] }) => page.entries.map((e) => e.name);

describe('the reveal history', () => {
  it('keeps one row per person and merges a later reveal of the same person', async () => {
    const history = store();
    await history.save([person(), company]);
    await history.save([
      person({
        emails: [],
        phones: [{ number: '+1 555 0100', type: 'mobile', doNotCall: true }],
        revealedAt: 2000,
        creditsCharged: 5,
        revealedFields: ['phones'],
      }),
    ]);
    const page = await history.search({ scope: 'live' });
    expect(names(page)).toEqual(['Ada Quill', 'Northwind']);
    expect(page.total).toBe(2);
    const ada = page.entries[0] as RevealedPerson;
    expect(ada.emails.map((e) => e.email)).toEqual(['ada@northwind.example']);
    expect(ada.phones).toEqual([{ number: '+1 555 0100', type: 'mobile', doNotCall: true }]);
    expect(ada.creditsCharged).toBe(6);
    expect(ada.revealedFields).toEqual(['emails', 'phones']);
  });

  it('loses nothing when many reveals are saved at once', async () => {
    const history = store();
    await Promise.all(
      Array.from({ length: 30 }, (_, i) => history.save([person({ id: String(i) })])),
    );
    expect((await history.search({ scope: 'live', limit: 0 })).total).toBe(30);
  });

  it('searches by the start of words in names, companies, emails and phones, accents folded', async () => {
    const history = store();
    await history.save([
      person(),
      person({
        id: '2',
        name: 'Amélie Reyes',
        companyName: 'Acme',
        emails: [],
        revealedAt: 3000,
        linkedinUrl: 'https://www.linkedin.com/in/amelie-r',
      }),
      person({
        id: '3',
        name: 'Bo Chen',
        emails: [{ email: 'bo@northwind.example' }],
        phones: [{ number: '+1 415-555-0199' }],
        revealedAt: 2000,
        linkedinUrl: undefined,
      }),
      company,
    ]);
    const search = async (query: string) => names(await history.search({ query, scope: 'live' }));
    expect(await search('acme')).toEqual(['Amélie Reyes']);
    expect(await search('amelie')).toEqual(['Amélie Reyes']);
    expect(await search('ADA@north')).toEqual(['Ada Quill']);
    expect(await search('4155550199')).toEqual(['Bo Chen']);
    expect(await search('north')).toEqual(['Amélie Reyes', 'Bo Chen', 'Ada Quill', 'Northwind']);
    expect(await search('orth')).toEqual([]);
    expect((await history.search({ query: '  ', scope: 'live' })).total).toBe(4);
  });

  it('pages newest first and counts all matches', async () => {
    const history = store();
    await history.save(
      Array.from({ length: 120 }, (_, i) => person({ id: String(i), revealedAt: i })),
    );
    const first = await history.search({ scope: 'live', limit: 50 });
    expect(first.total).toBe(120);
    expect(first.entries.map((e) => e.id).slice(0, 2)).toEqual(['119', '118']);
    const third = await history.search({ query: 'ada', scope: 'live', offset: 100, limit: 50 });
    expect(third.entries.map((e) => e.id)).toHaveLength(20);
    expect(third.total).toBe(120);
  });

  it('a very common word walks the newest rows; a rare one narrows it, counted exactly', async () => {
    const history = store();
    const many = Array.from({ length: 2_100 }, (_, i) =>
      person({
        id: String(i),
        name: `Member ${i}`,
        companyName: 'Acme',
        revealedAt: i,
        linkedinUrl: undefined,
        emails: [],
      }),
    );
    many[7] = { ...many[7]!, name: 'Zed Quorra' };
    await history.save(many);
    const common = await history.search({ query: 'acme', scope: 'live', limit: 50 });
    expect(common.entries.map((e) => e.id).slice(0, 3)).toEqual(['2099', '2098', '2097']);
    expect(common.more).toBe(true);
    expect(common.total).toBeGreaterThanOrEqual(50);
    const rare = await history.search({ query: 'acme quorra', scope: 'live' });
    expect(rare).toEqual({ entries: [expect.objectContaining({ id: '7' })], total: 1 });
    expect(await history.count('live')).toBe(2_100);
    await history.remove(['person:7', 'person:nope']);
    expect(await history.count('live')).toBe(2_099);
    expect((await history.search({ query: 'quorra', scope: 'live' })).total).toBe(0);
  });

  it('rows a search walked are reused, never stale: saves, removals and other writers show', async () => {
    const db = freshDb();
    const history = createHistoryStore(db);
    await history.save(acmeStaff(1_500));
    // Common words, rare together: the walk reads (and keeps) the rows.
    const ids = async (query: string) =>
      (await history.search({ query, scope: 'live', limit: 0 })).entries.map((e) => e.id);
    const first = await ids('acme director');
    expect(first).toHaveLength(375);
    expect(first[0]).toBe('1496');
    // Two searches at once agree.
    const [a, b] = await Promise.all([ids('acme director'), ids('director acme')]);
    expect(a).toEqual(first);
    expect(b).toEqual(first);
    // A new reveal is found at once, a removed one is gone.
    await history.save([
      person({ id: 'new', name: 'Nia Acme', title: 'Director', revealedAt: 9e9 }),
    ]);
    expect((await ids('acme director'))[0]).toBe('new');
    await history.remove(['person:1496']);
    expect(await ids('acme director')).not.toContain('1496');
    // Another writer on the same database (the start-up migration) is seen too.
    await createHistoryStore(db).save([
      person({ id: 'other', name: 'Oz Acme', title: 'Director', revealedAt: 9e9 + 1 }),
    ]);
    expect((await ids('acme director'))[0]).toBe('other');
  });

  it('rows read ahead for the History view give the same answers, and new ones show', async () => {
    const db = freshDb();
    const history = createHistoryStore(db);
    await history.save(acmeStaff(2_500));
    await history.warm('live');
    const search = { query: 'acme direct', scope: 'live' as const, offset: 40, limit: 30 };
    expect(await history.search(search)).toEqual(await createHistoryStore(db).search(search));
    await history.save([
      person({ id: 'new', name: 'Nia Acme', title: 'Director', revealedAt: 9e9 }),
    ]);
    await history.warm('live');
    const first = await history.search({ query: 'acme direct', scope: 'live', limit: 1 });
    expect(first.entries[0]?.id).toBe('new');
  });

  it('keeps demo and live entries apart', async () => {
    const history = store();
    await history.save([
      person(),
      person({ id: '7', name: 'Demo Dana', demo: true, linkedinUrl: undefined, emails: [] }),
    ]);
    expect(names(await history.search({ scope: 'demo' }))).toEqual(['Demo Dana']);
    expect(names(await history.search({ scope: 'live' }))).toEqual(['Ada Quill']);
    expect(
      (await history.findRevealed(['https://www.linkedin.com/in/ada-quill'], 'demo')).size,
    ).toBe(0);
  });

  it('knows who on a page was already revealed, by link, email, domain or Lusha id', async () => {
    const history = store();
    await history.save([person(), company]);
    const found = await history.findRevealed(
      [
        'https://www.linkedin.com/in/ada-quill/',
        'https://www.linkedin.com/in/someone-else',
        'ADA@northwind.example',
        'northwind.example',
        'person:101',
        'company:404',
      ],
      'live',
    );
    expect([...found.keys()]).toEqual([
      'person:101',
      'https://www.linkedin.com/in/ada-quill/',
      'ADA@northwind.example',
      'northwind.example',
    ]);
  });

  it('finds the revealed among thousands of ids, whichever way it looks (and with a wrong count)', async () => {
    const db = freshDb();
    const history = createHistoryStore(db);
    await history.save([person({ id: '7' }), person({ id: '2500', demo: true })]);
    const wanted = Array.from({ length: 3000 }, (_, i) => `person:${i}`);
    const hits = async (ids: string[], scope: 'live' | 'demo') => [
      ...(await history.findRevealed(ids, scope)).keys(),
    ];
    // More ids than rows (the history's keys are read once), and fewer (one lookup per id).
    expect(await hits(wanted, 'live')).toEqual(['person:7']);
    expect(await hits(wanted, 'demo')).toEqual(['person:2500']);
    expect(await hits(['person:7', 'person:8', 'person:7'], 'live')).toEqual(['person:7']);
    // The kept counts only choose the way: wrong ones still find every row.
    await db.stats.clear();
    expect(await hits(wanted, 'live')).toEqual(['person:7']);
    await db.stats.bulkPut([
      { id: 'history:live', count: 10_000 },
      { id: 'history:demo', count: 0 },
    ]);
    expect(await hits(wanted, 'demo')).toEqual(['person:2500']);
  });

  it('exports CSV that a spreadsheet cannot run as formulas, phones left dialable', async () => {
    const history = store();
    const [saved] = await history.save([
      person({
        name: '=HYPERLINK("http://evil.example","click")',
        title: '+1+2',
        companyName: '@SUM(A1)',
        phones: [{ number: '+1 (415) 555-0100' }, { number: '+44 20 7946 0000' }],
      }),
    ]);
    const csv = history.toCsv([saved!]);
    expect(csv.startsWith('\uFEFF"Type","Name"')).toBe(true);
    const row = csv.split('\r\n')[1]!;
    expect(row).toContain(`"'=HYPERLINK(""http://evil.example"",""click"")"`);
    expect(row).toContain(`"'+1+2"`);
    expect(row).toContain(`"'@SUM(A1)"`);
    expect(row).toContain(`"+1 (415) 555-0100; +44 20 7946 0000"`);
  });

  it.each([
    ['=1+1', `"'=1+1"`],
    ['-2', `"'-2"`],
    ['\tx', `"'\tx"`],
    ['\uFF1D1', `"'\uFF1D1"`],
    ['+1 415 555 0100', `"+1 415 555 0100"`],
    ['+1 415; =cmd()', `"'+1 415; =cmd()"`],
    ['evil\u202Egnp.exe', `"evilgnp.exe"`],
    ['\u2067=1+1\u2069', `"'=1+1"`],
    ['plain, "quoted"', `"plain, ""quoted"""`],
    [null, '""'],
    [42, '"42"'],
  ])('csvCell(%j) is %s', (input, expected) => {
    expect(csvCell(input)).toBe(expected);
  });
});
