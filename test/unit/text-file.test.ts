// The open data's big files are written a row at a time as bytes (src/lib/text-file.ts): their text must be exactly
// what JSON.stringify(list, null, 2) and toCsv() give, which is what the files were before and what readers parse.
import { describe, expect, it } from 'vitest';
import { toCsv } from '../../src/lib/csv.ts';
import { csvFile, jsonListFile } from '../../src/lib/text-file.ts';

const text = (b: Uint8Array) => Buffer.from(b).toString('utf8');

const rows = [
  {
    year: 2026,
    task: 'pl2-07',
    unit: 'phuong-hoan-kiem',
    roles: [{ role: 'chu-tri', via: 'ubnd-phuong-xa', condition: null }],
    summary: 'Đã thu gom 1.250 tấn chất thải rắn; "nước thải" xử lý\nđạt 45%',
    percent: 45.5,
    reason: null,
    nested: { empty: [], obj: {}, list: [1, [2, 3], { a: 'ư' }] },
  },
  { year: 2027, task: 'pl1-i-01', unit: 'so-xay-dung', roles: [], summary: '=HYPERLINK("x")', percent: null, reason: 'gia hạn' },
];

describe('open-data files written as bytes', () => {
  it('a JSON list is JSON.stringify(list, null, 2) with a final line break, empty lists included', () => {
    for (const list of [rows, [], [rows[0]], ['a', 1, null], [[], {}]])
      expect(text(jsonListFile(list))).toBe(`${JSON.stringify(list, null, 2)}\n`);
  });

  it('a long list crosses the chunk size without changing a byte', () => {
    const long = Array.from({ length: 3000 }, (_, i) => ({ ...rows[i % 2], year: i }));
    expect(text(jsonListFile(long))).toBe(`${JSON.stringify(long, null, 2)}\n`);
  });

  it('a CSV table is toCsv(): byte order mark, CRLF, quoted and formula-safe cells', () => {
    const header = ['year', 'task', 'summary', 'percent', 'reason'];
    const cells = Array.from({ length: 2000 }, (_, i) => {
      const r = rows[i % 2]!;
      return [r.year, r.task, r.summary, r.percent, r.reason];
    });
    for (const list of [cells, [], cells.slice(0, 1)]) expect(text(csvFile(header, list))).toBe(toCsv(header, list));
  });
});
