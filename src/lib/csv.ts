/**
 * CSV for spreadsheets (RFC 4180): comma-separated, CRLF line ends, fields quoted when they hold a
 * comma, a quote, a line break or surrounding spaces, and a UTF-8 byte-order mark so Excel opens
 * Chinese text correctly instead of guessing a legacy code page.
 *
 * Text that a spreadsheet would run as a formula (starting with = + - @, a tab or a carriage
 * return) gets a leading apostrophe: a name in an imported result file must never become a formula
 * on the trainer's computer. Numbers are written as numbers.
 */

export type Cell = string | number | boolean | null | undefined;

export const BOM = '\uFEFF';

const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: Cell): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? '是' : '否';
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The rows as CSV text, with a BOM unless `bom: false`. */
export function toCsv(rows: ReadonlyArray<ReadonlyArray<Cell>>, { bom = true }: { bom?: boolean } = {}): string {
  return (bom ? BOM : '') + rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
