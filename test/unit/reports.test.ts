// Reading content/reports/<year>/<unit>.yaml: the sample submissions, and each kind of bad input the staff guide
// warns about, each with a message that names the file, the line, the task id and what to write instead.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatProblem, type Problem } from '../../src/lib/data-file.ts';
import { loadReports, reportJsonSchemas, type ReportContext } from '../../src/lib/reports.ts';
import { loadSiteData, readSiteData } from '../../src/lib/site-data.ts';
import { readFileSync } from 'node:fs';

const ROOT = join(import.meta.dirname, '..', '..');
const FIXTURES = 'test/fixtures/reports';
const site = loadSiteData(ROOT);
// The site data carries everything the report checks need.
const ctx: ReportContext = site;
const temps: string[] = [];
afterAll(() => temps.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** A reports folder holding the given files (path under the folder → text). */
function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'bao-cao-'));
  temps.push(dir);
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}
const load = (files: Record<string, string>) => loadReports(ctx, { root: ROOT, dir: folder(files) });
const errors = (ps: Problem[]) => ps.filter((p) => p.severity === 'error');
const report = (unit: string, year: number, body: string, date = `${year}-11-20`) =>
  `unit: ${unit}\nyear: ${year}\ndocument:\n  number: "1/BC"\n  date: ${date}\n${body}`;

describe('the sample submissions in test/fixtures/reports', () => {
  const loaded = loadReports(ctx, { root: ROOT, dir: FIXTURES });
  it('load without errors, are marked as sample data, and keep the draft out', () => {
    expect(errors(loaded.problems)).toEqual([]);
    expect(loaded.sample).toBe(true);
    expect(loaded.drafts).toEqual([`${FIXTURES}/2026/so-giao-duc-dao-tao.yaml`]);
    expect(loaded.submissions.filter((s) => s.submission.year === 2026).map((s) => s.submission.unit)).not.toContain('so-giao-duc-dao-tao');
  });
  it('come from several units, each in its own file, yearly and ad hoc', () => {
    const units = new Set(loaded.submissions.map((s) => s.submission.unit));
    expect(units.size).toBeGreaterThanOrEqual(5);
    for (const s of loaded.submissions)
      expect(s.file.split('/').pop()!.startsWith(`${s.submission.unit}.`) || s.file.includes(`${s.submission.unit}--dot-xuat-`)).toBe(true);
    expect(loaded.submissions.filter((s) => s.kind === 'dot-xuat')).toHaveLength(1);
    expect(loaded.consolidated.map((c) => c.report.year)).toEqual([2025]);
  });
  it('give the site per-task parts and a unit × year table in which a late report is late and a draft is not received', () => {
    const d = loadSiteData(ROOT, { reportsDir: FIXTURES });
    expect(d.reporting.years).toEqual([2025, 2026]);
    const y2025 = d.reporting.derived.units.get(2025)!;
    expect(y2025.get('so-xay-dung')).toMatchObject({ timeliness: 'muon', date: '2025-12-10' });
    expect(y2025.get('so-nong-nghiep-moi-truong')!.timeliness).toBe('dung-han');
    expect(y2025.size).toBe(site.registry.units.length);
    // The draft of Sở Giáo dục và Đào tạo is not published.
    expect(d.reporting.yearly.get(2026)!.has('so-giao-duc-dao-tao')).toBe(false);
    // Công an Thành phố's "Hoàn thành" is its own part; the ministry-led strategy gets no state.
    const strategy = d.reporting.derived.tasks.get(2025)!.get('pl1-i-05')!;
    expect(strategy).toMatchObject({ mode: 'phan-viec-ha-noi', state: null });
    expect(strategy.parts.map((p) => [p.unit, p.state])).toEqual([['cong-an-thanh-pho', 'hoan-thanh']]);
  });
});

describe('bad input, named by file, line and task id', () => {
  const one = (files: Record<string, string>): Problem => {
    const ps = errors(load(files).problems);
    expect(ps, ps.map(formatProblem).join('\n')).toHaveLength(1);
    return ps[0]!;
  };

  it('a percent written as a fraction (Excel’s 40% is 0.4)', () => {
    const p = one({
      '2026/so-nong-nghiep-moi-truong.yaml': report(
        'so-nong-nghiep-moi-truong',
        2026,
        'tasks:\n  - task: pl2-01\n    status: dang-thuc-hien\n    summary: "x"\n    percent: 0.4\n',
      ),
    });
    expect(p.where).toContain('nhiệm vụ "pl2-01"');
    expect(p.message).toContain('hãy ghi 40');
    expect(p.line).toBe(10);
  });

  it('thousands separators (1.234) in a figure', () => {
    const p = one({
      '2026/so-nong-nghiep-moi-truong.yaml': report(
        'so-nong-nghiep-moi-truong',
        2026,
        'targets:\n  - target: chat-thai-ran-sinh-hoat-do-thi\n    value: 1.234\n    unit: "%"\n    as_of: 2026-09-30\n    source: "x"\n    scope: "toàn Thành phố"\n',
      ),
    });
    expect(p.where).toContain('mục tiêu "chat-thai-ran-sinh-hoat-do-thi"');
    expect(p.message).toContain('1234');
  });

  it('a number typed with a comma or a % sign', () => {
    const p = one({
      '2026/so-nong-nghiep-moi-truong.yaml': report(
        'so-nong-nghiep-moi-truong',
        2026,
        'tasks:\n  - task: pl2-01\n    status: dang-thuc-hien\n    summary: "x"\n    percent: "40%"\n',
      ),
    });
    expect(p.where).toContain('nhiệm vụ "pl2-01"');
    expect(p.message).toContain('ví dụ 40');
  });

  it('names the task id in a schema error, never tasks[1]', () => {
    const p = one({
      '2026/so-nong-nghiep-moi-truong.yaml': report(
        'so-nong-nghiep-moi-truong',
        2026,
        'tasks:\n  - task: pl2-02\n    status: dang-thuc-hien\n    summary: "x"\n  - task: pl2-01\n    status: "Hoàn thành"\n    summary: "x"\n',
      ),
    });
    expect(p.where).toBe('nhiệm vụ "pl2-01" › trường "status"');
    expect(p.where).not.toContain('[1]');
    expect(p.message).toContain('hoan-thanh');
  });

  it('a year outside 2025 to the last end year of the plan', () => {
    const early = load({ '2019/so-xay-dung.yaml': report('so-xay-dung', 2019, '') });
    expect(errors(early.problems)[0]!.message).toContain('từ 2025 đến 2030');
    const late = errors(load({ '2026/so-xay-dung.yaml': report('so-xay-dung', 2031, '', '2031-01-05') }).problems).map((p) => p.message);
    expect(late).toEqual([expect.stringContaining('thư mục 2026'), expect.stringContaining('từ 2025 (năm ban hành Kế hoạch) đến 2030')]);
  });

  it('a task the unit takes no part in', () => {
    const p = one({
      '2026/so-y-te.yaml': report('so-y-te', 2026, 'tasks:\n  - task: pl2-11\n    status: dang-thuc-hien\n    summary: "x"\n'),
    });
    expect(p.where).toContain('nhiệm vụ "pl2-11"');
    expect(p.message).toContain('không chủ trì hay phối hợp');
  });

  it('a percent from a unit that only coordinates', () => {
    const p = one({
      '2026/so-cong-thuong.yaml': report(
        'so-cong-thuong',
        2026,
        'tasks:\n  - task: pl2-11\n    status: dang-thuc-hien\n    summary: "x"\n    percent: 20\n',
      ),
    });
    expect(p.message).toContain('chỉ ghi khi đơn vị chủ trì');
  });

  it('a unit id that does not exist, and a ministry or UBND Thành phố as a unit', () => {
    expect(one({ '2026/so-khong-co.yaml': report('so-khong-co', 2026, '') }).message).toContain('không có đơn vị mã "so-khong-co"');
    expect(one({ '2026/bo-cong-an.yaml': report('bo-cong-an', 2026, '') }).message).toContain('không phải đơn vị báo cáo');
    expect(one({ '2026/ubnd-thanh-pho.yaml': report('ubnd-thanh-pho', 2026, '') }).message).toContain('không phải đơn vị báo cáo');
  });

  it('a file whose name and content disagree: another unit’s file is never written through this one', () => {
    const p = one({ '2026/so-xay-dung.yaml': report('so-y-te', 2026, '') });
    expect(p.message).toContain('mỗi đơn vị chỉ sửa tệp mang mã của mình');
    expect(p.line).toBe(1);
  });

  it('an ad-hoc report whose date or request is missing or wrong', () => {
    const adhoc = (name: string, body: string) => one({ [`2026/${name}`]: report('cong-an-thanh-pho', 2026, body, '2026-03-12') });
    expect(adhoc('cong-an-thanh-pho--dot-xuat-2026-03-12.yaml', '').message).toContain('phải có trường request');
    expect(adhoc('cong-an-thanh-pho--dot-xuat-2026-03-11.yaml', 'request:\n  document: "CV"\n').message).toContain(
      'đổi tên tệp thành cong-an-thanh-pho--dot-xuat-2026-03-12.yaml',
    );
    expect(adhoc('cong-an-thanh-pho.yaml', 'request:\n  document: "CV"\n').message).toContain('chỉ báo cáo đột xuất');
  });

  it('a file name that is not a unit id, or a .yml', () => {
    expect(one({ '2026/Sở Xây dựng.yaml': 'x: 1\n' }).message).toContain('<mã đơn vị>.yaml');
    expect(one({ '2026/so-xay-dung.yml': 'x: 1\n' }).message).toContain('đổi đuôi thành .yaml');
  });

  it('sample data in the real folder', () => {
    const root = mkdtempSync(join(tmpdir(), 'du-an-'));
    temps.push(root);
    mkdirSync(join(root, 'content', 'reports', '2026'), { recursive: true });
    writeFileSync(join(root, 'content/reports/2026/so-xay-dung.yaml'), `sample: true\n${report('so-xay-dung', 2026, '')}`);
    const r = loadReports(ctx, { root, dir: 'content/reports' });
    expect(r.sample).toBe(true);
    expect(errors(r.problems)[0]!.message).toContain('dữ liệu mẫu');
  });
});

describe('drafts', () => {
  const bad = `draft: true\n${report('so-nong-nghiep-moi-truong', 2026, 'tasks:\n  - task: pl2-01\n    status: xong\n    summary: "x"\n    percent: 0.4\n')}`;
  it('are checked, with warnings only, and never published', () => {
    const r = load({ '2026/so-nong-nghiep-moi-truong.yaml': bad, '2026/so-xay-dung.yaml': report('so-xay-dung', 2026, '') });
    expect(errors(r.problems)).toEqual([]);
    expect(r.problems.length).toBeGreaterThan(0);
    expect(r.problems.every((p) => p.message.startsWith('(bản nháp)'))).toBe(true);
    expect(r.drafts).toHaveLength(1);
    expect(r.submissions.map((s) => s.submission.unit)).toEqual(['so-xay-dung']);
  });
  it('never block: even a draft whose YAML is broken', () => {
    const r = load({ '2026/so-nong-nghiep-moi-truong.yaml': 'draft: true\nunit: [oops\n' });
    expect(errors(r.problems)).toEqual([]);
    expect(r.drafts).toHaveLength(1);
  });
  it('do not block the whole site', () => {
    const dir = folder({ '2026/so-nong-nghiep-moi-truong.yaml': bad });
    const { data } = readSiteData(ROOT, { reportsDir: dir });
    expect(data).not.toBeNull();
    expect(data!.reporting.yearly.size).toBe(0);
  });
});

describe('JSON Schemas for editors', () => {
  it('are what the zod schemas generate today (run `npm run report-schema` after changing src/schemas/report.ts)', () => {
    for (const [name, text] of Object.entries(reportJsonSchemas())) expect(readFileSync(join(ROOT, 'content', name), 'utf8')).toBe(text);
  });
});

describe('the same commit gives the same data whatever the clock', () => {
  it('derives identical open data under two machine clocks years apart (only the commit date counts)', async () => {
    const { openDataFiles } = await import('../../src/lib/open-data.ts');
    const { vi } = await import('vitest');
    const run = (now: string) => {
      vi.useFakeTimers({ now: new Date(now), toFake: ['Date'] });
      try {
        return openDataFiles(loadSiteData(ROOT, { reportsDir: FIXTURES }), new URL('https://example.org/'));
      } finally {
        vi.useRealTimers();
      }
    };
    const a = run('2020-01-01T00:00:00Z');
    const b = run('2031-12-31T23:00:00Z');
    expect(Object.keys(a).length).toBeGreaterThan(20);
    expect(b).toEqual(a);
    expect((JSON.parse(a['unit-years.json']!) as { as_of: string }[])[0]?.as_of).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});
