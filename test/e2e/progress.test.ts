// The progress overview (home page, year pages) and where its counts lead, in Chromium, on the two shared builds:
// the real site (no report published: states as the rules compute them, said so first) and the sample site
// (fictional reports under test/fixtures/reports). A count is only as good as the list it links to: each one followed
// here must open /nhiem-vu/ showing exactly that many tasks, with JavaScript, and through the form without it.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { parse } from 'yaml';
import type { Page } from 'playwright-core';
import { readContent, useBrowser, visibleTaskIds } from '../support/e2e.ts';
import { ROOT } from '../support/site.ts';

const b = useBrowser();
const sample = (path: string) => new URL(path, inject('sampleURL')).href;

interface CountLink {
  href: string;
  n: number;
  label: string;
}
/** The task list's filters a count can set: control, and the address parameter it stands for. */
const FILTERS: [string, string][] = [
  ['#loc-phu-luc', 'phu-luc'],
  ['#loc-don-vi', 'don-vi'],
  ['#loc-trang-thai', 'trang-thai'],
];

/** Sets the task list's filters to a count link's query, changing only what differs (each change re-filters the list). */
async function setFilters(page: Page, query: URLSearchParams): Promise<void> {
  for (const [sel, param] of FILTERS)
    if ((await page.inputValue(sel)) !== (query.get(param) ?? '')) await page.selectOption(sel, query.get(param) ?? '');
}

/** The count links of the overview, as a reader meets them: number shown, where it leads, what it says it is. */
const countLinks = (page: Page, scope: string): Promise<CountLink[]> =>
  page.locator(`${scope} a[href*="/nhiem-vu/?"]`).evaluateAll((as) =>
    as.map((a) => ({
      href: (a as HTMLAnchorElement).href,
      n: Number(a.textContent.replace(/\D+/g, ' ').trim().split(' ')[0]),
      label: a.getAttribute('aria-label') ?? '',
    })),
  );

/**
 * Follows each count with JavaScript on: the list must show exactly that many tasks, and say so. A count shown
 * twice (the totals on top and in the table's last column) leads to the same address with the same number, and
 * that address is checked once.
 *
 * The first address of each kind (state alone; appendix and state; unit and state) is opened as a reader opens
 * it, from the link. The others are chosen in the same page's filter form, which writes into the address bar the
 * query of what it shows: that query must be the link's, word for word, so the link leads to exactly this list.
 * Loading the whole list again for each of some fifty counts cost about 0.2 s each and a third of the file's CPU;
 * that the list opened from an address shows what the form shows is checked in reading-journalist.test.ts.
 */
async function followWithScript(all: CountLink[]) {
  const links = [...new Map(all.map((l) => [l.href, l])).values()];
  for (const l of all) expect(l.n, `${l.label} → ${l.href}`).toBe(links.find((x) => x.href === l.href)!.n);
  const { page, errors } = await b.visit('about:blank');
  const opened = new Set<string>();
  for (const link of links) {
    const query = new URL(link.href).searchParams;
    const kind = [...query.keys()].join('&');
    if (!opened.has(kind)) {
      opened.add(kind);
      await page.goto(link.href);
    } else {
      await setFilters(page, query);
      expect(new URL(page.url()).search, `${link.label}: the form's address`).toBe(new URL(link.href).search);
    }
    expect(await visibleTaskIds(page), `${link.label} → ${link.href}`).toHaveLength(link.n);
    expect(await page.locator('#trang-thai-loc').textContent()).toContain(`Đang hiển thị ${link.n} trên`);
  }
  expect(opened.size).toBeLessThan(links.length);
  // Going straight on to the next list can abort a request still in flight (the favicon): script errors are what count.
  expect(errors.filter((e) => !e.startsWith('request failed'))).toEqual([]);
}

/** The list without JavaScript, where filters are chosen in the form (they apply through CSS, not through the URL). */
async function listWithoutScript(origin: string) {
  const { page } = await b.visit(new URL('/nhiem-vu/', origin).href, { javaScript: false });
  const choose = async (query: URLSearchParams) => {
    // Without script, each change makes the browser match the whole no-JS stylesheet again.
    await setFilters(page, query);
    return visibleTaskIds(page);
  };
  return { page, choose };
}

describe('the real site, with no report published', () => {
  it('puts the overview on the first screen of a 360 × 740 phone, saying first that no unit has reported', async () => {
    const { page, errors } = await b.visit('/', { width: 360 });
    await page.setViewportSize({ width: 360, height: 740 });
    const heading = await page.locator('#tien-do').boundingBox();
    const totals = await page.locator('.progress .totals').boundingBox();
    expect(heading!.y).toBeGreaterThan(0);
    expect(totals!.y + totals!.height).toBeLessThanOrEqual(740);
    const text = (await page.locator('.progress').textContent())!.replace(/\s+/g, ' ');
    expect(text).toContain('Chưa đơn vị nào có báo cáo năm');
    expect(text).toContain('chưa phải kết quả thực hiện');
    // Only states the rules compute: nothing a unit would have had to report.
    for (const reported of ['Hoàn thành', 'Đang thực hiện', 'Chưa bắt đầu', 'Dừng hoặc được thay thế'])
      expect(text).not.toContain(reported);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    expect(errors).toEqual([]);
  });

  it('every count of the overview opens the task list with exactly that many tasks, and they add up to the plan', async () => {
    const { page } = await b.visit('/');
    const links = await countLinks(page, '.progress');
    const tasks = readContent<unknown[]>('tasks.yaml').length;
    const totals = links.filter((l) => !/phu-luc=/.test(l.href));
    expect(totals.length).toBeGreaterThan(1);
    // The totals are shown twice (the list on top, the table's last column): each task once in each.
    expect(totals.reduce((a, l) => a + l.n, 0)).toBe(2 * tasks);
    // Each count says what it counts, to a screen reader too: "12 nhiệm vụ chưa báo cáo thuộc Phụ lục II".
    for (const l of links.filter((x) => x.label)) expect(l.label).toMatch(/^\d+ nhiệm vụ .+ (thuộc Phụ lục|trong cả hai phụ lục)/);
    expect(links.filter((x) => x.label).length).toBeGreaterThan(links.length / 2);
    for (const name of await page
      .locator('.progress .totals a')
      .evaluateAll((as) => as.map((a) => a.textContent.replace(/\s+/g, ' ').trim())))
      expect(name).toMatch(/^\d+ .+ \(nhiệm vụ, cả hai phụ lục\)$/);
    await followWithScript(links);
  });

  it('without JavaScript, choosing the same appendix and state in the form shows the same number of tasks', async () => {
    const { page } = await b.visit('/', { javaScript: false });
    const links = (await countLinks(page, '.progress table')).filter((l) => /phu-luc=/.test(l.href));
    expect(links.length).toBeGreaterThan(2);
    const list = await listWithoutScript(b.baseURL);
    for (const l of links) expect(await list.choose(new URL(l.href).searchParams), l.label).toHaveLength(l.n);
  });

  it('shows a task’s computed state beside its title, and says no unit has reported', async () => {
    const { page } = await b.visit('/nhiem-vu/pl1-i-01/');
    const state = page.locator('#trang-thai-hien-tai');
    expect((await state.textContent())!.replace(/\s+/g, ' ')).toMatch(
      /Trạng thái năm \d{4}.*Chưa đơn vị nào có báo cáo năm \d{4} trên trang/,
    );
    const h1 = (await page.locator('h1').boundingBox())!;
    const box = (await state.boundingBox())!;
    expect(box.y).toBeLessThan(h1.y + h1.height + 40);
  });
});

describe('the sample site (fictional reports)', () => {
  const fixtures = join(ROOT, 'test', 'fixtures', 'reports');
  const latest = Math.max(...readdirSync(fixtures).map(Number));

  it('the year page’s overview counts by appendix and by unit, and its counts lead to exactly those tasks', async () => {
    const { page, errors } = await b.visit(sample(`/ket-qua/${latest}/`), { width: 360 });
    expect(await page.locator('.progress').count()).toBe(1);
    // At the top of the page: before the consolidated report and the task-by-task section.
    const order = await page.evaluate(() =>
      ['tien-do', 'tong-hop', 'tung-nhiem-vu'].map((id) => document.getElementById(id)!.getBoundingClientRect().top),
    );
    expect(order).toEqual([...order].sort((a, c) => a - c));
    const text = (await page.locator('.progress').textContent())!.replace(/\s+/g, ' ');
    expect(text).toMatch(/\d+ trên \d+ đơn vị đã có báo cáo năm/);
    // No ministry is a reporting unit: none appears in the table by unit.
    const rowNames = await page.locator('.progress .by-unit th[scope="row"]').allInnerTexts();
    expect(rowNames.length).toBeGreaterThan(100);
    const ministries = readContent<{ name: string; kind: string }[]>('agencies.yaml').filter((a) => a.kind === 'bo-nganh-trung-uong');
    expect(ministries.length).toBeGreaterThan(3);
    expect(rowNames.filter((n) => ministries.some((m) => n.startsWith(m.name)))).toEqual([]);
    const links = await countLinks(page, '.progress');
    expect(errors).toEqual([]);
    const appendix = links.filter((l) => /phu-luc=/.test(l.href));
    const units = links.filter((l) => /don-vi=/.test(l.href));
    expect(units.some((l) => l.href.includes('don-vi=phuong-'))).toBe(true);
    // Every appendix count, and the counts of the units that reported plus one ward that did not.
    const reporters = readdirSync(join(fixtures, String(latest))).map((f) => f.replace(/(--.*)?\.yaml$/, ''));
    const picked = [
      ...appendix,
      ...units.filter((l) => reporters.some((r) => l.href.includes(`don-vi=${r}&`))),
      units.find((l) => /don-vi=phuong-(?!hoan-kiem)/.test(l.href))!,
    ];
    expect(picked.length).toBeGreaterThan(8);
    await followWithScript(picked);
  });

  it('without JavaScript, a unit chosen in the form shows its tasks, and says that pairing it with a state needs JavaScript', async () => {
    const { page } = await b.visit(sample(`/ket-qua/${latest}/`), { javaScript: false });
    const total = async (unit: string) =>
      Number(
        await page
          .locator('.progress .by-unit tbody tr', { has: page.locator(`a[href*="/don-vi/${unit}/"]`) })
          .locator('td')
          .first()
          .textContent(),
      );
    // A ward takes part through "UBND các phường, xã": the same tasks as the table by unit counts for it.
    const totals = { department: await total('so-xay-dung'), ward: await total('xa-soc-son') };
    const list = await listWithoutScript(inject('sampleURL'));
    expect(await list.choose(new URLSearchParams('don-vi=so-xay-dung'))).toHaveLength(totals.department);
    expect(await list.choose(new URLSearchParams('don-vi=xa-soc-son'))).toHaveLength(totals.ward);
    expect(await list.page.locator('.nojs-don-vi-trang-thai').isVisible()).toBe(false);
    await list.page.selectOption('#loc-trang-thai', { index: 1 });
    expect(await list.page.locator('.nojs-don-vi-trang-thai').isVisible()).toBe(true);
  });

  it('shows beside a task’s title the state its only lead unit reported', async () => {
    const tasks = readContent<{ id: string; lead: { agency: string }[] }[]>('tasks.yaml');
    const report = parse(readFileSync(join(fixtures, String(latest), 'so-nong-nghiep-moi-truong.yaml'), 'utf8')) as {
      tasks: { task: string; status: string; reason?: string }[];
    };
    const labels: Record<string, string> = {
      'hoan-thanh': 'Hoàn thành',
      'dang-thuc-hien': 'Đang thực hiện',
      'chua-bat-dau': 'Chưa bắt đầu',
    };
    const solo = report.tasks.filter((e) => {
      const t = tasks.find((x) => x.id === e.task)!;
      return t.lead.length === 1 && t.lead[0]!.agency === 'so-nong-nghiep-moi-truong' && !e.reason && labels[e.status];
    });
    expect(new Set(solo.map((e) => e.status)).size).toBeGreaterThan(1);
    for (const e of solo.slice(0, 3)) {
      const { page } = await b.visit(sample(`/nhiem-vu/${e.task}/`), { width: 360 });
      const state = page.locator('#trang-thai-hien-tai');
      expect(await state.locator('.tag').first().textContent(), e.task).toBe(labels[e.status]);
      expect(await state.textContent()).toContain('theo đơn vị chủ trì');
      const h1 = (await page.locator('h1').boundingBox())!;
      expect((await state.boundingBox())!.y).toBeLessThan(h1.y + h1.height + 40);
    }
  });

  it('the home page’s overview says how many units reported and links each count to exactly those tasks', async () => {
    const { page } = await b.visit(sample('/'));
    expect((await page.locator('.progress').textContent())!.replace(/\s+/g, ' ')).toMatch(/\d+ trên \d+ đơn vị đã có báo cáo năm/);
    const links = await countLinks(page, '.progress .totals');
    expect(links.length).toBeGreaterThan(2);
    await followWithScript(links);
  });
});
