// The open data's big files (JSON lists and CSV tables of every task part, submission and unit year) as UTF-8 bytes,
// built a row at a time. The same text as JSON.stringify(list, null, 2) and toCsv(), but never held as one string:
// JavaScript keeps Vietnamese text at two bytes a character, so a 330 MB file at national scale (issue 15) was a
// 660 MB string on top of its bytes. Build-time only (Node's Buffer); the task list's script keeps using csv.ts.
import { csvCell, csvHeader, csvRows, type CsvColumns, type CsvValue } from './csv.ts';

/** Pieces of text gathered into byte chunks of about 64 KB, then one buffer. */
class Utf8Text {
  private chunks: Buffer[] = [];
  private pending = '';
  add(s: string): void {
    this.pending += s;
    if (this.pending.length >= 65536) this.flush();
  }
  private flush(): void {
    if (this.pending) this.chunks.push(Buffer.from(this.pending, 'utf8'));
    this.pending = '';
  }
  bytes(): Uint8Array<ArrayBuffer> {
    this.flush();
    const out = Buffer.concat(this.chunks);
    this.chunks = [];
    return out;
  }
}

/** `${JSON.stringify(items, null, 2)}\n`, as bytes. Items are plain data (objects, arrays, strings, numbers, null). */
export function jsonListFile(items: Iterable<unknown>): Uint8Array<ArrayBuffer> {
  const out = new Utf8Text();
  let first = true;
  for (const item of items) {
    // JSON text never holds a raw line break (strings escape it), so indenting after each one indents every line.
    out.add(`${first ? '[\n  ' : ',\n  '}${JSON.stringify(item, null, 2).replaceAll('\n', '\n  ')}`);
    first = false;
  }
  out.add(first ? '[]\n' : '\n]\n');
  return out.bytes();
}

/** toCsv(header, rows) (csv.ts: byte order mark, CRLF, formula-safe cells), as bytes. */
export function csvFile(header: readonly string[], rows: Iterable<readonly CsvValue[]>): Uint8Array<ArrayBuffer> {
  const out = new Utf8Text();
  out.add(`\uFEFF${header.map(csvCell).join(',')}`);
  for (const r of rows) out.add(`\r\n${r.map(csvCell).join(',')}`);
  out.add('\r\n');
  return out.bytes();
}

/** csvFile for a table of columns (csv.ts CsvColumns), a row at a time. */
export const csvTableFile = <T>(columns: CsvColumns<T>, rows: Iterable<T>): Uint8Array<ArrayBuffer> =>
  csvFile(csvHeader(columns), csvRows(columns, rows));
