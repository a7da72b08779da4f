import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { openLensDb } from '@/lib/db';
import type { RevealedPerson } from '@/lib/history';
import {
  createListStore,
  exportCsv,
  HUBSPOT_HEADER,
  PLAIN_HEADER,
  SALESFORCE_HEADER,
  type ResultRow,
} from '@/lib/workspace';

const person = (id: string, extra: Partial<ResultRow> = {}): ResultRow => ({
  key: `person:${id}`,
  kind: 'person',
  lushaId: id,
  name: `Ada Quill${id}`,
  firstName: 'Ada',
  lastName: `Quill${id}`,
  title: 'VP Sales',
  companyName: 'Northwind',
  companyDomain: 'northwind.example',
  city: 'Berlin',
  country: 'Germany',
  countryIso2: 'DE',
  ...extra,
});
const company: ResultRow = {
  key: 'company:9',
  kind: 'company',
  lushaId: '9',
  name: 'Northwind',
  domain: 'northwind.example',
};

/** Parses our CSV (every cell quoted, CRLF, BOM). */
function parse(csv: string): string[][] {
  return csv
    .replace(/^\uFEFF/, '')
    .trim()
    .split('\r\n')
    .map((line) => [...line.matchAll(/"((?:[^"]|"")*)"/g)].map((m) => m[1]!.replace(/""/g, '"')));
}

describe('lists', () => {
  beforeEach(() => fakeBrowser.reset());

  it('keeps a person once per list, in the order added, and survives a reopened database', async () => {
    const name = `lists-${Math.random()}`;
    const lists = createListStore(openLensDb(name));
    const list = await lists.create('live', 'Berlin VPs');
    expect(await lists.create('live', 'berlin vps')).toMatchObject({ id: list.id });
    expect(await lists.add('live', list.id, [person('1'), person('2'), person('1')])).toEqual({
      added: 2,
      already: 0,
    });
    expect(await lists.add('live', list.id, [person('2'), person('3')])).toEqual({
      added: 1,
      already: 1,
    });
    await expect(lists.items('demo', list.id)).rejects.toThrow(/no longer exists/);

    const reopened = createListStore(openLensDb(name));
    expect((await reopened.items('live', list.id)).map((r) => r.lushaId)).toEqual(['1', '2', '3']);
    expect(await reopened.all('live')).toEqual([
      expect.objectContaining({ name: 'Berlin VPs', count: 3 }),
    ]);
    await reopened.removeItems('live', list.id, ['person:2']);
    expect((await reopened.items('live', list.id)).map((r) => r.lushaId)).toEqual(['1', '3']);
  });
});

describe('CSV exports', () => {
  const revealed: RevealedPerson = {
    kind: 'person',
    id: '1',
    name: 'Ada Quill1',
    emails: [
      { email: 'ada@private.example', type: 'personal' },
      { email: 'ada.quill@northwind.example', type: 'work' },
    ],
    phones: [
      { number: '+4930123456789', type: 'direct' },
      { number: '+4915112345678', type: 'mobile', doNotCall: true },
    ],
    revealedAt: 1,
    creditsCharged: 2,
    demo: false,
  };
  const history = new Map([['person:1', revealed]]);

  it('HubSpot: its contact property headings, one row per person, work email, phones formatted, no do-not-call', () => {
    const { csv, rows, skipped } = exportCsv(
      'hubspot',
      [person('1'), person('2'), company, person('1')],
      history,
    );
    const [header, ada, other] = parse(csv);
    expect(header).toEqual(HUBSPOT_HEADER);
    expect(rows).toBe(2);
    expect(skipped).toBe(1);
    expect(ada).toEqual([
      'Ada',
      'Quill1',
      'ada.quill@northwind.example',
      '+49 30 123456789',
      '',
      'VP Sales',
      'Northwind',
      'https://northwind.example',
      'Berlin',
      '',
      'Germany',
    ]);
    expect(other![2]).toBe('');
  });

  it('Salesforce: the lead import labels; plain: everything, companies too, do-not-call marked', () => {
    const [sfHeader, sfAda] = parse(exportCsv('salesforce', [person('1')], history).csv);
    expect(sfHeader).toEqual(SALESFORCE_HEADER);
    expect(sfAda!.slice(0, 6)).toEqual([
      'Ada',
      'Quill1',
      'VP Sales',
      'Northwind',
      'ada.quill@northwind.example',
      '+49 30 123456789',
    ]);

    const [header, ada, firm] = parse(exportCsv('plain', [person('1'), company], history).csv);
    expect(header).toEqual(PLAIN_HEADER);
    const cell = (row: string[] | undefined, name: string) => row![PLAIN_HEADER.indexOf(name)];
    expect(cell(ada, 'Phones')).toBe('+49 30 123456789; +49 1511 2345678');
    expect(cell(ada, 'Do not call')).toBe('+49 1511 2345678');
    expect(cell(firm, 'Type')).toBe('company');
  });

  it('is Excel-safe: a formula in a name is neutralised', () => {
    const [, evil] = parse(
      exportCsv('hubspot', [person('5', { firstName: '=HYPERLINK("x")' })], new Map()).csv,
    );
    expect(evil![0]).toBe(`'=HYPERLINK("x")`);
  });
});
