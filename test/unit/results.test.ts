import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { buildResults, loadResults, reportJsonSchemaText, taskHistory, DEFAULT_RESULTS_DIR } from '../../src/lib/results.ts';
import { readPlanContext } from '../../src/lib/site-data.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const FIXTURES = 'test/fixtures/results';
const { plan, problems: planProblems } = readPlanContext(ROOT);
const temps: string[] = [];
const temp = () => {
  const dir = mkdtempSync(join(tmpdir(), 'ket-qua-'));
  temps.push(dir);
  return dir;
};
afterAll(() => temps.forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('the sample reports', () => {
  const loaded = loadResults(plan, { root: ROOT, dir: FIXTURES });

  it('load without error, as demonstration data, with the warnings they are built to show', () => {
    expect(planProblems).toEqual([]);
    expect(loaded.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(loaded.reports.map((r) => r.report.year)).toEqual([2025, 2026]);
    expect(loaded.sample).toBe(true);
    const warnings = loaded.problems.map((p) => `${p.file}: ${p.message}`);
    expect(warnings).toHaveLength(3);
    expect(warnings[0]).toMatch(/2025\.yaml: 26 nhiệm vụ .* "Chưa báo cáo": pl1-i-01, pl1-i-05/);
    expect(warnings[2]).toMatch(/2026\.yaml: 1 nhiệm vụ đã hết thời gian .* "Quá hạn": pl1-i-05$/);
  });

  it('each say in a comment that they are fictional, and carry sample: true', () => {
    for (const name of readdirSync(join(ROOT, FIXTURES))) {
      const text = readFileSync(join(ROOT, FIXTURES, name), 'utf8');
      expect(text, name).toMatch(/^# yaml-language-server: \$schema=\.\.\/\.\.\/\.\.\/content\/results\.schema\.json\n# DỮ LIỆU MẪU, HOÀN TOÀN HƯ CẤU/);
      expect(parse(text).sample, name).toBe(true);
    }
  });

  it('give every task a state in every year, by the printed rules', () => {
    const r = buildResults(loaded.reports.map((l) => l.report), plan, true);
    const at = (year: number, id: string) => r.states.get(year)!.get(id)!;
    expect([...r.states.get(2026)!.keys()]).toEqual(plan.tasks.map((t) => t.id));
    expect(at(2025, 'pl1-i-05')).toMatchObject({ state: 'chua-bao-cao' });
    expect(at(2026, 'pl1-i-05')).toMatchObject({ state: 'qua-han', reported: null });
    expect(at(2026, 'pl1-i-17')).toMatchObject({ state: 'qua-han', reported: 'dang-thuc-hien' });
    expect(at(2026, 'pl1-i-03')).toMatchObject({ state: 'dang-thuc-hien', rule: 'co-ly-do', overrides: 'qua-han' });
    expect(at(2026, 'pl1-i-02')).toMatchObject({ state: 'hoan-thanh', rule: 'da-ket-thuc', since: 2025 });
    expect(at(2025, 'pl1-ii-08')).toMatchObject({ state: 'khong-ghi-thoi-gian' });
    expect(at(2026, 'pl1-i-04')).toMatchObject({ state: 'chua-den-han' });
    expect(taskHistory(r, 'pl2-11').map((h) => [h.year, h.state, h.reason !== null])).toEqual([
      [2025, 'hoan-thanh', false],
      [2026, 'dang-thuc-hien', true],
    ]);
  });

  it('count, per lead agency, the tasks a report should cover and those it does', () => {
    const r = buildResults(loaded.reports.map((l) => l.report), plan, true);
    const c = r.coverage.get(2026)!.get('so-xay-dung')!;
    expect(c.expected.map((t) => t.id)).toEqual(['pl2-06', 'pl2-07', 'pl2-08']);
    expect(c.covered.map((t) => t.id)).toEqual(['pl2-06', 'pl2-07']);
    // Finished in 2025 (pl2-12), so not expected again in 2026; overdue and unfinished (pl1-i-05), so still expected.
    expect(r.coverage.get(2026)!.get('so-nong-nghiep-moi-truong')!.expected.map((t) => t.id)).not.toContain('pl2-12');
    expect(r.coverage.get(2026)!.get('bo-cong-an')!.expected.map((t) => t.id)).toEqual(['pl1-i-05']);
    expect(r.values.get('nuoc-sach-nong-thon')!.map((v) => [v.year, v.value.value])).toEqual([[2025, 76.4], [2026, 79]]);
  });
});

describe('the results folder', () => {
  it('is "no report yet" when it does not exist, silently, and that is not sample data', () => {
    const root = temp();
    expect(loadResults(plan, { root })).toEqual({ reports: [], problems: [], sample: false, dir: DEFAULT_RESULTS_DIR });
  });

  it('is the real folder by default, and there a file marked as sample data is an error', () => {
    const root = temp();
    mkdirSync(join(root, DEFAULT_RESULTS_DIR), { recursive: true });
    copyFileSync(join(ROOT, FIXTURES, '2025.yaml'), join(root, DEFAULT_RESULTS_DIR, '2025.yaml'));
    const { problems } = loadResults(plan, { root });
    expect(problems[0]).toMatchObject({ file: 'content/results/2025.yaml', severity: 'error', where: 'trường "sample"', line: 6 });
    expect(problems[0]!.message).toContain('không được đặt trong content/results');
  });

  it('publishes a real report without the sample flag, and treats any other folder as sample data', () => {
    const root = temp();
    mkdirSync(join(root, DEFAULT_RESULTS_DIR), { recursive: true });
    const text = readFileSync(join(ROOT, FIXTURES, '2025.yaml'), 'utf8').replace(/^sample: true\n/m, '');
    writeFileSync(join(root, DEFAULT_RESULTS_DIR, '2025.yaml'), text);
    const real = loadResults(plan, { root });
    expect(real.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(real.sample).toBe(false);
    mkdirSync(join(root, 'khac'));
    writeFileSync(join(root, 'khac', '2025.yaml'), text);
    expect(loadResults(plan, { root, dir: 'khac' }).sample).toBe(true);
  });
});

describe('content/results.schema.json (for editors)', () => {
  it('is what the zod schema generates today (run `npm run results-schema` after changing src/schemas/result.ts)', () => {
    expect(readFileSync(join(ROOT, 'content/results.schema.json'), 'utf8')).toBe(reportJsonSchemaText());
  });

  it('describes every field in Vietnamese and lists the status codes', () => {
    const schema = JSON.parse(reportJsonSchemaText());
    const task = schema.properties.tasks.items;
    expect(task.properties.status.enum).toEqual(['chua-bat-dau', 'dang-thuc-hien', 'hoan-thanh', 'dung-hoac-thay-the']);
    expect(task.required).toEqual(['task', 'status', 'summary']);
    for (const [key, field] of Object.entries<{ description?: string }>(task.properties)) expect(field.description, key).toMatch(/[à-ỹ]/);
  });
});

// The CLIs (validate, new-report) now work on per-unit submissions: test/unit/report-cli.test.ts.

describe('warnings that do not stop the build', () => {
  it('flag a value that jumps and a percentage of completion that falls, against the previous report', () => {
    const dir = temp();
    copyFileSync(join(ROOT, FIXTURES, '2025.yaml'), join(dir, '2025.yaml'));
    const next = readFileSync(join(ROOT, FIXTURES, '2026.yaml'), 'utf8')
      .replace('value: 93.1', 'value: 9.31')
      .replace('summary: "Mở rộng phân loại tại nguồn lên 60 phường, xã; trình UBND Thành phố dự thảo chương trình."\n    percent: 55', 'summary: "Số liệu giảm."\n    percent: 20');
    writeFileSync(join(dir, '2026.yaml'), next);
    const { problems } = loadResults(plan, { root: ROOT, dir });
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
    const jump = problems.find((p) => p.where.includes('chat-thai-ran-sinh-hoat-do-thi'))!;
    expect(jump).toMatchObject({ severity: 'warning', line: next.split('\n').indexOf('    value: 9.31') + 1 });
    expect(jump.message).toContain('năm 2025 là 91.2%, nay là 9.31%');
    const fall = problems.find((p) => p.where.includes('pl2-01'))!;
    expect(fall).toMatchObject({ severity: 'warning', where: 'tasks[4] (nhiệm vụ "pl2-01")' });
    expect(fall.message).toContain('giảm từ 30 (năm 2025) xuống 20');
  });

  it('are held back while a file is broken, but cross-file errors still show', () => {
    const dir = temp();
    writeFileSync(join(dir, '2025.yaml'), 'year: 2025\n  lỗi thụt lề: [\n');
    writeFileSync(join(dir, '2026.yaml'), readFileSync(join(ROOT, FIXTURES, '2026.yaml'), 'utf8').replace('task: pl2-15', 'task: pl2-16'));
    const { problems } = loadResults(plan, { root: ROOT, dir });
    expect(problems.map((p) => [p.file.split('/').pop(), p.severity])).toEqual([
      ['2025.yaml', 'error'],
      ['2026.yaml', 'error'],
    ]);
    expect(problems[1]!.message).toContain('không có nhiệm vụ mã "pl2-16"');
  });
});
