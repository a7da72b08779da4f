/**
 * CSV that is safe to open in Excel, LibreOffice and Google Sheets: every cell quoted, and any
 * cell that a spreadsheet would read as a formula (`=`, `+`, `-`, `@`, tab, carriage return, and
 * their full-width forms) prefixed with an apostrophe so it shows as text. Data from the API or
 * a web page must never run as a formula on the rep's machine (CSV injection).
 */

const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;

/** One cell: neutralised if it could start a formula, quoted, quotes doubled. */
export function csvCell(value: unknown): string {
  let text = value === null || value === undefined ? '' : String(value);
  if (FORMULA_START.test(text)) text = `'${text}`;
  return `"${text.replace(/"/g, '""')}"`;
}

/** Rows to CSV text with CRLF line ends and a BOM, so Excel reads UTF-8 names right. */
export function toCsv(header: string[], rows: unknown[][]): string {
  const lines = [header, ...rows].map((row) => row.map(csvCell).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
