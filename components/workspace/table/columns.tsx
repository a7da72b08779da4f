import { createColumnHelper, type ColumnDef, type FilterFn } from '@tanstack/react-table';
import type { ReactNode } from 'react';
import type { HistoryEntry } from '@/lib/history/types';
import { fieldLabel } from '@/lib/panel/format';
import { showPhone } from '@/lib/panel/phones';
import type { ResultRow } from '@/lib/workspace/types';

/** What a cell needs beside its row: the history (revealed values) and row actions. */
export interface TableMeta {
  revealed: Record<string, HistoryEntry>;
  onPeopleAt?: (row: ResultRow) => void;
}

const helper = createColumnHelper<ResultRow>();

/**
 * A text made from a row, worked out once per row object (rows are never changed in place: an
 * update is a new object): a scrolling table draws the same rows again and again.
 */
function perRow(text: (row: ResultRow) => string): (row: ResultRow) => string {
  const known = new WeakMap<ResultRow, string>();
  return (row) => {
    let value = known.get(row);
    if (value === undefined) known.set(row, (value = text(row)));
    return value;
  };
}

const place = perRow((r) => [r.city, r.country].filter(Boolean).join(', '));

/** Data points in words: what Lusha has (from `has`, or what it can reveal). */
const dataPoints = perRow((row) => {
  const fields = row.canReveal?.map((c) => c.field) ?? [];
  const has = row.has ?? [];
  const points = new Set<string>();
  if (fields.includes('emails') || has.some((h) => /email/i.test(h))) points.add('Email');
  if (fields.includes('phones') || has.some((h) => /phone/i.test(h))) points.add('Phone');
  if (row.kind === 'company') for (const f of fields) points.add(fieldLabel(f));
  return [...points].join(' · ');
});

/** What is revealed of a person (email, phone), else what Lusha has; a company's people. */
function ContactData({ row, meta }: { row: ResultRow; meta: TableMeta | undefined }) {
  const entry = meta?.revealed[row.key];
  if (row.kind === 'company') {
    return meta?.onPeopleAt ? (
      <button type="button" className="small" onClick={() => meta.onPeopleAt!(row)}>
        People here<span className="visually-hidden"> at {row.name}</span>
      </button>
    ) : (
      dataPoints(row)
    );
  }
  if (entry?.kind !== 'person') return dataPoints(row);
  const email = entry.emails[0]?.email;
  const phone = entry.phones.find((p) => !p.doNotCall) ?? entry.phones[0];
  return (
    <span className="ws-values">
      {email ? (
        <bdi className="value" title={email}>
          {email}
        </bdi>
      ) : null}
      {phone ? (
        <bdi className="value">
          {showPhone(phone.number, row.countryIso2).text}
          {phone.doNotCall ? ' (do not call)' : ''}
        </bdi>
      ) : null}
      {!email && !phone ? <span className="meta">nothing found</span> : null}
    </span>
  );
}

/** A cell's content from its row: rows are drawn from these, without TanStack cell objects. */
export type CellRender = (row: ResultRow, meta: TableMeta | undefined) => ReactNode;

const titleOf = (r: ResultRow) => (r.kind === 'person' ? (r.title ?? '') : (r.industry ?? ''));
const companyOf = (r: ResultRow) =>
  r.kind === 'person' ? (r.companyName ?? '') : (r.domain ?? '');
const sizeOf = (r: ResultRow) => (r.kind === 'person' ? (r.seniority ?? '') : (r.employees ?? ''));

/**
 * The filter box's test: the text, in any case, is in the row's `text` (kept lower-cased per
 * row, so a keystroke over 10,000 rows lower-cases only what was typed).
 */
function contains(text: (r: ResultRow) => string): FilterFn<ResultRow> {
  const lower = perRow((r) => text(r).toLowerCase());
  const test: FilterFn<ResultRow> = (row, _id, typed: string) =>
    lower(row.original).includes(typed);
  test.resolveFilterValue = (typed: unknown) => String(typed ?? '').toLowerCase();
  test.autoRemove = (typed: unknown) => !typed;
  return test;
}

/** "Any column": the row's text columns together. */
export const anyColumn = contains((r) =>
  [r.name, r.title, r.industry, r.companyName, r.domain, r.city, r.country, r.seniority].join(' '),
);

/** The name, with "New" (since the last run) and "In history" marks. */
const nameCell: CellRender = (row, meta) => {
  // Cells isolate their text by CSS (unicode-bidi: plaintext): no wrapper per value.
  if (!row.isNew && !meta?.revealed[row.key]) return row.name;
  return (
    <>
      {row.name}
      {row.isNew ? <span className="badge badge-new">New</span> : null}
      {meta?.revealed[row.key] ? <span className="badge">In history</span> : null}
    </>
  );
};

/**
 * The table's columns (people and companies share them: each cell says what fits the row).
 * TanStack sorts and filters by their values; `render` draws a cell.
 */
const columns: [ColumnDef<ResultRow, string>, CellRender][] = [
  [
    helper.accessor('name', { id: 'name', header: 'Name', filterFn: contains((r) => r.name) }),
    nameCell,
  ],
  [
    helper.accessor(titleOf, {
      id: 'title',
      header: 'Title / industry',
      filterFn: contains(titleOf),
    }),
    titleOf,
  ],
  [
    helper.accessor(companyOf, {
      id: 'company',
      header: 'Company / domain',
      filterFn: contains(companyOf),
    }),
    companyOf,
  ],
  [
    helper.accessor(sizeOf, {
      id: 'seniority',
      header: 'Seniority / size',
      filterFn: contains(sizeOf),
    }),
    sizeOf,
  ],
  [
    helper.accessor(place, { id: 'location', header: 'Location', filterFn: contains(place) }),
    place,
  ],
  [
    helper.accessor(dataPoints, {
      id: 'data',
      header: 'Contact data',
      enableSorting: false,
    }),
    (row, meta) => <ContactData row={row} meta={meta} />,
  ],
];

export const COLUMNS: ColumnDef<ResultRow, string>[] = columns.map(([column]) => column);

/** Each column's id and cell, in order (what a row draws; widths are in workspace.css). */
export const CELLS = columns.map(([column, render]) => ({ id: column.id!, render }));

/** Columns the filter box can search. */
export const FILTERABLE = [
  { id: 'any', label: 'Any column' },
  { id: 'name', label: 'Name' },
  { id: 'title', label: 'Title / industry' },
  { id: 'company', label: 'Company / domain' },
  { id: 'location', label: 'Location' },
] as const;
