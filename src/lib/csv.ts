export type CsvValue = string | number | null | undefined;

/** A cell that a spreadsheet would read as a formula (OWASP "CSV injection"): =, +, -, @, tab or carriage return first. */
const FORMULA_START = /^[=+\-@\t\r]/;
/** A plain decimal number written as text ("-5", "+2.5"): a spreadsheet reads it as that number, never as a formula. */
const PLAIN_NUMBER = /^[+-]?\d+(\.\d+)?$/;

/**
 * One CSV cell. Text that would start a formula gets a leading apostrophe, as OWASP recommends, so Excel and
 * LibreOffice show it as text and never evaluate it (a summary "=HYPERLINK(…)" would otherwise send another
 * cell's value to any site when the file is opened). Numbers, and text that is only a number, stay numbers.
 */
export function csvCell(v: CsvValue): string {
  if (v === null || v === undefined) return '';
  let s = String(v);
  if (typeof v === 'string' && FORMULA_START.test(s) && !PLAIN_NUMBER.test(s)) s = `'${s}`;
  return /[",\r\n\t']/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/**
 * RFC 4180 CSV with a UTF-8 byte order mark and CRLF, so Excel opens Vietnamese text correctly, in pieces: the header,
 * then a piece per row. The one writer of the format, for a whole string (toCsv) and a row at a time (text-file.ts).
 */
export function* csvPieces(header: readonly string[], rows: Iterable<readonly CsvValue[]>): Generator<string> {
  yield `\uFEFF${header.map(csvCell).join(',')}`;
  for (const r of rows) yield `\r\n${r.map(csvCell).join(',')}`;
  yield '\r\n';
}

/** The CSV (csvPieces) as one string. */
export const toCsv = (header: readonly string[], rows: Iterable<readonly CsvValue[]>): string => [...csvPieces(header, rows)].join('');

/**
 * A CSV's columns, in order: each column's name (its header, an interface: see csv-columns.ts) with how a row gives
 * its value. One table per file, so that a header and its value cannot drift apart as two parallel lists could.
 * Column names are never all digits (an object would put those first).
 */
export type CsvColumns<T> = Record<string, (row: T) => CsvValue>;

export const csvHeader = <T>(columns: CsvColumns<T>): string[] => Object.keys(columns);

/** Each row's cells, one per column, in order, a row at a time. */
export function csvRows<T>(columns: CsvColumns<T>, rows: Iterable<T>): Iterable<CsvValue[]> {
  const cells = Object.values(columns);
  return (function* () {
    for (const row of rows) yield cells.map((cell) => cell(row));
  })();
}

/** The CSV of the rows (toCsv), one column per entry of the table. */
export const csvOf = <T>(columns: CsvColumns<T>, rows: Iterable<T>): string => toCsv(csvHeader(columns), csvRows(columns, rows));
