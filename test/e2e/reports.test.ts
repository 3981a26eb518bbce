// Units' reports in the browser, on the shared sample site (test/support/builds.ts: built once per run from
// test/fixtures/reports); the real site (built from content/, with no report) is the control.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { axeViolations } from '../support/axe.ts';
import { useBrowser } from '../support/e2e.ts';
import { htmlPages } from '../support/site.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const OUT = inject('sampleDir');
const BANNER = 'DỮ LIỆU MẪU — KHÔNG PHẢI SỐ LIỆU CHÍNH THỨC.';
const b = useBrowser();
const at = (path: string) => new URL(path, inject('sampleURL')).href;

const build = (env: Record<string, string>) =>
  spawnSync(process.execPath, ['src/cli/build.ts'], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, CI: '1', ...env } });

const text = async (page: import('playwright-core').Page, sel = 'main') =>
  ((await page.locator(sel).first().textContent()) ?? '').replace(/\s+/g, ' ');

describe('sample data never passes for official figures', () => {
  it('puts the banner on every page built from the sample reports, and on none of the real site', () => {
    const pages = htmlPages(join(ROOT, OUT)).map((f) => join(ROOT, OUT, f));
    expect(pages.length).toBeGreaterThan(200);
    expect(pages.filter((f) => !readFileSync(f, 'utf8').includes(BANNER)).map((f) => relative(ROOT, f))).toEqual([]);
    const real = htmlPages(join(ROOT, 'dist')).map((f) => join(ROOT, 'dist', f));
    expect(real.filter((f) => readFileSync(f, 'utf8').includes(BANNER))).toEqual([]);
  });

  it('the real site says no report is published yet, prints the rules, and has no year page', async () => {
    const { page, errors } = await b.visit('/ket-qua/');
    expect(await text(page)).toContain('Chưa có báo cáo nào của các đơn vị được công bố trên trang này.');
    expect(await page.locator('#quy-tac-qua-han').count()).toBe(1);
    expect(await page.locator('#quy-tac-phan-viec-ha-noi').count()).toBe(1);
    expect(errors).toEqual([]);
    expect((await page.goto(new URL('/ket-qua/2026/', b.baseURL).href))?.status()).toBe(404);
  });
});

describe('a year page, read without JavaScript', () => {
  it('shows each unit’s part side by side with its role and the plan’s condition (Phụ lục II mục 7)', async () => {
    const { page } = await b.visit(at('/ket-qua/2026/'), { javaScript: false });
    const task = await text(page, '#pl2-07');
    expect(task).toContain('Nhiều đơn vị của Thành phố cùng chủ trì');
    expect(task).toContain(
      'Sở Xây dựng Chủ trì: đối với khu/cụm/làng nghề từ 2 xã (phường) trở lên; Phối hợp: đối với trường hợp UBND các phường, xã chủ trì',
    );
    expect(task).toContain(
      'UBND xã Sóc Sơn Chủ trì (thuộc “UBND các phường, xã”): đối với khu/cụm/ làng nghề thuộc trọn vẹn trên địa giới hành chính quản lý',
    );
    // Counts by state, no single state for the task.
    expect(await page.locator('#pl2-07 table.state-counts tbody tr').allTextContents()).toEqual(['Đang thực hiện2', 'Chưa báo cáo125']);
    expect(task).not.toContain('Trạng thái nhiệm vụ (theo phần việc của đơn vị chủ trì)');
  });

  it('shows only Hanoi’s part of a ministry-led task, and a coordinator’s "Hoàn thành" never finishes it', async () => {
    const { page } = await b.visit(at('/ket-qua/2025/'), { javaScript: false });
    const task = await text(page, '#pl1-i-05');
    expect(task).toContain('Phần việc của Hà Nội');
    expect(task).toContain('Công an Thành phố Phối hợp Hoàn thành');
    expect(task).not.toContain('Trạng thái nhiệm vụ');
    expect(task).not.toContain('Bộ Công an');
  });

  it('lists every unit of the registry in the unit × year table, late with its date, a draft as not received, no ministry', async () => {
    const { page } = await b.visit(at('/ket-qua/'), { javaScript: false });
    const rows = page.locator('table.unit-years tbody tr:has(th[scope=row])');
    expect(await rows.count()).toBe(137);
    const row = async (name: string) =>
      ((await rows.filter({ has: page.getByRole('link', { name, exact: true }) }).textContent()) ?? '').replace(/\s+/g, ' ');
    // Newest year first: 2026, then 2025.
    expect(await row('Sở Xây dựng')).toMatch(/Đúng hạn ký ngày 20\/11\/2026.*Gửi muộn ký ngày 10\/12\/2025/);
    expect(await row('Sở Giáo dục và Đào tạo')).toMatch(/Chưa nhận được.*Đúng hạn ký ngày 20\/11\/2025/);
    expect(await row('UBND phường Hoàn Kiếm')).toContain('Đúng hạn');
    const table = await text(page, 'table.unit-years');
    for (const never of ['Bộ Nông nghiệp và Môi trường', 'Bộ Công an', 'UBND Thành phố', 'HĐND Thành phố'])
      expect(table).not.toContain(never);
    expect(await text(page)).toContain('Nghị quyết số 1656/NQ-UBTVQH15 ngày 16/06/2025');
    expect(await text(page)).toMatch(/Tính đến ngày \d\d\/\d\d\/\d{4}/);
  });

  it('links a computed state to its rule, printed word for word', async () => {
    const { page } = await b.visit(at('/ket-qua/2026/'), { javaScript: false });
    const link = page.locator('#pl2-08 a[href$="#quy-tac-chua-bao-cao"]').first();
    await link.click();
    expect(page.url()).toContain('/ket-qua/#quy-tac-chua-bao-cao');
    expect(await text(page, '#quy-tac-chua-bao-cao')).toContain('Đây là trạng thái của việc báo cáo, không phải nhận định về tiến độ.');
  });

  it('passes axe (WCAG 2.2 AA) at phone width: the year page, the list of reports and a unit page', async () => {
    for (const path of ['/ket-qua/2026/', '/ket-qua/', '/don-vi/phuong-hoan-kiem/']) {
      const { page, errors } = await b.visit(at(path), { width: 360 });
      expect(await axeViolations(page), path).toEqual([]);
      expect(errors, path).toEqual([]);
    }
  });
});

describe('a unit page and a target page', () => {
  it('shows the unit’s tasks with role and condition, its report, proposals and its own figures with their scope', async () => {
    const { page } = await b.visit(at('/don-vi/phuong-hoan-kiem/'), { javaScript: false });
    const main = await text(page);
    expect(main).toContain('khoản 1 Điều 1, Nghị quyết số 1656/NQ-UBTVQH15');
    expect(main).toContain('Chủ trì (thuộc “UBND các phường, xã”): chủ trì theo chức năng, nhiệm vụ');
    const y2025 = await text(page, '#nam-2025');
    expect(y2025).toContain('Báo cáo số 0011/BC-UBND (mẫu) ngày 27/11/2025');
    expect(y2025).toContain('Đề nghị bổ sung thùng phân loại cho các tuyến phố đi bộ (giả định).');
    expect(y2025).toContain('96%, phạm vi trên địa bàn phường Hoàn Kiếm');
  });

  it('charts only the city-wide figure of the unit the editors named, and shows a ward’s figure as its own', async () => {
    const { page } = await b.visit(at('/muc-tieu/chat-thai-ran-sinh-hoat-do-thi/'), { javaScript: false });
    const main = await text(page);
    expect(main).toContain('Do nhóm biên tập xác định, không phải nội dung của Kế hoạch');
    const chart = page.getByRole('table', { name: 'Số liệu của biểu đồ' });
    expect(await chart.locator('tbody td.num').allTextContents()).toEqual(['91,2%', '93,1%']);
    expect(main).toContain('số liệu toàn Thành phố đã báo cáo so với mức cam kết');
    const own = page.getByRole('table', { name: /Số liệu riêng của từng đơn vị/ });
    expect(((await own.textContent()) ?? '').replace(/\s+/g, ' ')).toContain(
      'UBND phường Hoàn Kiếm 2025 96% trên địa bàn phường Hoàn Kiếm',
    );
  });
});

describe('the feed and the open data', () => {
  it('announces each submission in the Atom feed, dated by its document, and marks sample data', async () => {
    const feed = await (await fetch(at('/ket-qua/feed.xml'))).text();
    expect(feed).toContain('<title>[DỮ LIỆU MẪU, KHÔNG PHẢI SỐ LIỆU CHÍNH THỨC] Báo cáo năm 2025 của Sở Xây dựng</title>');
    expect(feed).toContain('<published>2025-12-10T00:00:00+07:00</published>');
    expect(feed).not.toContain('so-giao-duc-dao-tao/#nam-2026');
  });

  it('publishes the unit × year table, task parts and submissions, drafts left out', async () => {
    const years = (await (await fetch(at('/data/unit-years.json'))).json()) as { year: number; unit: string; timeliness: string }[];
    expect(years.filter((r) => r.year === 2026)).toHaveLength(137);
    expect(years.find((r) => r.year === 2025 && r.unit === 'so-xay-dung')!.timeliness).toBe('muon');
    expect(years.find((r) => r.year === 2026 && r.unit === 'so-giao-duc-dao-tao')!.timeliness).toBe('chua-nhan');
    const subs = (await (await fetch(at('/data/submissions.json'))).json()) as { year: number; unit: string }[];
    expect(subs.some((s) => s.year === 2026 && s.unit === 'so-giao-duc-dao-tao')).toBe(false);
    const csv = Buffer.from(await (await fetch(at('/data/task-parts.csv'))).arrayBuffer()).toString('utf8');
    expect(csv.startsWith('\uFEFFyear,task,unit,roles,state')).toBe(true);
    const states = (await (await fetch(at('/data/task-states.json'))).json()) as { task: string; mode: string; state: string | null }[];
    expect(states.filter((s) => s.mode !== 'mot-don-vi').every((s) => s.state === null)).toBe(true);
  });
});

describe('a broken report file', () => {
  it('stops the build with the file, line and task in Vietnamese, and leaves the previous site in place', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bao-cao-hong-'));
    try {
      mkdirSync(join(dir, '2026'));
      writeFileSync(
        join(dir, '2026', 'so-xay-dung.yaml'),
        'unit: so-xay-dung\nyear: 2026\ndocument:\n  number: "1"\n  date: 2026-11-20\ntasks:\n  - task: pl2-06\n    status: "Hoàn thành"\n    summary: "x"\n',
      );
      const before = statSync(join(ROOT, OUT, 'ket-qua/2026/index.html')).mtimeMs;
      const r = build({ OUT_DIR: OUT, REPORTS_DIR: dir });
      expect(r.status).toBe(1);
      expect(r.stderr).toMatch(
        /LỖI .*2026\/so-xay-dung\.yaml, dòng 8 — nhiệm vụ "pl2-06" › trường "status": trạng thái ghi bằng mã không dấu: hãy ghi "hoan-thanh"/,
      );
      expect(r.stderr).toContain('vẫn được giữ nguyên');
      expect(statSync(join(ROOT, OUT, 'ket-qua/2026/index.html')).mtimeMs).toBe(before);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
