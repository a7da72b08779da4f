/**
 * CSV that is safe to open in Excel, LibreOffice and Google Sheets: every cell quoted, and any
 * cell that a spreadsheet would read as a formula (`=`, `+`, `-`, `@`, tab, carriage return, and
 * their full-width forms) prefixed with an apostrophe so it shows as text. Data from the API or
 * a web page must never run as a formula on the rep's machine (CSV injection). Plain phone
 * numbers (`+` then digits, spaces, dashes, parentheses) are left as they are: nothing in them
 * can call a function, and a rep wants to dial them. Bidirectional controls are removed, so a
 * name cannot display as something else.
 */

const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;
/** One or more plain phone numbers, `; `-separated. */
const PLAIN_PHONES = /^\+[0-9 ()-]+(?:; \+[0-9 ()-]+)*$/;
/** LRM, RLM, ALM, the embeddings and overrides (LRE..RLO) and the isolates (LRI..PDI). */
export const BIDI_CONTROLS = /[\u200E\u200F\u061C\u202A-\u202E\u2066-\u2069]/g;

/** One cell: bidi controls removed, neutralised if it could start a formula, quoted. */
export function csvCell(value: unknown): string {
  let text = value === null || value === undefined ? '' : String(value);
  text = text.replace(BIDI_CONTROLS, '');
  if (FORMULA_START.test(text) && !PLAIN_PHONES.test(text)) text = `'${text}`;
  return `"${text.replace(/"/g, '""')}"`;
}

/** Rows to CSV text with CRLF line ends and a BOM, so Excel reads UTF-8 names right. */
export function toCsv(header: string[], rows: unknown[][]): string {
  const lines = [header, ...rows].map((row) => row.map(csvCell).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
