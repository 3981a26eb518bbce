// A unit's workbook on the real plan and registry, the way the editor uses it: `new-report --xlsx` writes it,
// a person fills it and LibreOffice re-saves it, then either `import-report` turns it into the unit's YAML, or the
// workbook itself is committed as content/reports/<năm>/<mã đơn vị>.xlsx and read by the build like the YAML.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { parse } from 'yaml';
import { formatProblem } from '../../src/lib/data-file.ts';
import { readSiteData, readSiteDataWithWorkbooks } from '../../src/lib/site-data.ts';
import { submissionSchema } from '../../src/schemas/report.ts';
import { cellText } from '../../src/lib/workbook/cells.ts';
import { SHEETS, TASK_COLUMNS, columnLetter } from '../../src/lib/workbook/layout.ts';
import { editWorkbook, fillLikeAPerson, hasSoffice, resaveWithLibreOffice, rowOf } from '../support/workbook.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const FIXTURE = join(ROOT, 'test/fixtures/workbook/so-xay-dung-2026.yaml');
const expected = submissionSchema.parse(parse(readFileSync(FIXTURE, 'utf8')));
const temps: string[] = [];
const temp = () => {
  const dir = mkdtempSync(join(tmpdir(), 'bang-tinh-'));
  temps.push(dir);
  return dir;
};
afterAll(() => temps.forEach((d) => rmSync(d, { recursive: true, force: true })));
vi.setConfig({ testTimeout: 120_000, hookTimeout: 180_000 });
const node = (args: string[], env: Record<string, string> = {}) =>
  spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8', env: { ...process.env, ...env } });
const reportsWith = (files: Record<string, Uint8Array | string>) => {
  const dir = temp();
  mkdirSync(join(dir, '2026'));
  for (const [name, bytes] of Object.entries(files)) writeFileSync(join(dir, '2026', name), bytes);
  return dir;
};

let template: Uint8Array;
let filled: Uint8Array;
beforeAll(() => {
  const out = join(temp(), 'so-xay-dung-2026.xlsx');
  const r = node(['src/cli/new-report.ts', '2026', 'so-xay-dung', '--xlsx', out]);
  expect(r.status, r.stderr).toBe(0);
  template = new Uint8Array(readFileSync(out));
});
beforeAll(async () => {
  const bytes = await fillLikeAPerson(template);
  // CI installs LibreOffice (.ci/run); a machine without it still tests everything but the re-save.
  filled = hasSoffice() || process.env.CI ? resaveWithLibreOffice(bytes) : bytes;
});

describe('new-report --xlsx', () => {
  it('offers the same tasks as the YAML template of the same unit and year', () => {
    const dir = temp();
    expect(node(['src/cli/new-report.ts', '2026', 'so-xay-dung'], { REPORTS_DIR: dir }).status).toBe(0);
    const yamlIds = (parse(readFileSync(join(dir, '2026', 'so-xay-dung.yaml'), 'utf8')) as { tasks: { task: string }[] }).tasks.map(
      (t) => t.task,
    );
    const ids: string[] = [];
    return editWorkbook(template, (wb) => {
      const ws = wb.getWorksheet(SHEETS.tasks)!;
      const head = rowOf(ws, TASK_COLUMNS[0].header);
      for (let n = head + 1; n <= ws.rowCount; n++) if (ws.getCell(`A${n}`).value) ids.push(cellText(ws.getCell(`A${n}`).value));
    }).then(() => expect(ids).toEqual(yamlIds));
  });

  it('writes one workbook per reporting unit into a folder with --all', () => {
    const dir = join(temp(), 'mau');
    const r = node(['src/cli/new-report.ts', '2026', '--all', '--xlsx', dir]);
    expect(r.status, r.stderr).toBe(0);
    const units = readSiteData(ROOT, { withoutReports: true }).data!.registry.units;
    expect(readdirSync(dir).sort()).toEqual(units.map((u) => `${u.id}-2026.xlsx`).sort());
  });
});

describe('a committed workbook is read by the build like the YAML', () => {
  it('gives the same submission as the hand-written YAML', async () => {
    const fromXlsx = await readSiteDataWithWorkbooks(ROOT, { reportsDir: reportsWith({ 'so-xay-dung.xlsx': filled }) });
    expect(fromXlsx.problems.filter((p) => p.severity === 'error').map(formatProblem)).toEqual([]);
    const fromYaml = readSiteData(ROOT, { reportsDir: reportsWith({ 'so-xay-dung.yaml': readFileSync(FIXTURE, 'utf8') }) });
    expect(fromYaml.problems.filter((p) => p.severity === 'error').map(formatProblem)).toEqual([]);
    const a = fromXlsx.data!.reporting.yearly.get(2026)!.get('so-xay-dung');
    expect(a).toEqual(fromYaml.data!.reporting.yearly.get(2026)!.get('so-xay-dung'));
    expect(a).toEqual(expected);
  });

  it('refuses a unit with both a .xlsx and a .yaml for one year', async () => {
    const r = await readSiteDataWithWorkbooks(ROOT, {
      reportsDir: reportsWith({ 'so-xay-dung.xlsx': filled, 'so-xay-dung.yaml': readFileSync(FIXTURE, 'utf8') }),
    });
    expect(r.data).toBeNull();
    expect(r.problems.map(formatProblem)).toEqual([expect.stringMatching(/so-xay-dung\.xlsx.*chỉ có một tệp, \.xlsx hoặc \.yaml/)]);
  });

  it('refuses a workbook committed under another unit’s name', async () => {
    const r = await readSiteDataWithWorkbooks(ROOT, { reportsDir: reportsWith({ 'so-y-te.xlsx': filled }) });
    expect(r.problems.map(formatProblem)).toEqual([
      expect.stringMatching(/so-y-te\.xlsx — trường "unit": tên tệp là so-y-te\.xlsx nhưng trường unit ghi "so-xay-dung"/),
    ]);
  });

  it('names sheet and cell for a bad value', async () => {
    const bad = await editWorkbook(filled, (wb) => {
      const ws = wb.getWorksheet(SHEETS.tasks)!;
      ws.getCell(`${columnLetter(TASK_COLUMNS, 'percent')}${rowOf(ws, 'pl2-06')}`).value = 140;
    });
    const r = await readSiteDataWithWorkbooks(ROOT, { reportsDir: reportsWith({ 'so-xay-dung.xlsx': bad }) });
    expect(r.problems.map(formatProblem)).toEqual([
      expect.stringMatching(/^LỖI .*so-xay-dung\.xlsx — Sheet "Nhiệm vụ", ô F\d+ › nhiệm vụ pl2-06: tỷ lệ hoàn thành phải từ 0 đến 100$/),
    ]);
  });
});

describe('npm run import-report', () => {
  it('writes the unit’s YAML from the workbook, then says who has submitted that year', () => {
    const dir = temp();
    const file = join(temp(), 'nhan-ve.xlsx');
    writeFileSync(file, filled);
    const r = node(['src/cli/import-report.ts', file], { REPORTS_DIR: dir });
    expect(r.status, r.stderr).toBe(0);
    const written: unknown = parse(readFileSync(join(dir, '2026', 'so-xay-dung.yaml'), 'utf8'));
    expect(submissionSchema.parse(written)).toEqual(expected);
    expect(r.stdout).toMatch(/Năm 2026, tính đến ngày .*: 1\/\d+ đơn vị đã nộp\./);
    expect(r.stdout).toMatch(/Đúng hạn \(1\): Sở Xây dựng\n/);
    expect(r.stdout).toMatch(/Chưa nhận được \(\d+\): .*Sở Y tế/);
    // Importing again updates the file and keeps the date the editor recorded as received.
    writeFileSync(
      join(dir, '2026', 'so-xay-dung.yaml'),
      readFileSync(join(dir, '2026', 'so-xay-dung.yaml'), 'utf8').replace('year: 2026\n', 'year: 2026\nreceived: "2026-12-01"\n'),
    );
    const again = node(['src/cli/import-report.ts', file], { REPORTS_DIR: dir });
    expect(again.status, again.stderr).toBe(0);
    expect(again.stdout).toContain('Đã cập nhật');
    expect((parse(readFileSync(join(dir, '2026', 'so-xay-dung.yaml'), 'utf8')) as { received: string }).received).toBe('2026-12-01');
  });

  it('refuses a workbook whose unit disagrees with the file it would replace or with its own name, unless --replace', () => {
    const dir = temp();
    mkdirSync(join(dir, '2026'));
    writeFileSync(join(dir, '2026', 'so-xay-dung.yaml'), 'unit: so-y-te\nyear: 2026\n');
    const file = join(temp(), 'so-xay-dung-2026.xlsx');
    writeFileSync(file, filled);
    const r = node(['src/cli/import-report.ts', file], { REPORTS_DIR: dir });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('ghi đơn vị "so-y-te"');
    expect(readFileSync(join(dir, '2026', 'so-xay-dung.yaml'), 'utf8')).toBe('unit: so-y-te\nyear: 2026\n');
    const named = join(temp(), 'so-y-te-2026.xlsx');
    copyFileSync(file, named);
    const wrongName = node(['src/cli/import-report.ts', named], { REPORTS_DIR: temp() });
    expect(wrongName.status).toBe(1);
    expect(wrongName.stderr).toContain('tên tệp ghi đơn vị "so-y-te"');
    expect(node(['src/cli/import-report.ts', file, '--replace'], { REPORTS_DIR: dir }).status).toBe(0);
  });

  it('writes nothing for a bad workbook, and names sheet and cell', async () => {
    const dir = temp();
    const bad = await editWorkbook(filled, (wb) => {
      const ws = wb.getWorksheet(SHEETS.tasks)!;
      ws.getCell(`${columnLetter(TASK_COLUMNS, 'status')}${rowOf(ws, 'pl2-08')}`).value = 'hoan thanh';
    });
    const file = join(temp(), 'so-xay-dung-2026.xlsx');
    writeFileSync(file, bad);
    const r = node(['src/cli/import-report.ts', file], { REPORTS_DIR: dir });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/LỖI so-xay-dung-2026\.xlsx — Sheet "Nhiệm vụ", ô E\d+ › nhiệm vụ pl2-08: "hoan thanh" được gõ tay/);
    expect(readdirSync(dir)).toEqual([]);
  });
});
