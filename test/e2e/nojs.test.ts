// With JavaScript disabled, every main page type still carries its whole content, and the task filters still work.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Agency, Target, Task } from '../../src/schemas/index.ts';
import { readContent, useBrowser, visibleTaskIds } from '../support/e2e.ts';

const b = useBrowser();
const tasks = readContent<Task[]>('tasks.yaml');
const agencies = readContent<Agency[]>('agencies.yaml');
const targets = readContent<Target[]>('targets.yaml');
const task = tasks.find((t) => t.period === null) ?? tasks[0]!;
const agency = agencies.find((a) => tasks.some((t) => t.lead.some((r) => r.agency === a.id)))!;
const target = targets[0]!;

const text = (page: Page, sel = 'main') => page.locator(sel).innerText();
const rows = (page: Page, sel: string) => page.locator(`${sel} tbody tr:visible`).count();

const cases: [string, string, (page: Page) => Promise<void>][] = [
  [
    'home',
    '/',
    async (page) => {
      for (const t of targets.filter((x) => x.kind === 'dinh-luong')) expect(await text(page)).toContain(t.measure);
      // The chart's canvas is not shown; its numbers are in a table, reachable by opening <details> without script.
      await expect(page.locator('figure canvas').first().isVisible()).resolves.toBe(false);
      await expect(page.getByText('Biểu đồ cần JavaScript').first().isVisible()).resolves.toBe(true);
      await page.getByText('Bảng thời gian của từng nhiệm vụ').click();
      expect(await rows(page, 'figure:has(#bieu-do-thoi-gian-caption) table')).toBe(tasks.length);
      // The progress overview's figure: its table is shown as is, a row per state.
      expect(await rows(page, '.progress figure table')).toBeGreaterThan(0);
    },
  ],
  [
    'plan',
    '/ke-hoach/',
    async (page) => {
      // The plan's paragraphs are laid out as they near the screen (content-visibility: auto), and innerText leaves
      // out those not drawn yet: the paragraph must be there to be seen, as it is for a reader who scrolls to it.
      await expect(page.locator('main').getByText('trước ngày 01 tháng 12 hằng năm').first().isVisible()).resolves.toBe(true);
      expect(await page.getByRole('navigation', { name: 'Mục lục' }).getByRole('link').count()).toBeGreaterThan(10);
    },
  ],
  [
    'task list',
    '/nhiem-vu/',
    async (page) => {
      expect(await visibleTaskIds(page)).toHaveLength(tasks.length);
      await page.getByLabel('Phụ lục', { exact: true }).selectOption({ label: 'Phụ lục II' });
      expect((await visibleTaskIds(page)).sort()).toEqual(
        tasks
          .filter((t) => t.appendix === 'II')
          .map((t) => t.id)
          .sort(),
      );
    },
  ],
  [
    'task',
    `/nhiem-vu/${task.id}/`,
    async (page) => {
      expect(await text(page, 'h1')).toBe(task.title);
      expect(await text(page)).toContain(task.lead_as_written.split('\n')[0]!.replace(/^- /, ''));
      expect(await text(page)).toContain(task.period ? String(task.period.start) : 'Kế hoạch không ghi thời gian thực hiện');
    },
  ],
  [
    'agencies',
    '/co-quan/',
    async (page) => {
      expect(await rows(page, 'main > .table-scroll table')).toBe(agencies.length);
      await expect(page.locator('figure canvas').isVisible()).resolves.toBe(false);
    },
  ],
  [
    'agency',
    `/co-quan/${agency.id}/`,
    async (page) => {
      expect(await text(page, 'h1')).toBe(agency.name);
      const led = tasks.filter((t) => t.lead.some((r) => r.agency === agency.id));
      for (const t of led) expect(await text(page)).toContain(t.title);
    },
  ],
  [
    'matrix',
    '/co-quan/ma-tran/',
    async (page) => {
      expect(await page.locator('table.matrix tbody tr:not(.group)').count()).toBe(tasks.length);
    },
  ],
  [
    'targets',
    '/muc-tieu/',
    async (page) => {
      for (const t of targets) expect(await text(page)).toContain(t.statement);
    },
  ],
  [
    'target',
    `/muc-tieu/${target.id}/`,
    async (page) => {
      expect(await text(page, 'h1')).toBe(target.measure);
      expect(await text(page)).toContain(target.statement);
    },
  ],
  [
    'about',
    '/gioi-thieu/',
    async (page) => {
      expect(await page.getByRole('heading', { name: 'Cách tính trạng thái' }).count()).toBe(1);
    },
  ],
  [
    'not found',
    '/khong-co-trang-nay/',
    async (page) => {
      expect(await text(page, 'h1')).toBe('Không tìm thấy trang');
    },
  ],
];

describe('with JavaScript disabled', () => {
  // One tab without script, led from page to page (see openTab).
  let tab: Awaited<ReturnType<typeof b.tab>>;
  beforeAll(async () => {
    tab = await b.tab({ javaScript: false });
  });
  afterAll(() => tab.close());

  for (const [name, path, check] of cases) {
    it(`${name} (${path}) is complete`, async () => {
      const { page } = await tab.go(path);
      expect((await text(page)).length).toBeGreaterThan(100);
      await check(page);
    });
  }
});
