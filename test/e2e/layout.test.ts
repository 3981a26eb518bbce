// Every page type of the real site at phone width (360 px) and desktop width (1280 px): nothing sideways outside a
// labelled scroll region, nothing clipped; the matrix keeps task and agency names in view while it scrolls; the
// phone header leaves most of the first screen to the page. (The sample build's pages: results.test.ts.)
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { builtPages, useBrowser } from '../support/e2e.ts';
import { layoutProblems, twoFrames } from '../support/layout.ts';

const b = useBrowser();
const pages = builtPages();
const pick = (re: RegExp) => pages.find((p) => re.test(p));
const ONE_OF_EACH = [
  '/',
  '/ke-hoach/',
  '/nhiem-vu/',
  pick(/^\/nhiem-vu\/[^/]+\/$/),
  '/co-quan/',
  '/co-quan/ma-tran/',
  pick(/^\/co-quan\/(?!ma-tran)[^/]+\/$/),
  '/muc-tieu/',
  pick(/^\/muc-tieu\/[^/]+\/$/),
  '/ket-qua/',
  '/du-lieu/',
  '/gioi-thieu/',
  '/tim-kiem/?q=n%C6%B0%E1%BB%9Bc',
  '/404.html',
].filter((p): p is string => p !== undefined);

describe('layout at phone and desktop widths', () => {
  it('finds one page of each type', () => expect(ONE_OF_EACH).toHaveLength(14));

  for (const width of [360, 1280]) {
    it(`keeps every page type within ${width} px, wide tables inside labelled scroll regions`, { timeout: 120_000 }, async () => {
      const failures: string[] = [];
      const tab = await b.tab({ width });
      for (const path of ONE_OF_EACH) {
        const { page } = await tab.go(path);
        failures.push(...(await layoutProblems(page)).map((p) => `${path} @${width}: ${p}`));
      }
      await tab.close();
      expect(failures).toEqual([]);
    });
  }

  it('the check itself catches a table that widens the page', async () => {
    const { page } = await b.visit('/co-quan/', { width: 360 });
    await page.evaluate(() => {
      const t = document.createElement('table');
      t.innerHTML = `<tr>${'<td>ô&nbsp;rất&nbsp;rộng&nbsp;không&nbsp;xuống&nbsp;dòng</td>'.repeat(6)}</tr>`;
      document.querySelector('main')!.append(t);
    });
    expect((await layoutProblems(page)).join('\n')).toContain('the page scrolls sideways');
  });

  it('keeps task and agency names in view anywhere in the matrix on a phone', async () => {
    const { page } = await b.visit('/co-quan/ma-tran/', { width: 360 });
    const region = page.getByRole('region', { name: /Ma trận nhiệm vụ × cơ quan/ });
    await region.evaluate((el) => el.scrollTo(el.scrollWidth, el.scrollHeight / 2));
    const box = (await region.boundingBox())!;
    const inView = async (sel: string) =>
      page.locator(sel).evaluateAll(
        (els, b) =>
          els.filter((e) => {
            const r = e.getBoundingClientRect();
            return r.left >= b.x - 1 && r.right <= b.x + b.width + 1 && r.top >= b.y - 1 && r.bottom <= b.y + b.height + 1 && r.width > 0;
          }).length,
        box,
      );
    expect(await inView('.matrix tbody th.task-col')).toBeGreaterThan(0);
    expect(await inView('.matrix thead th.agency-col')).toBeGreaterThan(0);
  });

  it('gives the phone header less than a quarter of the first screen', async () => {
    const { page } = await b.visit('/', { width: 360 });
    const h = await page.locator('header.site-header').evaluate((el) => el.getBoundingClientRect().height);
    // A common cheap phone shows 360 × 740 CSS px.
    expect(h).toBeLessThan(740 / 4);
  });
});

describe('paragraph links', () => {
  it('offers one copy-link button on the paragraph the address points at, which copies that address', async () => {
    const { page, context } = await b.open('/ke-hoach/#iv-4-p7');
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const button = page.getByRole('button', { name: 'Sao chép liên kết đến đoạn này' });
    expect(await button.count()).toBe(1);
    expect(await page.locator('#iv-4-p7').getByRole('button').count()).toBe(1);
    await button.click();
    // The status is set once the clipboard has taken the address, which is asynchronous.
    await expect.poll(() => page.getByRole('status').textContent()).toBe('Đã sao chép liên kết.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(new URL('/ke-hoach/#iv-4-p7', b.baseURL).href);
    // Following another paragraph's § link moves the button there.
    await page.locator('#iv-4-p6 .permalink').click();
    expect(await page.locator('#iv-4-p6').getByRole('button').count()).toBe(1);
    expect(await page.getByRole('button', { name: 'Sao chép liên kết đến đoạn này' }).count()).toBe(1);
    await context.close();
  });

  it('keeps the § link and the no-script hint without JavaScript, and the paragraph labels on paper', async () => {
    const { page } = await b.visit('/ke-hoach/#iv-4-p7', { javaScript: false });
    expect(await page.getByRole('button', { name: /Sao chép/ }).count()).toBe(0);
    await expect(page.locator('#iv-4-p7 .permalink').getAttribute('href')).resolves.toBe('#iv-4-p7');
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('#iv-4-p7 .permalink').isVisible()).toBe(true);
    await expect(page.locator('#iv-4-p7 .permalink').innerText()).resolves.toContain('§ IV.4, đoạn 7');
  });

  it('lays a paragraph out as it nears the screen (content-visibility: auto), and every paragraph on paper', async () => {
    const { page } = await b.visit('/ke-hoach/', { width: 360 });
    // Drawn: not inside a block whose layout the browser is still skipping.
    const drawn = () =>
      page.locator('.plan-para .permalink').evaluateAll((links) => links.map((a) => a.checkVisibility({ contentVisibilityAuto: true })));
    const onOpen = await drawn();
    expect(onOpen.length).toBeGreaterThan(50);
    expect(onOpen.at(-1)).toBe(false);
    await page.locator('.plan-para').last().scrollIntoViewIfNeeded();
    await expect.poll(async () => (await drawn()).at(-1)).toBe(true);
    await page.emulateMedia({ media: 'print' });
    // The print styles apply at the next style recalculation, not necessarily before emulateMedia returns.
    await expect.poll(async () => (await drawn()).every(Boolean)).toBe(true);
  });

  it('draws a chart on the first screen at once, and one below it only once the reader scrolls towards it', async () => {
    // Chart.js sizes the canvas (an inline style) when it draws; the home page's progress chart starts just below the
    // first phone screen, the year timeline far below, and the first screen at 1280 px holds the progress chart.
    const drawn = (page: Page) =>
      page.locator('[data-chart] canvas').evaluateAll((all) => all.map((c) => (c as HTMLElement).style.width !== ''));
    const wide = await b.visit('/', { width: 1280 });
    await expect.poll(() => drawn(wide.page)).toEqual([true, false]);
    const { page } = await b.visit('/', { width: 360 });
    const top = await page
      .locator('[data-chart] canvas')
      .first()
      .evaluate((c) => c.getBoundingClientRect().top - innerHeight);
    expect(top).toBeGreaterThan(0);
    await twoFrames(page);
    expect(await drawn(page)).toEqual([false, false]);
    // A small scroll brings it within the quarter-screen look-ahead, not yet into view.
    await page.mouse.wheel(0, 10);
    await expect.poll(() => drawn(page)).toEqual([true, false]);
  });
});

describe('tables on paper', () => {
  it('prints every column of the matrix and of a stacked table, with nothing scrolled away', async () => {
    // A4 less 15 mm margins is about 680 CSS px wide.
    for (const path of ['/co-quan/ma-tran/', '/muc-tieu/', '/co-quan/']) {
      const { page } = await b.visit(path, { width: 680 });
      await page.emulateMedia({ media: 'print' });
      const cut = await page
        .locator('table')
        .evaluateAll(
          (els) =>
            els.filter(
              (t) =>
                t.getBoundingClientRect().right > document.documentElement.clientWidth + 1 ||
                getComputedStyle(t.closest('.table-scroll') ?? t).overflowX !== 'visible',
            ).length,
        );
      expect(cut, path).toBe(0);
      // Stacked rows are for phone screens only: on paper the column headers print.
      for (const head of await page.locator('table.stack thead').all()) expect(await head.isVisible()).toBe(true);
    }
  });
});

describe('freshness and deadlines', () => {
  it('says on every page when the data last changed (git history), and on /ket-qua/ what is due, as of the commit', async () => {
    const { lastChanged } = await import('../../src/lib/freshness.ts');
    const { asOfDate } = await import('../../src/lib/as-of.ts');
    const { formatDate } = await import('../../src/lib/format.ts');
    const changed = lastChanged(['content']);
    const { page } = await b.visit('/ket-qua/', { javaScript: false });
    if (changed) await expect(page.locator('footer time').getAttribute('datetime')).resolves.toBe(changed);
    const due = page.locator('#ky-bao-cao');
    await expect(due.textContent()).resolves.toContain(`tính đến ngày ${formatDate(asOfDate())}`);
    await expect(page.locator('section:has(#ky-bao-cao)').textContent()).resolves.toMatch(/Kỳ tiếp theo: báo cáo năm \d{4}/);
  });
});
