// Annual results in the browser. The sample site (test/fixtures/results and reports) is built once per run by
// test/support/global-setup.ts and served on its own port; the real site (content/, with no report) is the control.
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import AxeBuilder from '@axe-core/playwright';
import { describe, expect, inject, it } from 'vitest';
import { useBrowser } from '../support/e2e.ts';
import { htmlPages } from '../support/site.ts';
import { layoutProblems } from '../support/layout.ts';

const ROOT = join(import.meta.dirname, '..', '..');
// The sample site, built once per run for every project by test/support/global-setup.ts.
const OUT = inject('sampleDir');
const BANNER = 'DỮ LIỆU MẪU — KHÔNG PHẢI SỐ LIỆU CHÍNH THỨC.';
const b = useBrowser();
const at = (path: string) => new URL(path, inject('sampleURL')).href;

const htmlFiles = (dir: string): string[] => htmlPages(dir).map((f) => join(dir, f));

async function axe(page: import('playwright-core').Page) {
  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  return violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

describe('sample data never passes for official figures', () => {
  it('puts the banner on every page built from the sample reports', () => {
    const pages = htmlFiles(join(ROOT, OUT));
    expect(pages.length).toBeGreaterThan(90);
    const without = pages.filter((f) => !readFileSync(f, 'utf8').includes(BANNER)).map((f) => relative(ROOT, f));
    expect(without).toEqual([]);
  });

  it('puts it on no page of the real site, which says no report is published yet', async () => {
    const real = htmlFiles(join(ROOT, 'dist'));
    expect(real.filter((f) => readFileSync(f, 'utf8').includes(BANNER))).toEqual([]);
    const { page, context, errors } = await b.open('/ket-qua/');
    await expect(page.locator('main').textContent()).resolves.toContain('Chưa có báo cáo kết quả hằng năm nào được công bố trên trang này.');
    expect(await page.locator('#quy-tac-qua-han').count()).toBe(1);
    expect(errors).toEqual([]);
    const year = await page.goto(new URL('/ket-qua/2026/', b.baseURL).href);
    expect(year?.status()).toBe(404);
    await context.close();
  });

  it('shows the banner first thing in the browser, and marks the sample feed', async () => {
    const { page, context } = await b.open(at('/ket-qua/2026/'));
    const banner = page.getByRole('note').first();
    await expect(banner.textContent()).resolves.toContain(BANNER);
    expect(await banner.isVisible()).toBe(true);
    const feed = await (await page.request.get(at('/ket-qua/feed.xml'))).text();
    expect(feed).toContain('<title>[DỮ LIỆU MẪU, KHÔNG PHẢI SỐ LIỆU CHÍNH THỨC] Báo cáo kết quả');
    await context.close();
  });
});

describe('a year page, read without JavaScript', () => {
  it('summarises every task by state, with the document it comes from', async () => {
    const { page, context } = await b.open(at('/ket-qua/2026/'), { javaScript: false });
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Kết quả thực hiện năm 2026');
    const meta = (await page.locator('.report-meta').textContent())!;
    expect(meta).toContain('0100/BC-UBND (mẫu)');
    expect(meta).toContain('28/11/2026');
    expect(meta).toContain('05/12/2026');
    const summary = page.getByRole('table', { name: 'Trạng thái 52 nhiệm vụ năm 2026' });
    const rows = await summary.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [tr.querySelector('th')!.textContent!.trim(), Number(tr.querySelector('td')!.textContent)]));
    expect(Object.fromEntries(rows)).toEqual({ 'Hoàn thành': 3, 'Đang thực hiện': 11, 'Chưa bắt đầu': 1, 'Quá hạn': 2, 'Chưa báo cáo': 30, 'Chưa đến thời gian thực hiện': 5 });
    await context.close();
  });

  it('says which agencies reported, by appendix too, and sets each target against its value', async () => {
    const { page, context } = await b.open(at('/ket-qua/2026/'), { javaScript: false });
    const agencies = page.getByRole('table', { name: 'Mức đầy đủ của báo cáo năm 2026, theo cơ quan chủ trì' });
    const xd = agencies.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Sở Xây dựng', exact: true }) });
    expect(await xd.locator('td').allTextContents()).toEqual(['3', '2', 'Phụ lục II, mục 8']);
    const appendix = page.getByRole('table', { name: 'Số nhiệm vụ theo phụ lục và trạng thái, năm 2026' });
    expect(await appendix.locator('tbody tr').count()).toBe(3);
    const targets = page.getByRole('table', { name: 'Số liệu các mục tiêu định lượng trong báo cáo năm 2026' });
    const water = targets.getByRole('row').filter({ hasText: 'nông thôn dùng nước sạch' });
    expect(await water.locator('td').allTextContents()).toEqual(['trên 80% (phấn đấu trên 85%)', '79%', '30/09/2026', 'Báo cáo số 0103/BC-SNNMT (mẫu) của Sở Nông nghiệp và Môi trường']);
    await context.close();
  });

  it('names the rule behind a computed state, and the link lands on that rule', async () => {
    const { page, context } = await b.open(at('/ket-qua/2026/'), { javaScript: false });
    const row = page.locator('tr#pl1-i-17');
    await expect(row.locator('.tag').textContent()).resolves.toBe('Quá hạn');
    await expect(row.textContent()).resolves.toContain('Báo cáo ghi “Đang thực hiện”, nhưng thời gian thực hiện đã kết thúc');
    await row.getByRole('link', { name: 'quy tắc “Quá hạn”' }).click();
    await page.waitForURL(/\/ket-qua\/#quy-tac-qua-han$/);
    expect(await page.locator('#quy-tac-qua-han').evaluate((el) => el.matches(':target'))).toBe(true);
    await context.close();
  });

  it('passes axe (WCAG 2.2 AA)', async () => {
    const { page, context } = await b.open(at('/ket-qua/2026/'));
    expect(await axe(page)).toEqual([]);
    await context.close();
  });
});

describe('the list of reports', () => {
  it('shows each report and an agency × year completeness table, and passes axe', async () => {
    const { page, context } = await b.open(at('/ket-qua/'));
    const reports = page.getByRole('table', { name: 'Báo cáo kết quả, năm gần nhất trước' });
    expect(await reports.getByRole('rowheader').allTextContents()).toEqual(['Năm 2026', 'Năm 2025']);
    const matrix = page.getByRole('table', { name: 'Mức đầy đủ của báo cáo, theo cơ quan chủ trì và năm' });
    const xd = matrix.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Sở Xây dựng', exact: true }) });
    expect((await xd.locator('td').allTextContents()).map((t) => t.replace(/\s+/g, ' ').trim())).toEqual(['2/3 Một phần', '2/3 Một phần']);
    const yte = matrix.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Bộ Y tế', exact: true }) });
    expect((await yte.locator('td').first().textContent())!.trim()).toBe('—Không có nhiệm vụ phải báo cáo');
    expect(await axe(page)).toEqual([]);
    await context.close();
  });
});

describe("a task's history", () => {
  it('lists every report year, newest first, with the reason a report gave', async () => {
    const { page, context } = await b.open(at('/nhiem-vu/pl2-11/'), { javaScript: false });
    const years = page.locator('.history .year');
    expect(await years.evaluateAll((els) => els.map((e) => e.getAttribute('data-year')))).toEqual(['2026', '2025']);
    await expect(years.nth(0).textContent()).resolves.toContain('Lý do báo cáo nêu: “Chương trình đã ban hành năm 2025');
    await expect(years.nth(1).locator('.tag').textContent()).resolves.toBe('Hoàn thành');
    await expect(years.nth(1).getByRole('link', { name: 'Quyết định số 0003/QĐ-UBND (mẫu) ban hành Chương trình' }).getAttribute('href')).resolves.toBe(
      'https://example.org/quyet-dinh-mau-0003.pdf',
    );
    await context.close();
  });

  it('shows when a report overrides "overdue", and why', async () => {
    const { page, context } = await b.open(at('/nhiem-vu/pl1-i-03/'), { javaScript: false });
    const latest = page.locator('section[aria-labelledby="ket-qua"] li.year').first();
    await expect(latest.locator('.tag').textContent()).resolves.toBe('Đang thực hiện');
    await expect(latest.textContent()).resolves.toContain('Báo cáo giữ trạng thái này thay cho “Quá hạn”, với lý do: “Theo thông báo (giả định)');
    await context.close();
  });
});

describe('a target chart', () => {
  it('is a complete figure without JavaScript: caption, summary and table, no empty canvas', async () => {
    const { page, context } = await b.open(at('/muc-tieu/nuoc-sach-nong-thon/'), { javaScript: false });
    const figure = page.locator('figure[data-chart]');
    await expect(figure.locator('figcaption').textContent()).resolves.toContain('giá trị đã báo cáo so với mức cam kết');
    await expect(figure.locator('p').first().textContent()).resolves.toBe(
      'Giá trị đã báo cáo: 76,4% (tính đến 30/09/2025, báo cáo năm 2025); 79% (tính đến 30/09/2026, báo cáo năm 2026). Mức cam kết của Kế hoạch: trên 80%; mức phấn đấu trên 85%. Giá trị gần nhất chưa đạt mức cam kết.',
    );
    expect(await figure.locator('canvas').isVisible()).toBe(false);
    const table = figure.getByRole('table', { name: 'Số liệu của biểu đồ' });
    expect(await table.locator('tbody td.num').allTextContents()).toEqual(['76,4%', '79%']);
    expect(await table.locator('tfoot td.num').allTextContents()).toEqual(['80%', '85%']);
    await context.close();
  });

  it('draws the same numbers on an accessible canvas, with target and stretch lines, under 90 kB of script', async () => {
    const { page, context, errors } = await b.open(at('/muc-tieu/nuoc-sach-nong-thon/'));
    const canvas = page.getByRole('img', { name: 'Tỷ lệ hộ gia đình nông thôn dùng nước sạch qua hệ thống cấp nước tập trung: giá trị đã báo cáo so với mức cam kết' });
    expect(await canvas.isVisible()).toBe(true);
    const described = await canvas.getAttribute('aria-describedby');
    await expect(page.locator(`#${described}`).textContent()).resolves.toContain('76,4%');
    const data = JSON.parse((await page.locator('figure[data-chart] script[type="application/json"]').textContent())!);
    expect(data.kind).toBe('line');
    expect(data.values).toEqual([76.4, 79]);
    expect(data.texts).toEqual(['76,4%', '79%']);
    expect(data.lines.map((l: { value: number; kind: string }) => [l.kind, l.value])).toEqual([['target', 80], ['stretch', 85]]);
    // The chart really drew: count opaque pixels of the brand colour (the series) and the dashed target line's red.
    await page.waitForFunction(() => {
      const c = document.querySelector('canvas')!;
      return c.width > 0 && c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data.some((v, i) => i % 4 === 3 && v > 0);
    });
    const colours = await canvas.evaluate((c: HTMLCanvasElement) => {
      const d = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
      let brand = 0;
      let red = 0;
      const near = (i: number, [r, g, b]: number[]) => d[i + 3]! > 200 && Math.abs(d[i]! - r!) + Math.abs(d[i + 1]! - g!) + Math.abs(d[i + 2]! - b!) < 40;
      for (let i = 0; i < d.length; i += 4) {
        if (near(i, [0x0b, 0x5d, 0x3b])) brand++;
        if (near(i, [0xa1, 0x26, 0x0d])) red++;
      }
      return { brand, red };
    });
    expect(colours.brand).toBeGreaterThan(50);
    expect(colours.red).toBeGreaterThan(50);
    const scripts = await page.locator('script[type="module"][src]').evaluateAll((els) => els.map((e) => (e as HTMLScriptElement).src));
    expect(scripts).toHaveLength(1);
    let gz = 0;
    for (const src of scripts) gz += gzipSync(await (await page.request.get(src)).body()).length;
    expect(gz).toBeLessThan(90 * 1024);
    expect(errors).toEqual([]);
    expect(await axe(page)).toEqual([]);
    await context.close();
  });

  it('loads no script where there is nothing to draw', async () => {
    for (const [base, path] of [
      [inject('sampleURL'), '/muc-tieu/kiem-ke-khi-nha-kinh/'],
      [inject('sampleURL'), '/nhiem-vu/pl2-11/'],
      [b.baseURL, '/muc-tieu/nuoc-sach-nong-thon/'],
    ] as const) {
      const html = await (await fetch(new URL(path, base))).text();
      expect(html, path).not.toContain('type="module"');
    }
  });
});

describe('the home page, the feed and the open data', () => {
  it('filters the task list by the latest state, with JavaScript and without, matching the rules', async () => {
    const { resultsForSite } = await import('../../src/lib/results.ts');
    const { readPlanContext } = await import('../../src/lib/site-data.ts');
    const { plan } = readPlanContext(ROOT);
    const results = resultsForSite(plan, { root: ROOT, dir: 'test/fixtures/results' });
    const latest = results.states.get(results.latest!.year)!;
    const expected = plan.tasks.filter((t) => latest.get(t.id)!.state === 'qua-han').map((t) => t.id).sort();
    expect(expected.length).toBeGreaterThan(0);
    const visibleIds = (page: import('playwright-core').Page) =>
      page.locator('#bang-nhiem-vu tbody tr:visible th[scope=row] a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!.split('/').at(-2)!).sort());

    for (const javaScript of [true, false]) {
      const { page, context } = await b.open(at('/nhiem-vu/'), { javaScript });
      await page.getByLabel(`Trạng thái theo báo cáo năm ${results.latest!.year}`).selectOption('qua-han');
      expect(await visibleIds(page), `javaScript: ${javaScript}`).toEqual(expected);
      if (javaScript) {
        expect(new URL(page.url()).searchParams.get('trang-thai')).toBe('qua-han');
        const fresh = await context.newPage();
        await fresh.goto(page.url());
        expect(await visibleIds(fresh)).toEqual(expected);
      }
      await context.close();
    }
  });

  it('offers no status filter on the real site, where no report is published', async () => {
    const { page, context } = await b.open('/nhiem-vu/');
    expect(await page.locator('#loc-trang-thai').count()).toBe(0);
    expect(await page.locator('#bang-nhiem-vu thead th').allTextContents()).not.toContain(expect.stringContaining('Trạng thái'));
    await context.close();
  });

  it('shows the latest report on the home page', async () => {
    const { page, context } = await b.open(at('/'), { javaScript: false });
    const section = page.locator('section[aria-labelledby="ket-qua"]');
    await expect(section.textContent()).resolves.toContain('Báo cáo mới nhất: kết quả năm 2026');
    expect(await section.getByRole('table').count()).toBe(1);
    await context.close();
  });

  it('announces each report in the Atom feed, dated by the report, not the build', async () => {
    const feed = await (await fetch(at('/ket-qua/feed.xml'))).text();
    expect([...feed.matchAll(/<published>(.+?)<\/published>/g)].map((m) => m[1])).toEqual(['2026-12-05T00:00:00+07:00', '2025-12-15T00:00:00+07:00']);
    expect(/<feed[\s\S]*?<updated>(.+?)<\/updated>/.exec(feed)![1]).toBe('2026-12-05T00:00:00+07:00');
    const real = await (await fetch(new URL('/ket-qua/feed.xml', b.baseURL))).text();
    expect(real).not.toContain('<entry>');
    expect(real).toContain('<updated>2025-05-08T00:00:00+07:00</updated>');
  });

  it('publishes results.csv (UTF-8 with BOM) and results.json with one row per year and task', async () => {
    const csv = Buffer.from(await (await fetch(at('/data/results.csv'))).arrayBuffer());
    expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = csv.toString('utf8').slice(1).trimEnd().split('\r\n');
    expect(lines[0]).toMatch(/^year,task,state,state_label,rule,/);
    expect(lines).toHaveLength(1 + 2 * 52);
    const json = (await (await fetch(at('/data/results.json'))).json()) as { year: number; task: string; state: string; rule: string }[];
    expect(json.find((r) => r.year === 2026 && r.task === 'pl1-i-17')).toMatchObject({ state: 'qua-han', rule: 'qua-han' });
    const values = await (await fetch(at('/data/target-values.json'))).json();
    expect(values).toHaveLength(7);
    const empty = await (await fetch(new URL('/data/results.json', b.baseURL))).json();
    expect(empty).toEqual([]);
  });
});

describe('the state beside the title', () => {
  it('says beside a task page\'s heading that no report is published yet, on the real site', async () => {
    const real = await b.open('/nhiem-vu/pl1-i-17/', { javaScript: false });
    await expect(real.page.locator('h1 + p.now').textContent()).resolves.toContain('chưa có báo cáo kết quả nào được công bố');
    await real.context.close();
  });
});

describe('the sample build at phone and desktop widths', () => {
  it('keeps every page type that shows results within the screen, wide tables inside labelled scroll regions', { timeout: 120_000 }, async () => {
    const paths = ['/', '/ket-qua/', '/ket-qua/2025/', '/ket-qua/2026/', '/nhiem-vu/', '/nhiem-vu/pl1-i-17/', '/muc-tieu/', '/co-quan/bo-nong-nghiep-moi-truong/'];
    const failures: string[] = [];
    for (const width of [360, 1280]) {
      for (const path of paths) {
        const { page, context } = await b.open(at(path), { width });
        failures.push(...(await layoutProblems(page)).map((p) => `${path} @${width}: ${p}`));
        await context.close();
      }
    }
    expect(failures).toEqual([]);
  });
});
