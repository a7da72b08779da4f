import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { storage } from 'wxt/utils/storage';
import {
  createHistoryStore,
  csvCell,
  emptyHistory,
  type HistoryData,
  type RevealedCompany,
  type RevealedPerson,
} from '@/lib/history';

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
  demo: true,
};

const store = () =>
  createHistoryStore(storage.defineItem<HistoryData>('local:history', { fallback: emptyHistory }));

describe('the reveal history', () => {
  beforeEach(() => fakeBrowser.reset());

  it('saves reveals in storage and merges a later reveal of the same person', async () => {
    await store().save([person(), company]);
    await store().save([
      person({
        emails: [],
        phones: [{ number: '+1 555 0100', type: 'mobile', doNotCall: true }],
        revealedAt: 2000,
        creditsCharged: 5,
      }),
    ]);
    const all = await store().all();
    expect(all.map((e) => e.name)).toEqual(['Ada Quill', 'Northwind']);
    const ada = all[0] as RevealedPerson;
    expect(ada.emails.map((e) => e.email)).toEqual(['ada@northwind.example']);
    expect(ada.phones).toEqual([{ number: '+1 555 0100', type: 'mobile', doNotCall: true }]);
    expect(ada.creditsCharged).toBe(6);
    expect(
      Object.keys(
        ((await fakeBrowser.storage.local.get('history')).history as HistoryData).entries,
      ),
    ).toEqual(['person:101', 'company:9']);
  });

  it('loses nothing when many reveals are saved at once', async () => {
    const history = store();
    await Promise.all(
      Array.from({ length: 30 }, (_, i) => history.save([person({ id: String(i) })])),
    );
    expect(await history.all()).toHaveLength(30);
  });

  it('searches names, companies, emails and phones', async () => {
    await store().save([
      person(),
      person({ id: '2', name: 'Bo Reyes', companyName: 'Acme', emails: [] }),
      company,
    ]);
    expect((await store().search('acme')).map((e) => e.name)).toEqual(['Bo Reyes']);
    expect((await store().search('ADA@north')).map((e) => e.name)).toEqual(['Ada Quill']);
    expect(await store().search('  ')).toHaveLength(3);
  });

  it('knows who on a page was already revealed, without an API call', async () => {
    await store().save([person(), company]);
    const found = await store().findRevealed([
      'https://www.linkedin.com/in/ada-quill/',
      'https://www.linkedin.com/in/someone-else',
      'ADA@northwind.example',
      'northwind.example',
    ]);
    expect([...found.keys()]).toEqual([
      'https://www.linkedin.com/in/ada-quill/',
      'ADA@northwind.example',
      'northwind.example',
    ]);
  });

  it('exports CSV that a spreadsheet cannot run as formulas', async () => {
    await store().save([
      person({
        name: '=HYPERLINK("http://evil.example","click")',
        title: '+1+2',
        companyName: '@SUM(A1)',
      }),
    ]);
    const csv = await store().toCsv();
    expect(csv.startsWith('\uFEFF"Type","Name"')).toBe(true);
    const row = csv.split('\r\n')[1]!;
    expect(row).toContain(`"'=HYPERLINK(""http://evil.example"",""click"")"`);
    expect(row).toContain(`"'+1+2"`);
    expect(row).toContain(`"'@SUM(A1)"`);
  });

  it.each([
    ['=1+1', `"'=1+1"`],
    ['-2', `"'-2"`],
    ['\tx', `"'\tx"`],
    ['\uFF1D1', `"'\uFF1D1"`],
    ['plain, "quoted"', `"plain, ""quoted"""`],
    [null, '""'],
    [42, '"42"'],
  ])('csvCell(%j) is %s', (input, expected) => {
    expect(csvCell(input)).toBe(expected);
  });
});
