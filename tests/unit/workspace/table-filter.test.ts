import {
  createTable,
  getCoreRowModel,
  getFilteredRowModel,
  type ColumnFiltersState,
} from '@tanstack/react-table';
import { describe, expect, it } from 'vitest';
import { anyColumn, COLUMNS } from '@/components/workspace/table/columns';
import type { ResultRow } from '@/lib/workspace/types';

const person = (key: string, over: Partial<ResultRow>): ResultRow => ({
  key,
  kind: 'person',
  lushaId: key,
  name: '',
  ...over,
});

const rows: ResultRow[] = [
  person('1', {
    name: 'Greta Lindqvist',
    title: 'Sales Director',
    city: 'Berlin',
    country: 'Germany',
  }),
  person('2', { name: 'Ada Quill', title: 'VP Marketing', companyName: 'Greta Foods' }),
  person('3', { name: 'Bo Sato', title: 'CTO', city: 'Paris' }),
  {
    key: 'c',
    kind: 'company',
    lushaId: 'c',
    name: 'Northwind',
    industry: 'Retail',
    domain: 'direct.example',
  },
];

/** The keys of the rows a filter keeps, as the results table filters them. */
function kept(filters: ColumnFiltersState, any = false): string[] {
  const columns = COLUMNS.map((c) => (any && c.id === 'name' ? { ...c, filterFn: anyColumn } : c));
  const table = createTable<ResultRow>({
    data: rows,
    columns,
    state: { columnFilters: filters, columnPinning: {}, columnVisibility: {}, columnOrder: [] },
    onStateChange: () => undefined,
    renderFallbackValue: null,
    getCoreRowModel: getCoreRowModel(),
    getFilteredRowModel: getFilteredRowModel(),
  });
  return table.getRowModel().rows.map((r) => r.original.key);
}

describe('the results table filter', () => {
  it('keeps rows whose column holds the text, in any case', () => {
    expect(kept([{ id: 'title', value: 'DIRECTOR' }])).toEqual(['1']);
    // A company's title column is its industry; its company column its domain.
    expect(kept([{ id: 'title', value: 'retail' }])).toEqual(['c']);
    expect(kept([{ id: 'company', value: 'Direct' }])).toEqual(['c']);
    expect(kept([{ id: 'location', value: 'berlin, ger' }])).toEqual(['1']);
    expect(kept([{ id: 'name', value: 'greta' }])).toEqual(['1']);
  });

  it('searches every text column at once for "Any column"', () => {
    expect(kept([{ id: 'name', value: 'grETa' }], true)).toEqual(['1', '2']);
    expect(kept([{ id: 'name', value: 'paris' }], true)).toEqual(['3']);
    expect(kept([{ id: 'name', value: 'nobody' }], true)).toEqual([]);
  });

  it('shows every row again once the text is cleared', () => {
    expect(kept([{ id: 'name', value: '' }], true)).toEqual(['1', '2', '3', 'c']);
  });
});
