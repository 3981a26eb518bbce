// The open data's big files (JSON lists and CSV tables of every task part, submission and unit year) as UTF-8 bytes,
// built a row at a time. The same text as JSON.stringify(list, null, 2) and toCsv(), but never held as one string:
// JavaScript keeps Vietnamese text at two bytes a character, so a 330 MB file at national scale (issue 15) was a
// 660 MB string on top of its bytes. Build-time only (Node's Buffer); the task list's script keeps using csv.ts.
import { z } from 'zod';
import { csvHeader, csvPieces, csvRows, type CsvColumns, type CsvValue } from './csv.ts';

/**
 * A file's UTF-8 bytes as chunks of about 64 KB, made as they are read and written to disk one at a time
 * (data-files.ts): a file is never whole in this process.
 */
export class Chunks {
  // A plain field, not a constructor parameter property: the build's integrations load this file with Node's type
  // stripping, which does not accept those.
  readonly of: Iterable<Uint8Array<ArrayBuffer>>;
  constructor(of: Iterable<Uint8Array<ArrayBuffer>>) {
    this.of = of;
  }
  /** The whole file (tests, tools). */
  bytes(): Uint8Array<ArrayBuffer> {
    return Buffer.concat([...this.of]);
  }
}

function* utf8Chunks(pieces: Iterable<string>): Generator<Uint8Array<ArrayBuffer>> {
  let pending = '';
  for (const s of pieces) {
    pending += s;
    if (pending.length >= 65536) {
      yield Buffer.from(pending, 'utf8');
      pending = '';
    }
  }
  if (pending) yield Buffer.from(pending, 'utf8');
}

function* jsonPieces(items: Iterable<unknown>): Generator<string> {
  let first = true;
  for (const item of items) {
    // JSON text never holds a raw line break (strings escape it), so indenting after each one indents every line.
    yield `${first ? '[\n  ' : ',\n  '}${JSON.stringify(item, null, 2).replaceAll('\n', '\n  ')}`;
    first = false;
  }
  yield first ? '[]\n' : '\n]\n';
}

/** A JSON file's text: two-space indents and a final line break, as every JSON file of dist/data/ is written. */
export const jsonText = (v: unknown): string => `${JSON.stringify(v, null, 2)}\n`;

/** The JSON Schema (draft 2020-12) of a list of records of `schema`: the .schema.json beside an open-data file. */
export const listSchemaText = (schema: z.ZodType): string => jsonText(z.toJSONSchema(z.array(schema), { target: 'draft-2020-12' }));

/** jsonText(items), made a row at a time. Items are plain data (objects, arrays, strings, numbers, null). */
export const jsonList = (items: Iterable<unknown>): Chunks => new Chunks(utf8Chunks(jsonPieces(items)));

/** toCsv(header, rows) (csv.ts: byte order mark, CRLF, formula-safe cells), made a row at a time. */
export const csvList = (header: readonly string[], rows: Iterable<readonly CsvValue[]>): Chunks =>
  new Chunks(utf8Chunks(csvPieces(header, rows)));

/** csvList for a table of columns (csv.ts CsvColumns), a row at a time. */
export const csvTable = <T>(columns: CsvColumns<T>, rows: Iterable<T>): Chunks => csvList(csvHeader(columns), csvRows(columns, rows));

/** jsonList as one buffer. */
export const jsonListFile = (items: Iterable<unknown>): Uint8Array<ArrayBuffer> => jsonList(items).bytes();

/** csvList as one buffer. */
export const csvFile = (header: readonly string[], rows: Iterable<readonly CsvValue[]>): Uint8Array<ArrayBuffer> =>
  csvList(header, rows).bytes();

/** csvTable as one buffer. */
export const csvTableFile = <T>(columns: CsvColumns<T>, rows: Iterable<T>): Uint8Array<ArrayBuffer> => csvTable(columns, rows).bytes();

/** Each item's rows, one at a time (flatMap without the list). */
export function* eachOf<T, R>(items: Iterable<T>, f: (item: T) => Iterable<R>): Generator<R> {
  for (const item of items) yield* f(item);
}
