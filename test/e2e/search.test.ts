import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations } from '../support/axe.ts';
import { useBrowser } from '../support/e2e.ts';

const b = useBrowser();

/** Waits until the page has shown the results of the search now in its address. */
async function results(page: Page): Promise<{ href: string; title: string; text: string }[]> {
  await page.waitForSelector('#ket-qua[data-state="done"]:not([aria-busy])');
  return page.$$eval('#danh-sach > li', (lis) =>
    lis.map((li) => ({
      href: li.querySelector('h3 a')!.getAttribute('href')!,
      title: li.querySelector('h3')!.textContent,
      text: li.textContent,
    })),
  );
}

describe('search box in the header', () => {
  it('is a labelled GET form that leads to the search page, with no script and no Pagefind on content pages', async () => {
    const { page, context } = await b.open('/nhiem-vu/pl2-07/');
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.reload();
    const box = page.getByRole('search', { name: 'Tìm kiếm trên trang' });
    expect(await box.getAttribute('method')).toBe('get');
    const input = box.getByRole('searchbox', { name: 'Tìm nhiệm vụ, cơ quan, mục tiêu hoặc đoạn Kế hoạch' });
    expect(await box.locator('script').count()).toBe(0);
    expect(requests.filter((u) => u.includes('/pagefind/'))).toEqual([]);
    await input.fill('Bo Xay dung');
    await input.press('Enter');
    await page.waitForURL(/\/tim-kiem\/\?q=Bo\+Xay\+dung$/);
    expect((await results(page))[0]!.href).toBe('/co-quan/bo-xay-dung/');
    await context.close();
  });

  it('still reaches the search page with JavaScript off, and that page says what to use instead', async () => {
    const { page } = await b.visit('/', { javaScript: false });
    await page.getByRole('searchbox', { name: /Tìm nhiệm vụ/ }).fill('nước thải');
    await page.getByRole('button', { name: 'Tìm kiếm' }).click();
    await page.waitForURL(/\/tim-kiem\/\?q=/);
    const notice = page.locator('#khong-js');
    expect(await notice.isVisible()).toBe(true);
    expect(await notice.textContent()).toContain('cần JavaScript');
    expect(await notice.getByRole('link', { name: 'Bảng các nhiệm vụ' }).getAttribute('href')).toBe('/nhiem-vu/');
    expect(await notice.getByRole('link', { name: 'Danh sách cơ quan' }).getAttribute('href')).toBe('/co-quan/');
    expect(await page.locator('#q').inputValue()).toBe('');
  });
});

describe('the search page', () => {
  it('finds "dat ngap nuoc" typed without marks and shows type, reference, lead agency, timeframe and highlights', async () => {
    const { page, errors } = await b.visit('/tim-kiem/?q=dat+ngap+nuoc');
    const found = await results(page);
    expect(found[0]!.href).toBe('/nhiem-vu/pl1-ii-17/');
    const first = page.locator('#danh-sach > li').first();
    expect(await first.locator('.type').textContent()).toBe('Nhiệm vụ');
    expect(await first.locator('.kicker').textContent()).toContain('Phụ lục I, phần II, mục 17');
    expect(await first.locator('.facts').textContent()).toBe('Chủ trì: Bộ Nông nghiệp và Môi trường · Thời gian: 2025–2026');
    expect(await first.locator('h3 mark').allTextContents()).toEqual(['đất ngập nước']);
    expect(await page.getByRole('status').textContent()).toBe('2 kết quả cho “dat ngap nuoc”.');
    expect(await page.locator('#khong-js').isVisible()).toBe(false);
    expect(errors).toEqual([]);
  });

  it('links a paragraph straight to its place in the plan', async () => {
    const { page } = await b.visit('/tim-kiem/?q=truoc+ngay+01+thang+12');
    const found = await results(page);
    const para = found.find((r) => r.href.startsWith('/ke-hoach/#'))!;
    expect(para.href).toBe('/ke-hoach/#iv-4-p7');
    expect(para.text).toContain('Kế hoạch');
    await page.click(`#danh-sach a[href="${para.href}"]`);
    await page.waitForURL(/#iv-4-p7$/);
    expect(await page.locator('#iv-4-p7').evaluate((el) => el.matches(':target'))).toBe(true);
  });

  it('searches while the reader types, keeping the query in the address without a history entry per key', async () => {
    const { page } = await b.visit('/tim-kiem/');
    const before = await page.evaluate(() => history.length);
    await page.locator('#q').pressSequentially('khoang san');
    await page.waitForURL(/\?q=khoang\+san$/);
    const found = await results(page);
    expect(found.map((r) => r.href)).toContain('/ke-hoach/#ii-5-c');
    expect(await page.evaluate(() => history.length)).toBe(before + 1);
  });

  it('filters by type and agency through the address, and the back button restores the previous search', async () => {
    const { page } = await b.visit('/tim-kiem/?q=nuoc+thai');
    const all = await results(page);
    expect(new Set(all.map((r) => r.href.split('/')[1])).size).toBeGreaterThan(1);
    await page.locator('#bo-loc').evaluate((d) => ((d as HTMLDetailsElement).open = true));
    await page.getByLabel('Loại nội dung').selectOption('Nhiệm vụ');
    await page.waitForURL(/loai=Nhi%E1%BB%87m\+v%E1%BB%A5/);
    const tasks = await results(page);
    expect(tasks.length).toBeGreaterThan(0);
    expect(tasks.every((r) => r.href.startsWith('/nhiem-vu/'))).toBe(true);
    expect(await page.getByRole('status').textContent()).toContain('(lọc: Nhiệm vụ)');

    await page.getByLabel('Cơ quan chủ trì').selectOption('Sở Xây dựng');
    const led = await results(page);
    expect(led.length).toBeGreaterThan(0);
    expect(led.every((r) => r.text.includes('Chủ trì:') && r.text.includes('Sở Xây dựng'))).toBe(true);

    await page.goBack();
    await page.waitForURL((u) => !u.search.includes('chu_tri'));
    expect(await page.getByLabel('Cơ quan chủ trì').inputValue()).toBe('');
    expect((await results(page)).map((r) => r.href)).toEqual(tasks.map((r) => r.href));
    await page.goBack();
    await page.waitForURL((u) => u.search === '?q=nuoc+thai');
    expect((await results(page)).map((r) => r.href)).toEqual(all.map((r) => r.href));
  });

  it('on a phone, loads the filters’ values only when the reader opens the filter box (issue 15: they grow with the plan)', async () => {
    // Opened from another page, so that every request of the search page, its worker's included, is seen.
    const { page, context, errors } = await b.open('/', { width: 360 });
    const fetched: string[] = [];
    context.on('request', (r) => void fetched.push(new URL(r.url()).pathname));
    await page.goto(new URL('/tim-kiem/', b.baseURL).href);
    await page.locator('#q').fill('nuoc thai');
    await page.locator('#q').press('Enter');
    expect((await results(page)).length).toBeGreaterThan(0);
    expect(fetched.some((u) => u.endsWith('.pf_index'))).toBe(true);
    expect(fetched.filter((u) => u.endsWith('.pf_filter'))).toEqual([]);
    const box = page.locator('#bo-loc');
    expect(await box.isVisible()).toBe(true);
    expect(await box.getAttribute('open')).toBeNull();
    await box.locator('summary').click();
    await expect.poll(() => page.getByLabel('Loại nội dung').locator('option').count()).toBeGreaterThan(2);
    expect(fetched.filter((u) => u.endsWith('.pf_filter')).length).toBeGreaterThan(0);
    await page.getByLabel('Loại nội dung').selectOption('Nhiệm vụ');
    expect((await results(page)).every((r) => r.href.startsWith('/nhiem-vu/'))).toBe(true);
    // Leaving the first page may cut its favicon's request short; nothing else may fail.
    expect(errors.filter((e) => !/^request failed: .*favicon/.test(e))).toEqual([]);
    await context.close();
  });

  it('opens a shared address with its filters set, and lists everything a filter selects without a query', async () => {
    const { page } = await b.visit(`/tim-kiem/?loai=${encodeURIComponent('Cơ quan')}`);
    const found = await results(page);
    expect(found.length).toBe(10);
    expect(found.every((r) => r.href.startsWith('/co-quan/'))).toBe(true);
    expect(Number(/^(\d+) kết quả \(lọc: Cơ quan\)\./.exec((await page.getByRole('status').textContent())!)?.[1])).toBeGreaterThan(10);
    await page.waitForSelector('#bo-loc:not([hidden])');
    expect(await page.getByLabel('Loại nội dung').inputValue()).toBe('Cơ quan');
    expect(await page.locator('#bo-loc').getAttribute('open')).not.toBeNull();
  });

  it('says so when nothing matches', async () => {
    const { page } = await b.visit('/tim-kiem/?q=zzzqqq');
    expect(await results(page)).toEqual([]);
    expect(await page.getByRole('status').textContent()).toContain('Không có kết quả nào cho “zzzqqq”');
  });

  it('shows ten results at a time and moves focus to the first new one', async () => {
    const { page } = await b.visit('/tim-kiem/?q=moi+truong');
    expect((await results(page)).length).toBe(10);
    const more = page.getByRole('button', { name: /^Xem thêm \d+ kết quả$/ });
    await more.click();
    await page.waitForFunction(() => document.querySelectorAll('#danh-sach > li').length > 10);
    expect(await page.evaluate(() => document.activeElement === document.querySelectorAll('#danh-sach > li')[10]!.querySelector('a'))).toBe(
      true,
    );
  });

  it('requests nothing from outside the site, and passes axe (WCAG 2.2 AA) with results and filters shown', async () => {
    const { page, context, errors } = await b.open('/tim-kiem/');
    // Let the first page finish loading Pagefind, so that leaving it cancels no request.
    await page.waitForSelector('#bo-loc:not([hidden])');
    const origins = new Set<string>();
    page.on('request', (r) => origins.add(new URL(r.url()).origin));
    await page.goto(new URL('/tim-kiem/?q=Bo+Xay+dung', b.baseURL).href);
    await results(page);
    await page.waitForSelector('#bo-loc:not([hidden])');
    expect([...origins]).toEqual([new URL(b.baseURL).origin]);
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
