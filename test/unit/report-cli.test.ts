// The commands staff and the editor run: `npm run new-report -- <năm> [<mã đơn vị>]` and `npm run validate`, as
// processes, on a scratch reports folder (REPORTS_DIR), the way the staff guide tells people to use them.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { parse } from 'yaml';
import { loadReports, type ReportContext } from '../../src/lib/reports.ts';
import { loadSiteData } from '../../src/lib/site-data.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const site = loadSiteData(ROOT);
const ctx: ReportContext = site;
const temps: string[] = [];
const temp = () => {
  const dir = mkdtempSync(join(tmpdir(), 'bao-cao-'));
  temps.push(dir);
  return dir;
};
afterAll(() => temps.forEach((d) => rmSync(d, { recursive: true, force: true })));
// Each command is a Node process that reads the whole plan: seconds each on a busy two-core machine.
vi.setConfig({ testTimeout: 90_000 });
const node = (args: string[], env: Record<string, string> = {}) =>
  spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8', env: { ...process.env, ...env } });

describe('npm run new-report', () => {
  it('writes one unit’s template with the tasks it takes part in that year, its role and condition, and never overwrites it', () => {
    const dir = temp();
    const first = node(['src/cli/new-report.ts', '2026', 'so-xay-dung'], { REPORTS_DIR: dir });
    expect(first.status, first.stderr).toBe(0);
    const path = join(dir, '2026', 'so-xay-dung.yaml');
    const text = readFileSync(path, 'utf8');
    const data = parse(text) as { tasks: { task: string; percent?: number }[] };
    expect(data).toMatchObject({ draft: true, unit: 'so-xay-dung', year: 2026 });
    const ids = data.tasks.map((t) => t.task);
    expect(ids).toContain('pl2-07');
    expect(ids).not.toContain('pl2-11'); // Sở Xây dựng takes no part in it
    expect(ids).not.toContain('pl1-i-04'); // due from 2028
    expect(text).toContain(
      'Chủ trì — đối với khu/cụm/làng nghề từ 2 xã (phường) trở lên; Phối hợp — đối với trường hợp UBND các phường, xã chủ trì',
    );
    // percent only where the unit leads.
    const pl207 = data.tasks.find((t) => t.task === 'pl2-07')!;
    const pl208 = data.tasks.find((t) => t.task === 'pl2-08');
    expect('percent' in pl207).toBe(true);
    expect('percent' in data.tasks.find((t) => t.task === 'pl2-06')!).toBe(true);
    expect(pl208 && 'percent' in pl208).toBe(true);
    expect('percent' in data.tasks.find((t) => t.task === 'pl2-05')!).toBe(false);

    writeFileSync(path, `${text}# đã sửa\n`);
    const again = node(['src/cli/new-report.ts', '2026', 'so-xay-dung'], { REPORTS_DIR: dir });
    expect(again.status).toBe(1);
    expect(again.stderr).toContain('không ghi đè');
    expect(readFileSync(path, 'utf8')).toBe(`${text}# đã sửa\n`);
  });

  it('without a unit, writes one file per reporting unit (every department and ward), keeping files already there', () => {
    const dir = temp();
    mkdirSync(join(dir, '2026'));
    writeFileSync(join(dir, '2026', 'phuong-hoan-kiem.yaml'), 'draft: true # của phường\n');
    const r = node(['src/cli/new-report.ts', '2026'], { REPORTS_DIR: dir });
    expect(r.status, r.stderr).toBe(0);
    const files = readdirSync(join(dir, '2026')).sort();
    expect(files).toEqual(site.registry.units.map((u) => `${u.id}.yaml`).sort());
    for (const never of ['bo-nong-nghiep-moi-truong', 'bo-cong-an', 'ubnd-thanh-pho', 'hdnd-thanh-pho', 'ubnd-phuong-xa'])
      expect(files).not.toContain(`${never}.yaml`);
    expect(files).toContain('bo-tu-lenh-thu-do.yaml');
    expect(readFileSync(join(dir, '2026', 'phuong-hoan-kiem.yaml'), 'utf8')).toBe('draft: true # của phường\n');
    // Blank templates are drafts: checked, warnings only, nothing published, nothing blocked.
    const loaded = loadReports(ctx, { root: ROOT, dir });
    expect(loaded.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(loaded.submissions).toEqual([]);
    expect(loaded.drafts.length).toBe(files.length);
  });

  it('asks for a year in range and a reporting unit', () => {
    for (const args of [[], ['2019'], ['2031']]) {
      const r = node(['src/cli/new-report.ts', ...args], { REPORTS_DIR: temp() });
      expect(r.status).toBe(1);
      expect(r.stderr).toContain('từ 2025 đến 2030');
    }
    expect(node(['src/cli/new-report.ts', '2026', 'bo-xay-dung'], { REPORTS_DIR: temp() }).stderr).toContain('không phải đơn vị báo cáo');
    expect(node(['src/cli/new-report.ts', '2026', 'so-khong-co'], { REPORTS_DIR: temp() }).stderr).toContain(
      'Không có đơn vị mã "so-khong-co"',
    );
  });
});

describe('npm run validate', () => {
  it('says there is nothing to check before the first report, and succeeds', () => {
    const r = node(['src/cli/validate.ts'], { REPORTS_DIR: join(temp(), 'chua-co') });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Chưa có báo cáo nào');
  });

  it('passes the sample submissions as sample data, with the draft’s warning', () => {
    const r = node(['src/cli/validate.ts', 'test/fixtures/reports']);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain('10 báo cáo của đơn vị, 1 báo cáo tổng hợp, 1 bản nháp');
    expect(r.stdout).toContain('DỮ LIỆU MẪU');
    expect(r.stdout).toContain('CẢNH BÁO test/fixtures/reports/2026/so-giao-duc-dao-tao.yaml, dòng 19 — nhiệm vụ "pl2-14"');
  });

  it('fails with readable messages naming file, line and task, never a crash', () => {
    const dir = temp();
    mkdirSync(join(dir, '2026'));
    writeFileSync(
      join(dir, '2026', 'so-xay-dung.yaml'),
      'unit: so-xay-dung\nyear: 2026\ndocument:\n  number: "1"\n  date: 2026-11-20\ntasks:\n  - task: pl2-06\n    status: dang-thuc-hien\n    summary: "x"\n    percent: 0.4\n',
    );
    const r = node(['src/cli/validate.ts', dir]);
    const out = `${r.stdout}${r.stderr}`;
    expect(r.status, out).toBe(1);
    expect(out).toContain('so-xay-dung.yaml, dòng 10 — nhiệm vụ "pl2-06" › trường "percent"');
    expect(out).toContain('hãy ghi 40');
    expect(out).toContain('Trang web sẽ KHÔNG được tạo');
    expect(out).not.toMatch(/\n\s+at .+:\d+:\d+|TypeError|ReferenceError|ZodError/);
  });
});
