// A journalist lists every task Sở Xây dựng leads, shares the view by link, and gets the same rows without JavaScript.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Agency, Task } from '../../src/schemas/index.ts';
import { accessibleText, readContent, useBrowser, visibleTaskIds } from '../support/e2e.ts';

const b = useBrowser();
const tasks = readContent<Task[]>('tasks.yaml');
const agency = readContent<Agency[]>('agencies.yaml').find((a) => a.name === 'Sở Xây dựng')!;
// Document order of the appendices, which is the table's default order.
const order = (t: Task) => (t.appendix === 'I' ? 0 : 1000) + (t.part === 'II' ? 100 : 0) + t.number;
const inOrder = (list: Task[]) => [...list].sort((x, y) => order(x) - order(y)).map((t) => t.id);
const leads = inOrder(tasks.filter((t) => t.lead.some((r) => r.agency === agency.id)));
const either = inOrder(tasks.filter((t) => [...t.lead, ...t.coordinating].some((r) => r.agency === agency.id)));

async function chooseLead(page: Page) {
  await page.getByLabel('Cơ quan', { exact: true }).selectOption({ label: agency.name });
  await page.getByRole('radio', { name: 'Chủ trì', exact: true }).check();
}

describe('journalist: the tasks one agency leads', () => {
  it('the data holds such tasks, and the filter is not a no-op', () => {
    expect(leads.length).toBeGreaterThan(0);
    expect(leads.length).toBeLessThan(tasks.length);
    expect(either.length).toBeGreaterThan(leads.length);
  });

  it('filters to exactly the tasks the data gives Sở Xây dựng as lead, and says how many', async () => {
    const { page, errors } = await b.visit('/nhiem-vu/');
    expect(await visibleTaskIds(page)).toHaveLength(tasks.length);
    await page.getByLabel('Cơ quan', { exact: true }).selectOption({ label: agency.name });
    expect(await visibleTaskIds(page)).toEqual(either);
    await page.getByRole('radio', { name: 'Chủ trì', exact: true }).check();
    expect(await visibleTaskIds(page)).toEqual(leads);
    await expect(page.getByRole('status').textContent()).resolves.toContain(`Đang hiển thị ${leads.length} trên ${tasks.length} nhiệm vụ`);
    const shared = new URL(page.url());
    expect(Object.fromEntries(shared.searchParams)).toEqual({ 'co-quan': agency.id, 'vai-tro': 'chu-tri' });
    expect(errors).toEqual([]);

    // The copied link, opened in a fresh browser context, gives the same view and the same form.
    const fresh = await b.open(shared.pathname + shared.search);
    expect(await visibleTaskIds(fresh.page)).toEqual(leads);
    await expect(fresh.page.getByLabel('Cơ quan', { exact: true }).inputValue()).resolves.toBe(agency.id);
    await expect(fresh.page.getByRole('radio', { name: 'Chủ trì', exact: true }).isChecked()).resolves.toBe(true);
    expect(fresh.errors).toEqual([]);
    await fresh.context.close();
  });

  it('the submit button gives the same rows as a live change, and "Bỏ lọc" brings every task back', async () => {
    const { page } = await b.visit('/nhiem-vu/');
    await chooseLead(page);
    await page.getByRole('button', { name: 'Lọc', exact: true }).click();
    expect(await visibleTaskIds(page)).toEqual(leads);
    expect(new URL(page.url()).pathname).toBe('/nhiem-vu/');
    await page.getByRole('button', { name: 'Bỏ lọc' }).click();
    await expect.poll(() => visibleTaskIds(page)).toHaveLength(tasks.length);
    expect(new URL(page.url()).search).toBe('');
  });

  it('without JavaScript, the same form controls give the same rows', async () => {
    const { page, errors } = await b.visit('/nhiem-vu/', { javaScript: false });
    expect(await visibleTaskIds(page)).toHaveLength(tasks.length);
    await chooseLead(page);
    expect(await visibleTaskIds(page)).toEqual(leads);
    // The count comes from a CSS counter over the rows left displayed; the accessibility tree carries generated text.
    await expect(accessibleText(page)).resolves.toContain(`Số nhiệm vụ đang hiển thị: ${leads.length}.`);
    // Nothing to submit without a server: the submit button is hidden, and the page says what a shared link will do.
    await expect(page.getByRole('button', { name: 'Lọc', exact: true }).isVisible()).resolves.toBe(false);
    await expect(page.getByText('Trình duyệt đang tắt JavaScript').isVisible()).resolves.toBe(true);
    await page.getByRole('button', { name: 'Bỏ lọc' }).click();
    expect(await visibleTaskIds(page)).toHaveLength(tasks.length);
    expect(errors).toEqual([]);
  });

  it('both engines agree on every other filter the form offers, checked against the data', async () => {
    const byPart = (p: string) =>
      inOrder(tasks.filter((t) => (p === '2' ? t.appendix === 'II' : t.appendix === 'I' && `1-${t.part!.toLowerCase()}` === p)));
    const activeIn = (y: number) => inOrder(tasks.filter((t) => t.period && t.period.start <= y && y <= t.period.end));
    const endsBy = (y: number) => inOrder(tasks.filter((t) => t.period && t.period.end <= y));
    const undated = inOrder(tasks.filter((t) => t.period === null));
    const cases: [string, string, string[]][] = [
      ['loc-phu-luc', '1-ii', byPart('1-ii')],
      ['loc-phu-luc', '2', byPart('2')],
      ['loc-thoi-gian', 'trong-2027', activeIn(2027)],
      ['loc-thoi-gian', 'den-2026', endsBy(2026)],
      ['loc-thoi-gian', 'khong-ghi', undated],
    ];
    for (const javaScript of [true, false]) {
      const { page } = await b.visit('/nhiem-vu/', { javaScript });
      for (const [id, value, expected] of cases) {
        await page.locator(`#${id}`).selectOption(value);
        expect(await visibleTaskIds(page), `${id}=${value}, JavaScript ${javaScript}`).toEqual(expected);
        await page.locator(`#${id}`).selectOption('');
      }
    }
    expect(undated.length).toBeGreaterThan(0);
  });

  it('sorts by a column from a button in its header, with aria-sort and a polite status, and keeps the order in the URL', async () => {
    const { page } = await b.visit('/nhiem-vu/');
    const header = page.getByRole('columnheader', { name: 'Thời gian' });
    await header.getByRole('button').click();
    await expect(header.getAttribute('aria-sort')).resolves.toBe('ascending');
    const starts = (ids: string[]) => ids.map((id) => tasks.find((t) => t.id === id)!.period?.start ?? Infinity);
    const up = starts(await visibleTaskIds(page));
    expect(up).toEqual([...up].sort((x, y) => x - y));
    await header.getByRole('button').click();
    await expect(header.getAttribute('aria-sort')).resolves.toBe('descending');
    const ids = await visibleTaskIds(page);
    const down = starts(ids).filter(Number.isFinite);
    expect(down).toEqual([...down].sort((x, y) => y - x));
    // A task with no timeframe stays last either way: "not stated" is not a year.
    expect(tasks.find((t) => t.id === ids.at(-1))!.period).toBeNull();
    await expect(page.getByRole('status').textContent()).resolves.toContain('Sắp xếp theo thời gian, giảm dần');
    await expect(page.getByRole('status').getAttribute('role')).resolves.toBe('status');
    expect(new URL(page.url()).searchParams.get('sap-xep')).toBe('thoi-gian-giam');

    const fresh = await b.open('/nhiem-vu/?sap-xep=thoi-gian-giam');
    expect(await visibleTaskIds(fresh.page)).toEqual(ids);
    await fresh.context.close();
  });
});
