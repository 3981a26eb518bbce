// The report form (/nop-bao-cao/) as a ward's or department's staff member uses it on a 360 px phone: pick the unit,
// type into every field, come back after a reload to find the draft, fix what the form flags, download the YAML
// and the workbook, and the editor then builds the site with that workbook committed as the unit's report.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { Page } from 'playwright-core';
import { readSiteData, readSiteDataWithWorkbooks } from '../../src/lib/site-data.ts';
import { unitFormOf } from '../../src/lib/unit-form.ts';
import { readWorkbook, validateValues } from '../../src/lib/workbook/read.ts';
import { submissionSchema } from '../../src/schemas/report.ts';
import { useBrowser } from '../support/e2e.ts';
import { axeViolations } from '../support/axe.ts';
import { ROOT } from '../support/site.ts';

const b = useBrowser();
const UNIT = 'so-xay-dung';
const YEAR = 2026;
const site = readSiteData(ROOT, { withoutReports: true }).data!;
const form = unitFormOf(site, UNIT, YEAR)!;
const dir = mkdtempSync(join(tmpdir(), 'bieu-mau-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** What the person types, field by field (fictional, as every test datum). */
const typed = {
  number: '77/BC-MAU',
  date: '27/11/2026',
  signer: 'Trần Thị Mẫu, Giám đốc',
  url: 'https://example.gov.vn/van-ban/77',
  summary: (id: string) => `Kết quả mẫu của nhiệm vụ ${id} (dữ liệu mẫu).`,
  reason: (id: string) => `Lý do mẫu ${id}.`,
  evidence: (id: string) => `Quyết định mẫu ${id} https://example.gov.vn/qd/${id}`,
  proposals: ['Đề nghị mẫu thứ nhất.', 'Đề nghị mẫu thứ hai.'],
};

async function fillEverything(page: Page) {
  await page.getByLabel('Số hiệu văn bản báo cáo').fill(typed.number);
  // Typed key by key, as on a phone keyboard.
  await page.getByLabel('Ngày ký').pressSequentially(typed.date);
  await page.getByLabel('Người ký (nếu có)').fill(typed.signer);
  await page.getByLabel('Đường dẫn văn bản (nếu đã đăng công khai)').fill(typed.url);
  for (const t of form.tasks) {
    await page.locator(`#f-t-${t.id}-status`).selectOption('dang-thuc-hien');
    if (t.leads) await page.locator(`#f-t-${t.id}-percent`).fill('40');
    await page.locator(`#f-t-${t.id}-summary`).fill(typed.summary(t.id));
    await page.locator(`#f-t-${t.id}-reason`).fill(typed.reason(t.id));
    await page.locator(`#f-t-${t.id}-evidence`).fill(typed.evidence(t.id));
  }
  await page.locator('#f-p-0').fill(typed.proposals[0]!);
  await page.getByRole('button', { name: 'Thêm một đề xuất' }).click();
  await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('f-p-1');
  await page.keyboard.type(typed.proposals[1]!);
  for (const g of form.targets) {
    await page.locator(`#f-g-${g.id}-value`).fill('12,5');
    if (!g.unit) await page.locator(`#f-g-${g.id}-unit`).fill('đơn vị mẫu');
    await page.locator(`#f-g-${g.id}-as_of`).fill('31/10/2026');
    await page.locator(`#f-g-${g.id}-source`).fill(`Nguồn mẫu ${g.id}`);
    await page.locator(`#f-g-${g.id}-scope`).fill('địa bàn mẫu');
  }
}

/** The submission the typed values stand for, as the YAML would say it. */
const wanted = () =>
  submissionSchema.parse({
    unit: UNIT,
    year: YEAR,
    document: { number: typed.number, date: '2026-11-27', signer: typed.signer, url: typed.url },
    tasks: form.tasks.map((t) => ({
      task: t.id,
      status: 'dang-thuc-hien',
      ...(t.leads ? { percent: 40 } : {}),
      summary: typed.summary(t.id),
      reason: typed.reason(t.id),
      evidence: [{ title: `Quyết định mẫu ${t.id}`, url: `https://example.gov.vn/qd/${t.id}` }],
    })),
    proposals: typed.proposals,
    targets: form.targets.map((g) => ({
      target: g.id,
      value: 12.5,
      unit: g.unit ?? 'đơn vị mẫu',
      as_of: '2026-10-31',
      source: `Nguồn mẫu ${g.id}`,
      scope: 'địa bàn mẫu',
    })),
  });

describe('/nop-bao-cao/ at 360 px', () => {
  it('is filled, kept as a draft, checked, and downloaded as YAML and as the workbook, which then builds the site', async () => {
    expect(form.tasks.length).toBeGreaterThan(3);
    const { page, context, errors } = await b.open('/nop-bao-cao/', { width: 360 });
    // The unit is chosen with the keyboard alone.
    await page.locator('#chon-don-vi').focus();
    await page.locator('#chon-don-vi').selectOption(UNIT);
    await page.locator('#chon-nam').selectOption(String(YEAR));
    await expect.poll(() => page.locator('fieldset.task legend .code').allTextContents()).toEqual(form.tasks.map((t) => t.id));
    await fillEverything(page);

    // A mistake is flagged beside the field when the field is left, and announced politely.
    const lead = form.tasks.find((t) => t.leads)!;
    await page.locator(`#f-t-${lead.id}-percent`).fill('140');
    await page.keyboard.press('Tab');
    await expect.poll(() => page.locator(`#f-t-${lead.id}-percent-loi`).textContent()).toContain('từ 0 đến 100');
    expect(await page.locator(`#f-t-${lead.id}-percent`).getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('[data-live]').textContent()).toContain('từ 0 đến 100');

    // Nothing typed is lost on a reload.
    await page.reload();
    await expect.poll(() => page.locator('#chon-don-vi').inputValue()).toBe(UNIT);
    expect(await page.getByLabel('Số hiệu văn bản báo cáo').inputValue()).toBe(typed.number);
    expect(await page.locator(`#f-t-${form.tasks.at(-1)!.id}-evidence`).inputValue()).toBe(typed.evidence(form.tasks.at(-1)!.id));
    expect(await page.locator('#f-p-1').inputValue()).toBe(typed.proposals[1]);
    expect(await page.locator(`#f-t-${lead.id}-percent`).inputValue()).toBe('140');
    expect(await page.locator('[data-save-status]').textContent()).toContain('Đã mở lại bản nháp');

    // Asking for the file with an error shows the summary, focused, linking to the field.
    await page.getByRole('button', { name: 'Tải tệp YAML' }).click();
    const summary = page.locator('[data-error-summary]');
    await expect.poll(() => summary.isVisible()).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-error-summary'))).toBe(true);
    await summary.getByRole('link').first().click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe(`f-t-${lead.id}-percent`);
    expect(await axeViolations(page)).toEqual([]);
    await page.keyboard.press('Control+A');
    await page.keyboard.type('40');
    await page.keyboard.press('Tab');

    // The page fits a 360 px screen.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);

    const [yamlDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Tải tệp YAML' }).click()]);
    expect(yamlDownload.suggestedFilename()).toBe(`${UNIT}.yaml`);
    const yamlPath = join(dir, `${UNIT}.yaml`);
    await yamlDownload.saveAs(yamlPath);
    expect(submissionSchema.parse(parse(readFileSync(yamlPath, 'utf8')))).toEqual(wanted());

    const [xlsxDownload] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Tải tệp Excel (.xlsx)' }).click(),
    ]);
    const xlsxPath = join(dir, xlsxDownload.suggestedFilename());
    await xlsxDownload.saveAs(xlsxPath);
    const read = await readWorkbook(readFileSync(xlsxPath), xlsxDownload.suggestedFilename(), (u, y) =>
      unitFormOf(site, u, y, { all: true }),
    );
    const fromXlsx = validateValues(read, submissionSchema);
    expect(fromXlsx.problems).toEqual([]);
    expect(fromXlsx.data).toEqual(wanted());
    // ExcelJS came only now, on demand; nothing broke the page's Content Security Policy.
    expect(errors).toEqual([]);
    await context.close();

    // The editor commits the workbook as the unit's report, and the site builds with it.
    const reports = join(dir, 'reports');
    mkdirSync(join(reports, String(YEAR)), { recursive: true });
    writeFileSync(join(reports, String(YEAR), `${UNIT}.xlsx`), readFileSync(xlsxPath));
    const out = join(dir, 'site');
    const built = spawnSync(process.execPath, ['src/cli/build.ts', '--reports', reports, '--out', out], { cwd: ROOT, encoding: 'utf8' });
    expect(built.status, built.stderr).toBe(0);
    // The build read the workbook through the one data module the pages use; pages built from a reports folder other
    // than content/reports carry the sample-data banner.
    const data = (await readSiteDataWithWorkbooks(ROOT, { reportsDir: reports })).data!;
    expect(data.reporting.yearly.get(YEAR)?.get(UNIT)).toEqual(wanted());
    expect(data.reporting.derived.units.get(YEAR)?.get(UNIT)?.timeliness).toBe('dung-han');
    expect(readFileSync(join(out, 'nop-bao-cao', 'index.html'), 'utf8')).toContain('DỮ LIỆU MẪU');
  }, 300_000);

  it("names no unit and no task in the page: the list of units and the chosen unit's tasks come from files, and a failed load can be retried", async () => {
    // The first load of the list of units fails, and the form says so; "Thử lại" loads it.
    const { page, context } = await b.open('/', { width: 360 });
    const list = '**/nop-bao-cao/don-vi.json';
    await page.route(list, (r) => r.abort('internetdisconnected'));
    await page.goto(new URL('/nop-bao-cao/', b.baseURL).href);
    await expect.poll(() => page.locator('[data-form-body]').textContent()).toContain('Chưa tải được danh sách đơn vị');
    await page.unroute(list);
    await page.getByRole('button', { name: 'Thử lại' }).click();
    await expect.poll(() => page.locator('#chon-don-vi option').count()).toBe(site.registry.units.length + 1);
    // The page as served stays the same size as the plan grows (issue 15): no unit, no task in it.
    const html = await (await page.request.get(page.url())).text();
    expect(site.registry.units.filter((u) => html.includes(`value="${u.id}"`))).toEqual([]);
    expect(form.tasks.filter((t) => html.includes(t.title))).toEqual([]);
    // The connection drops as the unit is chosen: the form says so instead of showing an empty list.
    const file = `**/nop-bao-cao/don-vi/${UNIT}.json`;
    await page.route(file, (r) => r.abort('internetdisconnected'));
    await page.locator('#chon-don-vi').selectOption(UNIT);
    await page.locator('#chon-nam').selectOption(String(YEAR));
    await expect.poll(() => page.locator('[data-form-body]').textContent()).toContain('Chưa tải được danh sách nhiệm vụ của đơn vị');
    expect(await page.locator('[data-actions]').isVisible()).toBe(false);
    // Back online, "Thử lại" loads the unit's file and shows its tasks.
    await page.unroute(file);
    const loaded = page.waitForResponse((r) => r.url().endsWith(`/nop-bao-cao/don-vi/${UNIT}.json`) && r.ok());
    await page.getByRole('button', { name: 'Thử lại' }).click();
    await loaded;
    await expect.poll(() => page.locator('fieldset.task legend .code').allTextContents()).toEqual(form.tasks.map((t) => t.id));
    expect(await page.locator('[data-actions]').isVisible()).toBe(true);
    await context.close();
  });

  it('loads without ExcelJS and without the schemas, and says what to do without JavaScript', async () => {
    const { page, context } = await b.open('/nop-bao-cao/', { width: 360 });
    const scripts = await page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .map((r) => r.name)
        .filter((n) => n.endsWith('.js')),
    );
    expect(scripts.some((s) => /write\.[\w-]+\.js$/.test(s))).toBe(false);
    // zod and the submission schema come with the first check (src/scripts/report-schema.ts), not with the page.
    expect(scripts.some((s) => /report-schema\.[\w-]+\.js$/.test(s))).toBe(false);
    expect(scripts.length).toBeGreaterThan(0);
    await context.close();
    const nojs = await b.open('/nop-bao-cao/', { width: 360, javaScript: false });
    expect(await nojs.page.locator('[data-needs-js]').textContent()).toContain('cần JavaScript');
    expect(await nojs.page.locator('[data-picker]').isVisible()).toBe(false);
    expect(await nojs.page.getByText('Sở Nông nghiệp và Môi trường').first().isVisible()).toBe(true);
    await nojs.context.close();
  });
});
